package vn.ishc.fund.report;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.ledger.AccountType;
import vn.ishc.fund.ledger.LedgerReads.Account;
import vn.ishc.fund.ledger.LedgerReads.Totals;
import vn.ishc.fund.ledger.PeriodMovements.Movement;
import vn.ishc.fund.ledger.Side;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure builders of the financial statements: which account or movement goes on which line, and the sums. */
class FinancialLinesTest {

    private static Account leaf(String code, AccountType type) {
        Side side = type == AccountType.ASSET || type == AccountType.EXPENSE ? Side.D : Side.C;
        return new Account(code, code, code, type, side, false);
    }

    private static Totals debit(long v) {
        return new Totals(BigDecimal.valueOf(v), BigDecimal.ZERO);
    }

    private static Totals credit(long v) {
        return new Totals(BigDecimal.ZERO, BigDecimal.valueOf(v));
    }

    private static void same(long expected, BigDecimal actual, String what) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual), what + ": " + actual);
    }

    @Test
    void subAccountsGoWithTheirParentAndTheSheetBalances() {
        List<Account> chart = List.of(leaf("111", AccountType.ASSET), new Account("112", "", "", AccountType.ASSET, Side.D, true),
                leaf("1121", AccountType.ASSET), leaf("1122", AccountType.ASSET), leaf("12881", AccountType.ASSET),
                leaf("2293", AccountType.ASSET), leaf("1388", AccountType.ASSET), leaf("156", AccountType.ASSET),
                leaf("3388", AccountType.LIABILITY), leaf("4111", AccountType.EQUITY), leaf("4118", AccountType.EQUITY),
                leaf("421", AccountType.EQUITY), leaf("515", AccountType.INCOME), leaf("711", AccountType.INCOME),
                leaf("642", AccountType.EXPENSE), leaf("811", AccountType.EXPENSE));
        // a balanced set of totals: debits 1,000 + 2,000 + 3,000 + 4,000 + 500 + 600 + 300 + 200 = 11,600
        Map<String, Totals> totals = Map.ofEntries(Map.entry("111", debit(1000)), Map.entry("1121", debit(2000)),
                Map.entry("1122", debit(3000)), Map.entry("12881", debit(4000)), Map.entry("2293", credit(400)),
                Map.entry("1388", debit(500)), Map.entry("156", debit(600)), Map.entry("3388", credit(700)),
                Map.entry("4111", credit(5000)), Map.entry("4118", credit(4000)), Map.entry("421", credit(900)),
                Map.entry("515", credit(450)), Map.entry("711", credit(150)), Map.entry("642", debit(300)),
                Map.entry("811", debit(200)));
        Figures f = BalanceSheetStatement.figures(chart, totals, BigDecimal.valueOf(60));
        same(1000, f.get("cash"), "cash");
        same(5000, f.get("bank"), "bank: both sub-accounts");
        same(6000, f.get("cash-equivalents"), "110");
        same(3600, f.get("investments"), "120: loans net of the allowance");
        same(-400, f.get("allowance"), "124 is negative");
        same(10700, f.get("total-assets"), "200");
        same(700, f.get("other-payables"), "315");
        // 421 900 + income 600 - expenses 500 = 1,000, of which 60 this year
        same(1000, f.get("surplus"), "417");
        same(60, f.get("surplus-year"), "this year");
        same(940, f.get("surplus-before"), "the years before");
        same(10000, f.get("equity"), "400");
        same(10700, f.get("total-sources"), "500 = 200");
    }

    @Test
    void anAccountOfUnknownCodeGoesByItsType() {
        assertEquals("other-receivables", BalanceSheetStatement.lineOf(leaf("141", AccountType.ASSET)));
        assertEquals("other-payables", BalanceSheetStatement.lineOf(leaf("331", AccountType.LIABILITY)));
        assertEquals("donated-capital", BalanceSheetStatement.lineOf(leaf("4112", AccountType.EQUITY)));
        assertEquals("member-capital", BalanceSheetStatement.lineOf(leaf("41111", AccountType.EQUITY)));
        assertEquals("goods", BalanceSheetStatement.lineOf(leaf("1561", AccountType.ASSET)));
    }

    private static Movement m(String code, AccountType type, Integer area, boolean loan, String op, long debit, long credit) {
        return new Movement(code, type, area, loan, op, BigDecimal.valueOf(debit), BigDecimal.valueOf(credit));
    }

    @Test
    void movementsGoOnTheirLines() {
        List<Movement> moved = List.of(
                m("515", AccountType.INCOME, null, true, "LOAN_REPAYMENT", 10, 1000),
                m("711", AccountType.INCOME, null, false, "MEMBER_FEE", 0, 50),
                m("711", AccountType.INCOME, null, false, "MEETING", 0, 20),
                m("711", AccountType.INCOME, null, false, "DONATION", 0, 300),
                m("711", AccountType.INCOME, null, true, "LOAN_REPAYMENT", 0, 15),
                m("711", AccountType.INCOME, null, true, "LOAN_REALLOCATION", 5, 0),
                m("711", AccountType.INCOME, null, true, "LOAN_RECOVERY", 0, 200),
                m("711", AccountType.INCOME, null, false, "INTEREST_TRANSFER", 0, 70),
                m("711", AccountType.INCOME, null, false, "MANUAL", 0, 9),
                m("642", AccountType.EXPENSE, 3, false, "EXPENSE", 40, 0),
                m("811", AccountType.EXPENSE, 2, false, "EXPENSE", 25, 0),
                m("811", AccountType.EXPENSE, 7, false, "EXPENSE", 30, 30),
                m("811", AccountType.EXPENSE, null, true, "LOAN_WRITE_OFF", 500, 100),
                m("811", AccountType.EXPENSE, null, false, "INTEREST_TRANSFER", 70, 0),
                m("811", AccountType.EXPENSE, null, false, "MANUAL", 8, 0));
        Figures f = IncomeExpenditureStatement.figures(moved);
        same(990, f.get("interest"), "01");
        same(70, f.get("fees"), "03 fees, also those of a meeting");
        same(300, f.get("donations"), "04");
        same(10, f.get("penalties"), "05 penalties net of a reallocation");
        same(200, f.get("recoveries"), "06");
        same(70, f.get("interest-in"), "07");
        same(9, f.get("income-rest"), "08");
        same(659, f.get("other-income"), "02");
        same(1649, f.get("income"), "10");
        same(40, f.get("admin"), "21: an area on 642 stays administrative");
        same(25, f.get("area.2"), "25");
        same(0, f.get("area.7"), "30: spent and reversed");
        same(25, f.get("activities"), "23");
        same(400, f.get("loan-losses"), "32: a write-off net of its reversal");
        same(70, f.get("interest-out"), "33");
        same(8, f.get("expenses-rest"), "34");
        same(503, f.get("other-expenses"), "22");
        same(543, f.get("expenses"), "20");
        same(1106, f.get("result"), "40");
    }

    @Test
    void everyLineHasATextAndItsOwnCode() {
        for (String lang : List.of("vi", "en")) {
            StatementTexts texts = StatementTexts.of(lang, java.util.Locale.ROOT);
            for (List<FinancialLine> lines : List.of(BalanceSheetStatement.LINES, IncomeExpenditureStatement.LINES)) {
                String prefix = lines == BalanceSheetStatement.LINES ? "bs." : "ie.";
                Set<String> codes = new HashSet<>();
                for (FinancialLine l : lines) {
                    assertTrue(!texts.text(prefix + l.key()).isBlank(), prefix + l.key());
                    assertTrue(l.code() == null || codes.add(l.code()), "code " + l.code() + " twice");
                }
            }
        }
    }
}
