package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.ledger.LedgerDtos.AccountBalance;
import vn.ishc.fund.ledger.LedgerDtos.FundPosition;
import vn.ishc.fund.ledger.LedgerDtos.TrialBalance;
import vn.ishc.fund.ledger.LedgerDtos.TrialRow;
import vn.ishc.fund.money.Amounts;

import javax.money.CurrencyUnit;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Balances at any date from the kept aggregates, never by scanning postings: the running totals for
 * "now", otherwise the month rows before the date's month plus the day rows of that month.
 */
@Singleton
class BalanceReader {

    private final LedgerStore store;
    private final JdbcOperations jdbc;

    public BalanceReader(LedgerStore store, JdbcOperations jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** Debit and credit totals of one account up to a date. */
    public record Totals(BigDecimal debit, BigDecimal credit) {
        static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO);

        Totals plus(Totals o) {
            return new Totals(debit.add(o.debit), credit.add(o.credit));
        }

        public BigDecimal net() {
            return debit.subtract(credit);
        }
    }

    /** Totals per account id at the end of {@code asOf} (null: everything posted). */
    public Map<Long, Totals> totals(long ledgerId, LocalDate asOf) {
        Map<Long, Totals> out = new HashMap<>();
        if (asOf == null) {
            store.accounts(ledgerId).values().forEach(a -> out.put(a.id(), new Totals(a.debitTotal(), a.creditTotal())));
            return out;
        }
        LocalDate monthStart = asOf.withDayOfMonth(1);
        jdbc.prepareStatement("SELECT account_id, SUM(debit), SUM(credit) FROM ("
                + "SELECT account_id, debit, credit FROM account_month WHERE ledger_id = ? AND month < ? "
                + "UNION ALL SELECT account_id, debit, credit FROM account_day WHERE ledger_id = ? AND day >= ? AND day <= ?"
                + ") x GROUP BY account_id", ps -> {
            ps.setLong(1, ledgerId);
            ps.setObject(2, monthStart);
            ps.setLong(3, ledgerId);
            ps.setObject(4, monthStart);
            ps.setObject(5, asOf);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Totals(rs.getBigDecimal(2), rs.getBigDecimal(3)));
                }
            }
            return null;
        });
        return out;
    }

    /** Every account with its balance; header accounts show the sum of their sub-accounts. */
    public List<AccountBalance> chart(LedgerRow ledger, LocalDate asOf, Locale locale) {
        CurrencyUnit currency = Amounts.currency(ledger.currency());
        Map<String, AccountRow> accounts = store.accounts(ledger.id());
        Map<Long, Totals> totals = totals(ledger.id(), asOf);
        Map<Long, String> codes = new HashMap<>();
        accounts.values().forEach(a -> codes.put(a.id(), a.code()));
        List<AccountBalance> out = new ArrayList<>();
        for (AccountRow a : accounts.values()) {
            Totals t = Totals.ZERO;
            for (AccountRow leaf : accounts.values()) {
                if (!leaf.header() && leaf.code().startsWith(a.code())) {
                    t = t.plus(totals.getOrDefault(leaf.id(), Totals.ZERO));
                }
            }
            BigDecimal balance = a.normalSide() == Side.D ? t.net() : t.net().negate();
            out.add(new AccountBalance(a.code(), a.name(locale), a.type(), a.normalSide(), a.header(),
                    a.parentId() == null ? null : codes.get(a.parentId()), Amounts.normalize(t.debit(), currency),
                    Amounts.normalize(t.credit(), currency), Amounts.normalize(balance, currency)));
        }
        return out;
    }

    /** Leaf accounts with their net balance in the debit or credit column; the columns must agree. */
    public TrialBalance trialBalance(LedgerRow ledger, LocalDate asOf, Locale locale) {
        CurrencyUnit currency = Amounts.currency(ledger.currency());
        Map<Long, Totals> totals = totals(ledger.id(), asOf);
        List<TrialRow> rows = new ArrayList<>();
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (AccountRow a : store.accounts(ledger.id()).values()) {
            if (a.header()) {
                continue;
            }
            BigDecimal net = totals.getOrDefault(a.id(), Totals.ZERO).net();
            BigDecimal d = net.signum() > 0 ? net : BigDecimal.ZERO;
            BigDecimal c = net.signum() < 0 ? net.negate() : BigDecimal.ZERO;
            debit = debit.add(d);
            credit = credit.add(c);
            rows.add(new TrialRow(a.code(), a.name(locale), a.type(), Amounts.normalize(d, currency),
                    Amounts.normalize(c, currency)));
        }
        return new TrialBalance(ledger.id(), ledger.fund(), asOf, rows, Amounts.normalize(debit, currency),
                Amounts.normalize(credit, currency), debit.compareTo(credit) == 0);
    }

    /** Cash, bank, loans, goods, net assets, and income and expenses of the date's year. */
    public FundPosition position(LedgerRow ledger, LocalDate asOf) {
        CurrencyUnit currency = Amounts.currency(ledger.currency());
        Map<String, AccountRow> accounts = store.accounts(ledger.id());
        Map<Long, Totals> totals = totals(ledger.id(), asOf);
        Map<Long, Totals> yearStart = asOf == null ? null : totals(ledger.id(), asOf.withDayOfYear(1).minusDays(1));
        BigDecimal netAssets = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal expenses = BigDecimal.ZERO;
        for (AccountRow a : accounts.values()) {
            BigDecimal net = totals.getOrDefault(a.id(), Totals.ZERO).net();
            switch (a.type()) {
                case ASSET -> netAssets = netAssets.add(net);
                case LIABILITY -> netAssets = netAssets.add(net);
                case INCOME -> income = income.subtract(yearOnly(a, net, yearStart));
                case EXPENSE -> expenses = expenses.add(yearOnly(a, net, yearStart));
                default -> { }
            }
        }
        return new FundPosition(ledger.fund(), ledger.id(),
                n(sum(accounts, totals, "111", false), currency), n(sum(accounts, totals, "112", false), currency),
                n(sum(accounts, totals, Chart.LOANS_TO_MEMBERS, false), currency), n(sum(accounts, totals, "156", false), currency),
                n(sum(accounts, totals, "1388", false), currency), n(sum(accounts, totals, "2293", true), currency),
                n(sum(accounts, totals, "3388", true), currency), n(netAssets, currency), n(income, currency),
                n(expenses, currency));
    }

    /** Income and expense accounts are closed into 421 each year: show only this year's movement. */
    private static BigDecimal yearOnly(AccountRow a, BigDecimal net, Map<Long, Totals> yearStart) {
        return yearStart == null ? net : net.subtract(yearStart.getOrDefault(a.id(), Totals.ZERO).net());
    }

    private static BigDecimal sum(Map<String, AccountRow> accounts, Map<Long, Totals> totals, String prefix,
                                  boolean creditNormal) {
        BigDecimal s = BigDecimal.ZERO;
        for (AccountRow a : accounts.values()) {
            if (!a.header() && a.code().startsWith(prefix)) {
                s = s.add(totals.getOrDefault(a.id(), Totals.ZERO).net());
            }
        }
        return creditNormal ? s.negate() : s;
    }

    private static BigDecimal n(BigDecimal v, CurrencyUnit currency) {
        return Amounts.normalize(v, currency);
    }
}
