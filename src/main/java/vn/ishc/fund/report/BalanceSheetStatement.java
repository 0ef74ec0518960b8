package vn.ishc.fund.report;

import jakarta.inject.Singleton;
import vn.ishc.fund.ledger.AccountType;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerReads.Account;
import vn.ishc.fund.ledger.LedgerReads.Totals;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.ledger.PeriodMovements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statement of financial position in the shape of form B01a-DNN (Circular 133/2016/TT-BTC), with the lines
 * a club's books can fill and the form's codes: cash and bank (110); loans to members, 12881 under 1288, on the
 * form's held-to-maturity line (122) with the allowance 2293 that covers them netted below it (124, negative),
 * so that 120 is what the loans are worth; other receivables 1388 (134); goods held for lending 156 (141);
 * other payables 3388 (315); members' capital 4111 (411), donated capital 4118 (413, the form's other owners'
 * capital) and the accumulated surplus (417): 421 plus what the income and expense accounts hold, since they
 * are closed into 421 only at the year end, split into the years before and this year's surplus (income less
 * expenses from 1 January of the statement's year to its date, the year-end close left out). Accounts a club
 * adds under these go with their parent; anything else goes by its type, so the statement balances at every
 * date: total assets (200) = liabilities (300) + owners' equity (400) = 500.
 */
@Singleton
public class BalanceSheetStatement {

    static final List<FinancialLine> LINES = List.of(
            FinancialLine.heading("assets"),
            FinancialLine.section("cash-equivalents", "110"),
            FinancialLine.detail("cash", null),
            FinancialLine.detail("bank", null),
            FinancialLine.section("investments", "120"),
            FinancialLine.item("loans", "122"),
            FinancialLine.item("allowance", "124"),
            FinancialLine.section("receivables", "130"),
            FinancialLine.item("other-receivables", "134"),
            FinancialLine.section("inventories", "140"),
            FinancialLine.item("goods", "141"),
            FinancialLine.total("total-assets", "200"),
            FinancialLine.heading("sources"),
            FinancialLine.section("liabilities", "300"),
            FinancialLine.item("other-payables", "315"),
            FinancialLine.section("equity", "400"),
            FinancialLine.item("member-capital", "411"),
            FinancialLine.item("donated-capital", "413"),
            FinancialLine.item("surplus", "417"),
            FinancialLine.detail("surplus-before", null),
            FinancialLine.detail("surplus-year", null),
            FinancialLine.total("total-sources", "500"));

    private final LedgerReads ledgers;
    private final PeriodMovements movements;

    public BalanceSheetStatement(LedgerReads ledgers, PeriodMovements movements) {
        this.ledgers = ledgers;
        this.movements = movements;
    }

    /**
     * A ledger's figures at the end of {@code at}, for a statement of the year {@code year} (the surplus of that
     * year from its 1 January; none at a date before it, such as the start-of-year column's 31 December).
     */
    public Figures figures(LedgerRow ledger, LocalDate at, int year) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        BigDecimal yearSurplus = BigDecimal.ZERO;
        for (PeriodMovements.Movement m : movements.results(ledger.id(), yearStart, at)) {
            yearSurplus = yearSurplus.subtract(m.net());
        }
        return figures(ledgers.accounts(ledger.id()), ledgers.totals(ledger.id(), at), yearSurplus);
    }

    /** Pure: the lines from the chart, the totals at the date, and the year's surplus to that date. */
    static Figures figures(List<Account> chart, Map<String, Totals> totals, BigDecimal yearSurplus) {
        Map<String, BigDecimal> f = new HashMap<>();
        BigDecimal result = BigDecimal.ZERO;
        for (Account a : chart) {
            if (a.header()) {
                continue;
            }
            BigDecimal net = totals.getOrDefault(a.code(), Totals.ZERO).net();
            if (a.type() == AccountType.INCOME || a.type() == AccountType.EXPENSE) {
                result = result.subtract(net);
            } else {
                // assets count debit minus credit (the allowance, credit, comes out negative); sources the reverse
                f.merge(lineOf(a), a.type() == AccountType.ASSET ? net : net.negate(), BigDecimal::add);
            }
        }
        BigDecimal surplus = f.getOrDefault("surplus-421", BigDecimal.ZERO).add(result);
        f.remove("surplus-421");
        f.put("surplus", surplus);
        f.put("surplus-year", yearSurplus);
        f.put("surplus-before", surplus.subtract(yearSurplus));
        f.put("cash-equivalents", sum(f, "cash", "bank"));
        f.put("investments", sum(f, "loans", "allowance"));
        f.put("receivables", sum(f, "other-receivables"));
        f.put("inventories", sum(f, "goods"));
        f.put("total-assets", sum(f, "cash-equivalents", "investments", "receivables", "inventories"));
        f.put("liabilities", sum(f, "other-payables"));
        f.put("equity", sum(f, "member-capital", "donated-capital", "surplus"));
        f.put("total-sources", sum(f, "liabilities", "equity"));
        return new Figures(f);
    }

    /** The line an asset, liability or equity account goes on, by its code (sub-accounts with their parent). */
    static String lineOf(Account a) {
        String c = a.code();
        if (c.startsWith("111")) {
            return "cash";
        }
        if (c.startsWith("112")) {
            return "bank";
        }
        if (c.startsWith("128")) {
            return "loans";
        }
        if (c.startsWith("229")) {
            return "allowance";
        }
        if (c.startsWith("15")) {
            return "goods";
        }
        if (c.startsWith("4111")) {
            return "member-capital";
        }
        if (c.startsWith("421")) {
            return "surplus-421";
        }
        return switch (a.type()) {
            case ASSET -> "other-receivables";
            case LIABILITY -> "other-payables";
            default -> "donated-capital";
        };
    }

    private static BigDecimal sum(Map<String, BigDecimal> f, String... keys) {
        BigDecimal s = BigDecimal.ZERO;
        for (String k : keys) {
            s = s.add(f.getOrDefault(k, BigDecimal.ZERO));
        }
        return s;
    }
}
