package vn.ishc.fund.ledger;

import java.util.List;

/**
 * An entry as just posted: its identity, its hashed content, and the names its postings refer to,
 * so the answer to the client needs no second read.
 */
public record PostedEntry(long id, long clubId, Fund fund, ChainContent content, String voucher, String prevHash,
                          String hash, List<Names> names) {

    /** Names for one posting line: the account's in both languages, the member's and the donor's. */
    public record Names(String accountVi, String accountEn, String member, String donor) {
    }

    public long ledgerId() {
        return content.ledgerId();
    }

    public long seq() {
        return content.seq();
    }
}
