package vn.ishc.fund.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A journal entry before it is posted. Business operations build drafts (posting rules); the
 * ledger checks them against the invariants, numbers, hashes and stores them.
 */
public record EntryDraft(Fund fund, LocalDate valueDate, String operation, String description,
                         List<PostingDraft> postings, Long reversesId, String reversalReason) {

    public EntryDraft(Fund fund, LocalDate valueDate, String operation, String description, List<PostingDraft> postings) {
        this(fund, valueDate, operation, description, postings, null, null);
    }
}
