package vn.ishc.fund.lending;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.ledger.EntryDraft;
import vn.ishc.fund.ledger.EntryRules;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.lending.engine.Allocation;
import vn.ishc.fund.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoanPostingRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);

    private static List<String> lines(EntryDraft d) {
        EntryRules.check(d, Amounts.VND);
        assertEquals(Fund.IGF, d.fund());
        return d.postings().stream().map(p -> p.side() + " " + p.accountCode() + " " + p.amount().toPlainString()
                + (p.memberId() != null ? " m" + p.memberId() : "") + (p.loanId() != null ? " l" + p.loanId() : "")).toList();
    }

    private static BigDecimal v(long x) {
        return BigDecimal.valueOf(x);
    }

    @Test
    void disbursementInCashBankOrGoods() {
        assertEquals(List.of("D 12881 3000000 m5 l9", "C 111 3000000"),
                lines(LoanPostingRules.disbursement(9, 5, v(3000000), DAY, "111", "x")));
        assertEquals(List.of("D 12881 1500000 m5 l9", "C 156 1500000"),
                lines(LoanPostingRules.disbursement(9, 5, v(1500000), DAY, Disbursement.IN_KIND_FROM_STOCK.creditAccount(), "x")));
        assertEquals("111", Disbursement.IN_KIND_PURCHASED.creditAccount());
        assertEquals("112", Disbursement.BANK.creditAccount());
    }

    @Test
    void repaymentSplitsIntoPrincipalInterestAndPenalty() {
        Allocation a = new Allocation(1, DAY, v(1070000), v(20000), v(30000), v(800000), v(220000));
        assertEquals(List.of("D 111 1070000", "C 12881 1020000 m5 l9", "C 515 30000 m5 l9", "C 711 20000 m5 l9"),
                lines(LoanPostingRules.repayment(9, 5, a, "111", "x")));
        Allocation interestOnly = new Allocation(2, DAY, v(30000), v(0), v(30000), v(0), v(0));
        assertEquals(List.of("D 112 30000", "C 515 30000 m5 l9"), lines(LoanPostingRules.repayment(9, 5, interestOnly, "112", "x")));
    }

    @Test
    void writeOffUsesTheAllowanceFirst() {
        assertEquals(List.of("D 2293 1000000 l9", "D 811 2000000 l9", "C 12881 3000000 m5 l9"),
                lines(LoanPostingRules.writeOff(9, 5, v(3000000), v(1000000), DAY, "x")));
        assertEquals(List.of("D 2293 3000000 l9", "C 12881 3000000 m5 l9"),
                lines(LoanPostingRules.writeOff(9, 5, v(3000000), v(5000000), DAY, "x")));
        assertEquals(List.of("D 811 3000000 l9", "C 12881 3000000 m5 l9"),
                lines(LoanPostingRules.writeOff(9, 5, v(3000000), v(0), DAY, "x")));
    }

    @Test
    void recoveryIsIncome() {
        assertEquals(List.of("D 111 400000", "C 711 400000 m5 l9"), lines(LoanPostingRules.recovery(9, 5, v(400000), DAY, "111", "x")));
    }
}
