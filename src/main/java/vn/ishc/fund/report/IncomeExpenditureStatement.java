package vn.ishc.fund.report;

import jakarta.inject.Singleton;
import vn.ishc.fund.ledger.AccountType;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.ledger.PeriodMovements;
import vn.ishc.fund.ledger.PeriodMovements.Movement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Income and expenditure of a period, adapted from form B02-DNN for a club (cash basis, accounting.md):
 * interest on loans (515) and other income (711: members' fees, donations for activities, late penalties,
 * recoveries of written-off loans, interest handed over by the income-generation fund, the rest), then
 * administrative expenses (642) and other expenses (811: spending on each of the eight activity areas, loan
 * losses from write-offs, interest handed to the activity fund, the rest), and the surplus or deficit. Income
 * counts credit minus debit, expenses debit minus credit, so a reversal nets with what it reverses; the
 * year-end close is left out ({@link PeriodMovements}).
 */
@Singleton
public class IncomeExpenditureStatement {

    static final int AREAS = 8;

    static final List<FinancialLine> LINES = lines();

    private final PeriodMovements movements;

    public IncomeExpenditureStatement(PeriodMovements movements) {
        this.movements = movements;
    }

    private static List<FinancialLine> lines() {
        List<FinancialLine> l = new ArrayList<>(List.of(
                FinancialLine.section("income", "10"),
                FinancialLine.item("interest", "01"),
                FinancialLine.item("other-income", "02"),
                FinancialLine.detail("fees", "03"),
                FinancialLine.detail("donations", "04"),
                FinancialLine.detail("penalties", "05"),
                FinancialLine.detail("recoveries", "06"),
                FinancialLine.detail("interest-in", "07"),
                FinancialLine.detail("income-rest", "08"),
                FinancialLine.section("expenses", "20"),
                FinancialLine.item("admin", "21"),
                FinancialLine.item("other-expenses", "22"),
                FinancialLine.detail("activities", "23")));
        for (int area = 1; area <= AREAS; area++) {
            l.add(FinancialLine.detail("area." + area, String.valueOf(23 + area)).deeper());
        }
        l.addAll(List.of(
                FinancialLine.detail("loan-losses", "32"),
                FinancialLine.detail("interest-out", "33"),
                FinancialLine.detail("expenses-rest", "34"),
                FinancialLine.total("result", "40")));
        return List.copyOf(l);
    }

    /** A ledger's figures for the period. */
    public Figures figures(LedgerRow ledger, StatementPeriod period) {
        return figures(movements.results(ledger.id(), period.from(), period.to()));
    }

    /** Pure: each movement on its line, then the sums. */
    static Figures figures(List<Movement> moved) {
        Map<String, BigDecimal> f = new HashMap<>();
        for (Movement m : moved) {
            boolean income = m.type() == AccountType.INCOME;
            f.merge(lineOf(m), income ? m.net().negate() : m.net(), BigDecimal::add);
        }
        BigDecimal activities = BigDecimal.ZERO;
        for (int area = 1; area <= AREAS; area++) {
            activities = activities.add(f.getOrDefault("area." + area, BigDecimal.ZERO));
        }
        f.put("activities", activities);
        f.put("other-income", sum(f, "fees", "donations", "penalties", "recoveries", "interest-in", "income-rest"));
        f.put("income", sum(f, "interest", "other-income"));
        f.put("other-expenses", sum(f, "activities", "loan-losses", "interest-out", "expenses-rest"));
        f.put("expenses", sum(f, "admin", "other-expenses"));
        f.put("result", f.get("income").subtract(f.get("expenses")));
        return new Figures(f);
    }

    /** The line a movement goes on: 515 interest, 642 administrative; 711 and 811 by what they came from. */
    static String lineOf(Movement m) {
        String c = m.code();
        String op = m.operation();
        if (m.type() == AccountType.INCOME) {
            if (c.startsWith("515")) {
                return "interest";
            }
            return switch (op) {
                case "MEMBER_FEE", "MEETING" -> "fees";
                case "DONATION" -> "donations";
                case "LOAN_RECOVERY" -> "recoveries";
                case "LOAN_REPAYMENT", "LOAN_REALLOCATION" -> m.loan() ? "penalties" : "income-rest";
                case "INTEREST_TRANSFER" -> "interest-in";
                default -> "income-rest";
            };
        }
        if (c.startsWith("642")) {
            return "admin";
        }
        if (m.loan()) {
            return "loan-losses";
        }
        if (m.activityArea() != null) {
            return "area." + m.activityArea();
        }
        return "INTEREST_TRANSFER".equals(op) ? "interest-out" : "expenses-rest";
    }

    private static BigDecimal sum(Map<String, BigDecimal> f, String... keys) {
        BigDecimal s = BigDecimal.ZERO;
        for (String k : keys) {
            s = s.add(f.getOrDefault(k, BigDecimal.ZERO));
        }
        return s;
    }
}
