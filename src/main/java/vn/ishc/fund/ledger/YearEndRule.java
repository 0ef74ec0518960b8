package vn.ishc.fund.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Year-end close (accounting.md): every income and expense account's net movement of the year
 * goes back to zero on 31 December, and 421 accumulated surplus takes the difference (a surplus is
 * credited, a deficit debited). Pure.
 */
public final class YearEndRule {

    public static final String SURPLUS = "421";

    private YearEndRule() {
    }

    /** {@code yearNet}: debit minus credit of the year per income or expense account. Null when nothing to close. */
    public static EntryDraft closing(Fund fund, int year, Map<String, BigDecimal> yearNet, String description) {
        List<PostingDraft> postings = new ArrayList<>();
        BigDecimal surplus = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : yearNet.entrySet()) {
            BigDecimal net = e.getValue();
            if (net.signum() > 0) {
                postings.add(PostingDraft.credit(e.getKey(), net));
                surplus = surplus.subtract(net);
            } else if (net.signum() < 0) {
                postings.add(PostingDraft.debit(e.getKey(), net.negate()));
                surplus = surplus.add(net.negate());
            }
        }
        if (postings.isEmpty()) {
            return null;
        }
        if (surplus.signum() > 0) {
            postings.add(PostingDraft.credit(SURPLUS, surplus));
        } else if (surplus.signum() < 0) {
            postings.add(PostingDraft.debit(SURPLUS, surplus.negate()));
        }
        return new EntryDraft(fund, LocalDate.of(year, 12, 31), "YEAR_END_CLOSE", description, postings);
    }
}
