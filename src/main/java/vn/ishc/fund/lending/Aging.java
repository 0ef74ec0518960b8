package vn.ishc.fund.lending;

import vn.ishc.fund.lending.engine.InstalmentState;
import vn.ishc.fund.lending.engine.LoanState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Portfolio quality at a date, from the loans' replayed states. Pure.
 * <ul>
 * <li>Aging buckets by days past due of the oldest unpaid instalment: current, 1–30, 31–60, 61–90,
 * 91–180, over 180.</li>
 * <li>PAR30 (PAR90): outstanding principal of loans more than 30 (90) days past due ÷ all outstanding
 * principal.</li>
 * <li>Repayment rate: principal and interest paid on the instalments due by the date ÷ principal and
 * interest due by then (prepayments of later instalments do not count); null when nothing was due.</li>
 * </ul>
 */
public final class Aging {

    private Aging() {
    }

    public enum Bucket {
        CURRENT, DAYS_1_30, DAYS_31_60, DAYS_61_90, DAYS_91_180, OVER_180;

        public static Bucket of(int daysPastDue) {
            if (daysPastDue <= 0) return CURRENT;
            if (daysPastDue <= 30) return DAYS_1_30;
            if (daysPastDue <= 60) return DAYS_31_60;
            if (daysPastDue <= 90) return DAYS_61_90;
            if (daysPastDue <= 180) return DAYS_91_180;
            return OVER_180;
        }
    }

    /** What aging needs of one loan at the date. */
    public record LoanFigures(long loanId, int daysPastDue, BigDecimal outstanding, BigDecimal dueToDate,
                              BigDecimal paidToDate) {

        public static LoanFigures of(long loanId, LoanState state, LocalDate asOf) {
            BigDecimal due = BigDecimal.ZERO;
            BigDecimal paid = BigDecimal.ZERO;
            for (InstalmentState i : state.instalments()) {
                if (!i.dueDate().isAfter(asOf)) {
                    BigDecimal owed = i.principal().add(i.interest());
                    due = due.add(owed);
                    paid = paid.add(i.principalPaid().add(i.interestPaid()).min(owed));
                }
            }
            return new LoanFigures(loanId, state.daysPastDue(), state.outstandingPrincipal(), due, paid);
        }
    }

    public record BucketRow(Bucket bucket, int loans, BigDecimal outstanding) {
    }

    public record Summary(int loans, BigDecimal outstanding, List<BucketRow> buckets, BigDecimal par30,
                          BigDecimal par90, BigDecimal repaymentRate) {
    }

    public static Summary summarize(List<LoanFigures> loans) {
        Map<Bucket, int[]> counts = new EnumMap<>(Bucket.class);
        Map<Bucket, BigDecimal> sums = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            counts.put(b, new int[1]);
            sums.put(b, BigDecimal.ZERO);
        }
        BigDecimal outstanding = BigDecimal.ZERO;
        BigDecimal over30 = BigDecimal.ZERO;
        BigDecimal over90 = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (LoanFigures l : loans) {
            Bucket b = Bucket.of(l.daysPastDue());
            counts.get(b)[0]++;
            sums.merge(b, l.outstanding(), BigDecimal::add);
            outstanding = outstanding.add(l.outstanding());
            if (l.daysPastDue() > 30) {
                over30 = over30.add(l.outstanding());
            }
            if (l.daysPastDue() > 90) {
                over90 = over90.add(l.outstanding());
            }
            due = due.add(l.dueToDate());
            paid = paid.add(l.paidToDate());
        }
        List<BucketRow> rows = new ArrayList<>();
        for (Bucket b : Bucket.values()) {
            rows.add(new BucketRow(b, counts.get(b)[0], sums.get(b)));
        }
        return new Summary(loans.size(), outstanding, rows, ratio(over30, outstanding), ratio(over90, outstanding),
                due.signum() == 0 ? null : ratio(paid, due));
    }

    /** A share with four decimals (0.1234 = 12.34%); 0 when the whole is 0. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(4) : part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
