package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.ledger.LedgerDtos.MemberAccount;
import vn.ishc.fund.ledger.LedgerDtos.MemberLedger;
import vn.ishc.fund.ledger.LedgerDtos.MemberLine;
import vn.ishc.fund.ledger.LedgerDtos.Statement;
import vn.ishc.fund.ledger.LedgerDtos.StatementLine;
import vn.ishc.fund.money.Amounts;

import javax.money.CurrencyUnit;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Account statements with running balances, and members' sub-ledgers. */
@Singleton
class StatementReader {

    private final LedgerStore store;
    private final BalanceReader balances;
    private final JdbcOperations jdbc;

    public StatementReader(LedgerStore store, BalanceReader balances, JdbcOperations jdbc) {
        this.store = store;
        this.balances = balances;
        this.jdbc = jdbc;
    }

    /**
     * The lines of an account (a header account: of all its sub-accounts) between two dates, each with
     * the balance after it, on the account's normal side; the opening balance comes from the aggregates.
     */
    public Statement statement(LedgerRow ledger, String code, LocalDate from, LocalDate to, PageQuery page, Locale locale) {
        if (from.isAfter(to)) {
            throw ApiException.invalid("from", "from-after-to");
        }
        CurrencyUnit currency = Amounts.currency(ledger.currency());
        Map<String, AccountRow> chart = store.accounts(ledger.id());
        AccountRow account = chart.get(code);
        if (account == null) {
            throw ApiException.notFound("account");
        }
        List<Long> ids = chart.values().stream().filter(a -> !a.header() && a.code().startsWith(code))
                .map(AccountRow::id).toList();
        Map<Long, BalanceReader.Totals> before = balances.totals(ledger.id(), from.minusDays(1));
        Map<Long, BalanceReader.Totals> after = balances.totals(ledger.id(), to);
        BigDecimal openingNet = ids.stream().map(id -> before.getOrDefault(id, BalanceReader.Totals.ZERO).net())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal closingNet = ids.stream().map(id -> after.getOrDefault(id, BalanceReader.Totals.ZERO).net())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal debit = ids.stream().map(id -> after.getOrDefault(id, BalanceReader.Totals.ZERO).debit()
                .subtract(before.getOrDefault(id, BalanceReader.Totals.ZERO).debit())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credit = ids.stream().map(id -> after.getOrDefault(id, BalanceReader.Totals.ZERO).credit()
                .subtract(before.getOrDefault(id, BalanceReader.Totals.ZERO).credit())).reduce(BigDecimal.ZERO, BigDecimal::add);
        int sign = account.normalSide() == Side.D ? 1 : -1;
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        // the window sums every line of the range in order, so a page shows true running balances
        SqlQuery query = new SqlQuery("FROM (SELECT p.entry_id, p.line_no, p.value_date, p.side, p.amount, p.member_id, "
                + "p.loan_id, a.code, e.seq, e.voucher_type, e.voucher_year, e.voucher_no, e.description, "
                + "SUM(CASE WHEN p.side = 'D' THEN p.amount ELSE -p.amount END) "
                + "OVER (ORDER BY p.value_date, e.seq, p.line_no ROWS UNBOUNDED PRECEDING) AS running "
                + "FROM posting p JOIN journal_entry e ON e.id = p.entry_id JOIN account a ON a.id = p.account_id "
                + "WHERE p.account_id IN (" + (in.isEmpty() ? "0" : in) + ") AND p.value_date BETWEEN ? AND ?) x", from, to);
        Page<StatementLine> lines = query.page(jdbc, "SELECT x.*", page, rs -> {
            boolean isDebit = "D".equals(rs.getString("side"));
            BigDecimal amount = Amounts.normalize(rs.getBigDecimal("amount"), currency);
            BigDecimal running = openingNet.add(rs.getBigDecimal("running")).multiply(BigDecimal.valueOf(sign));
            return new StatementLine(rs.getLong("entry_id"), rs.getLong("seq"), rs.getObject("value_date", LocalDate.class),
                    VoucherType.format(rs.getString("voucher_type"), rs.getInt("voucher_year"), rs.getInt("voucher_no")),
                    rs.getString("description"), rs.getString("code"), isDebit ? amount : BigDecimal.ZERO.setScale(amount.scale()),
                    isDebit ? BigDecimal.ZERO.setScale(amount.scale()) : amount, Amounts.normalize(running, currency),
                    rs.getObject("member_id", Long.class), rs.getObject("loan_id", Long.class));
        });
        return new Statement(code, account.name(locale), from, to,
                Amounts.normalize(openingNet.multiply(BigDecimal.valueOf(sign)), currency),
                Amounts.normalize(closingNet.multiply(BigDecimal.valueOf(sign)), currency),
                Amounts.normalize(debit, currency), Amounts.normalize(credit, currency), lines);
    }

    /** Everything a member has in both ledgers of their club: balances per account, and the lines. */
    public MemberLedger member(long memberId, String fullName, long clubId, PageQuery page, Locale locale) {
        String name = "en".equals(locale.getLanguage()) ? "a.name_en" : "a.name_vi";
        List<MemberAccount> accounts = new ArrayList<>();
        BigDecimal[] capitalFeesLoans = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        jdbc.prepareStatement("SELECT l.fund, l.currency, a.code, " + name + " AS account_name, a.normal_side, "
                + "SUM(CASE WHEN p.side = 'D' THEN p.amount ELSE 0 END) AS debit, "
                + "SUM(CASE WHEN p.side = 'C' THEN p.amount ELSE 0 END) AS credit "
                + "FROM posting p JOIN account a ON a.id = p.account_id JOIN ledger l ON l.id = p.ledger_id "
                + "WHERE p.member_id = ? GROUP BY l.fund, l.currency, a.code, account_name, a.normal_side "
                + "ORDER BY l.fund DESC, a.code", ps -> {
            ps.setLong(1, memberId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CurrencyUnit currency = Amounts.currency(rs.getString("currency"));
                    Fund fund = Fund.valueOf(rs.getString("fund"));
                    String code = rs.getString("code");
                    BigDecimal d = rs.getBigDecimal("debit");
                    BigDecimal c = rs.getBigDecimal("credit");
                    BigDecimal balance = "D".equals(rs.getString("normal_side")) ? d.subtract(c) : c.subtract(d);
                    accounts.add(new MemberAccount(fund, code, rs.getString("account_name"), Amounts.normalize(d, currency),
                            Amounts.normalize(c, currency), Amounts.normalize(balance, currency)));
                    if (fund == Fund.IGF && code.startsWith("4111")) {
                        capitalFeesLoans[0] = capitalFeesLoans[0].add(balance);
                    } else if (fund == Fund.AF && code.startsWith("711")) {
                        capitalFeesLoans[1] = capitalFeesLoans[1].add(balance);
                    } else if (fund == Fund.IGF && code.startsWith(Chart.LOANS_TO_MEMBERS)) {
                        capitalFeesLoans[2] = capitalFeesLoans[2].add(balance);
                    }
                }
            }
            return null;
        });
        SqlQuery query = new SqlQuery("FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
                + "JOIN account a ON a.id = p.account_id JOIN ledger l ON l.id = p.ledger_id")
                .where("p.member_id = ?", memberId);
        Page<MemberLine> lines = query.page(jdbc, "SELECT p.*, e.seq, e.voucher_type, e.voucher_year, e.voucher_no, "
                + "e.description, a.code, l.fund, l.currency", page, rs -> new MemberLine(rs.getLong("entry_id"),
                Fund.valueOf(rs.getString("fund")), rs.getLong("seq"), rs.getObject("value_date", LocalDate.class),
                VoucherType.format(rs.getString("voucher_type"), rs.getInt("voucher_year"), rs.getInt("voucher_no")),
                rs.getString("description"), rs.getString("code"), Side.valueOf(rs.getString("side")),
                Amounts.normalize(rs.getBigDecimal("amount"), Amounts.currency(rs.getString("currency"))),
                rs.getObject("loan_id", Long.class)));
        return new MemberLedger(memberId, fullName, clubId, Amounts.normalize(capitalFeesLoans[0], Amounts.VND),
                Amounts.normalize(capitalFeesLoans[1], Amounts.VND), Amounts.normalize(capitalFeesLoans[2], Amounts.VND),
                accounts, lines);
    }
}
