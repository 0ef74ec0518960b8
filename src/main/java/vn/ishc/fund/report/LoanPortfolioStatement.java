package vn.ishc.fund.report;

import vn.ishc.fund.lending.Aging;
import vn.ishc.fund.lending.LendingDtos.Arrears;
import vn.ishc.fund.lending.LendingDtos.FollowUp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A club's loan portfolio and arrears at a date, as the lending API tells them: loans and principal
 * outstanding per aging bucket with each bucket's share, PAR30, PAR90 and the repayment rate, then the
 * borrowers to follow up with what each owes. Pure.
 */
public final class LoanPortfolioStatement {

    private LoanPortfolioStatement() {
    }

    /** The figures of the aging table and indicators as template parameters. */
    static Map<String, Object> parameters(Arrears a) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (Aging.BucketRow b : a.buckets()) {
            int i = b.bucket().ordinal();
            p.put("B" + i + "_LOANS", b.loans());
            p.put("B" + i + "_OUT", b.outstanding());
            p.put("B" + i + "_SHARE", share(b.outstanding(), a.outstanding()));
        }
        p.put("LOANS", a.loans());
        p.put("OUTSTANDING", a.outstanding());
        p.put("PAR30", a.par30());
        p.put("PAR90", a.par90());
        p.put("REPAYMENT_RATE", a.repaymentRate());
        p.put("FOLLOW_UPS", a.followUp().size());
        FollowUp total = total(a.followUp());
        p.put("T_PRINCIPAL", total.overduePrincipal());
        p.put("T_INTEREST", total.overdueInterest());
        p.put("T_PENALTY", total.penaltyDue());
        p.put("T_MONTH", total.dueThisMonth());
        p.put("T_COLLECT", total.toCollect());
        return p;
    }

    /** A bucket's share of the outstanding principal, four decimals (0 when nothing is outstanding). */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(4) : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    static FollowUp total(List<FollowUp> list) {
        BigDecimal p = BigDecimal.ZERO, i = BigDecimal.ZERO, pen = BigDecimal.ZERO, m = BigDecimal.ZERO, c = BigDecimal.ZERO;
        for (FollowUp f : list) {
            p = p.add(f.overduePrincipal());
            i = i.add(f.overdueInterest());
            pen = pen.add(f.penaltyDue());
            m = m.add(f.dueThisMonth());
            c = c.add(f.toCollect());
        }
        return new FollowUp(0, 0, null, null, 0, p, i, pen, m, c);
    }

    /** The follow-up list as the template's rows, numbered. */
    static List<Map<String, Object>> rows(Arrears a) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (FollowUp f : a.followUp()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("no", ++n);
            r.put("member", f.memberName());
            r.put("phone", f.phone());
            r.put("loan", "#" + f.loanId());
            r.put("days", f.daysPastDue());
            r.put("principal", TrialBalanceStatement.blank(f.overduePrincipal()));
            r.put("interest", TrialBalanceStatement.blank(f.overdueInterest()));
            r.put("penalty", TrialBalanceStatement.blank(f.penaltyDue()));
            r.put("month", TrialBalanceStatement.blank(f.dueThisMonth()));
            r.put("collect", f.toCollect());
            rows.add(r);
        }
        return rows;
    }

    /** The statement as CSV: the aging buckets, the indicators, then the follow-up list. */
    static byte[] csv(Arrears a, StatementTexts texts) {
        CsvTable csv = new CsvTable(List.of(texts.text("lp.section"), texts.text("lp.item"), texts.text("lp.phone"),
                texts.text("lp.loan"), texts.text("lp.days"), texts.text("lp.loans"), texts.text("lp.outstanding"),
                texts.text("lp.overdue.principal"), texts.text("lp.overdue.interest"), texts.text("lp.penalty"),
                texts.text("lp.month"), texts.text("lp.collect")));
        for (var b : a.buckets()) {
            csv.row(texts.text("lp.aging"), texts.text("lp.bucket." + b.bucket().name()), null, null, null, b.loans(),
                    b.outstanding(), null, null, null, null, null);
        }
        csv.row(texts.text("lp.aging"), texts.text("total"), null, null, null, a.loans(), a.outstanding(), null, null,
                null, null, null);
        csv.row(texts.text("lp.indicators"), "PAR30", null, null, null, null, a.par30(), null, null, null, null, null);
        csv.row(texts.text("lp.indicators"), "PAR90", null, null, null, null, a.par90(), null, null, null, null, null);
        csv.row(texts.text("lp.indicators"), texts.text("lp.rate"), null, null, null, null, a.repaymentRate(), null,
                null, null, null, null);
        for (var f : a.followUp()) {
            csv.row(texts.text("lp.follow"), f.memberName(), f.phone(), "#" + f.loanId(), f.daysPastDue(), null, null,
                    f.overduePrincipal(), f.overdueInterest(), f.penaltyDue(), f.dueThisMonth(), f.toCollect());
        }        return csv.bytes();
    }
}
