package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.time.ClockFactory;
import vn.ishc.fund.money.Amounts;

import javax.money.CurrencyUnit;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The postings of one account, as the printed books (cash book, bank book, general ledger, account detail)
 * read them: in date order with voucher, description, date of entry and contra accounts, optionally of one
 * member, loan or donor only. A year of a busy ledger does not fit in memory, so the postings come through a
 * forward-only cursor that the caller reads while it is open. Runs in the caller's transaction: read the
 * totals and the postings in one read-only transaction and they agree with each other.
 */
@Singleton
public class AccountBooks {

    /** Rows the driver fetches at a time: the cursor holds no more than this many postings. */
    static final int FETCH_SIZE = 500;

    private final LedgerStore store;
    private final BalanceReader balances;
    private final JdbcOperations jdbc;

    AccountBooks(LedgerStore store, BalanceReader balances, JdbcOperations jdbc) {
        this.store = store;
        this.balances = balances;
        this.jdbc = jdbc;
    }

    /**
     * Which postings: those of an account of a ledger (a header account: of all its sub-accounts),
     * and, when given, only those that carry this member, loan or donor.
     */
    public record Selection(LedgerRow ledger, String code, Long memberId, Long loanId, Long donorId) {
        public static Selection of(LedgerRow ledger, String code) {
            return new Selection(ledger, code, null, null, null);
        }

        long ledgerId() {
            return ledger.id();
        }

        boolean narrowed() {
            return memberId != null || loanId != null || donorId != null;
        }
    }

    /**
     * One posting of the selected account. {@code recordedOn} is the day it was entered in the books, in
     * Vietnam; {@code valueDate} the voucher's date. {@code contra} lists the accounts of the entry's other
     * side ({@code 711} or {@code 4111, 711}); {@code reversesSeq} the entry this one reverses, if any.
     */
    public record Posting(long entryId, long seq, int lineNo, LocalDate valueDate, LocalDate recordedOn,
                          VoucherType voucherType, String voucher, String description, String accountCode, Side side,
                          BigDecimal amount, String contra, Long memberId, Long loanId, Long donorId, Long reversesSeq) {
        /** The amount as debit minus credit. */
        public BigDecimal net() {
            return side == Side.D ? amount : amount.negate();
        }
    }

    /** Whom the selected postings name in a period: the member and donor ids (to look their names up first). */
    public record Parties(Set<Long> members, Set<Long> donors) {
    }

    /** Whether the ledger has an account with this code. */
    public boolean hasAccount(long ledgerId, String code) {
        return store.accounts(ledgerId).containsKey(code);
    }

    /**
     * Streams the selected postings dated from {@code from} to {@code to}, ordered by value date, entry
     * sequence and line, to {@code use} while the cursor is open; returns what {@code use} returns. The
     * iterator must not be kept, and {@code use} must not query the database (the driver would then read
     * the rest of the cursor into memory): look up everything else before.
     */
    public <T> T postings(Selection selection, LocalDate from, LocalDate to, Function<Iterator<Posting>, T> use) {
        CurrencyUnit currency = Amounts.currency(selection.ledger().currency());
        List<Object> params = new ArrayList<>();
        String where = where(selection, params);
        params.add(from);
        params.add(to);
        // the contra accounts by the entry's lines: without FORCE INDEX, statistics of tables that grew fast (a
        // ledger filled in a burst) led the optimizer to read them by account, a scan for every posting (seconds)
        String sql = "SELECT p.entry_id, p.line_no, p.value_date, p.side, p.amount, p.member_id, p.loan_id, p.donor_id, "
                + "a.code, e.seq, e.voucher_type, e.voucher_year, e.voucher_no, e.description, e.recorded_at, r.seq AS reverses_seq, "
                + "(SELECT GROUP_CONCAT(DISTINCT a2.code ORDER BY a2.code SEPARATOR ', ') FROM posting p2 FORCE INDEX (uk_posting_line) "
                + "JOIN account a2 ON a2.id = p2.account_id WHERE p2.entry_id = p.entry_id AND p2.side <> p.side) AS contra "
                + "FROM posting p JOIN journal_entry e ON e.id = p.entry_id JOIN account a ON a.id = p.account_id "
                + "LEFT JOIN journal_entry r ON r.id = e.reverses_id "
                + "WHERE " + where + " AND p.value_date BETWEEN ? AND ? ORDER BY p.value_date, e.seq, p.line_no";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setFetchSize(FETCH_SIZE);
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return use.apply(new Cursor(rs, currency));
            }
        });
    }

    /** How many of the selected postings are dated from {@code from} to {@code to}: the size of the book. */
    public long count(Selection selection, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>();
        String where = where(selection, params);
        params.add(from);
        params.add(to);
        return jdbc.prepareStatement("SELECT COUNT(*) FROM posting p WHERE " + where + " AND p.value_date BETWEEN ? AND ?", ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Debits and credits of the selected postings up to the end of {@code asOf}. */
    public LedgerReads.Totals totals(Selection selection, LocalDate asOf) {
        CurrencyUnit currency = Amounts.currency(selection.ledger().currency());
        if (!selection.narrowed()) {
            // the whole account: from the kept month and day aggregates
            Map<Long, BalanceReader.Totals> byId = balances.totals(selection.ledgerId(), asOf);
            BigDecimal debit = BigDecimal.ZERO;
            BigDecimal credit = BigDecimal.ZERO;
            for (long id : leafIds(selection)) {
                BalanceReader.Totals t = byId.getOrDefault(id, BalanceReader.Totals.ZERO);
                debit = debit.add(t.debit());
                credit = credit.add(t.credit());
            }
            return new LedgerReads.Totals(Amounts.normalize(debit, currency), Amounts.normalize(credit, currency));
        }
        List<Object> params = new ArrayList<>();
        String where = where(selection, params);
        params.add(asOf);
        return jdbc.prepareStatement("SELECT COALESCE(SUM(CASE WHEN p.side = 'D' THEN p.amount END), 0), "
                + "COALESCE(SUM(CASE WHEN p.side = 'C' THEN p.amount END), 0) FROM posting p "
                + "WHERE " + where + " AND p.value_date <= ?", ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new LedgerReads.Totals(Amounts.normalize(rs.getBigDecimal(1), currency),
                        Amounts.normalize(rs.getBigDecimal(2), currency));
            }
        });
    }

    /** The members and donors the selected postings of a period carry. */
    public Parties parties(Selection selection, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>();
        String where = where(selection, params);
        params.add(from);
        params.add(to);
        return jdbc.prepareStatement("SELECT DISTINCT p.member_id, p.donor_id FROM posting p WHERE " + where
                + " AND p.value_date BETWEEN ? AND ? AND (p.member_id IS NOT NULL OR p.donor_id IS NOT NULL)", ps -> {
            bind(ps, params);
            Set<Long> members = new LinkedHashSet<>();
            Set<Long> donors = new LinkedHashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional.ofNullable(rs.getObject(1, Long.class)).ifPresent(members::add);
                    Optional.ofNullable(rs.getObject(2, Long.class)).ifPresent(donors::add);
                }
            }
            return new Parties(members, donors);
        });
    }

    /** Whether any posting of the ledger carries this loan (a loan of another club's ledger carries none). */
    public boolean carriesLoan(long ledgerId, long loanId) {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM posting WHERE loan_id = ? AND ledger_id = ?)", ps -> {
            ps.setLong(1, loanId);
            ps.setLong(2, ledgerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** The value date of the ledger's first entry, if it has any. */
    public Optional<LocalDate> firstEntryDate(long ledgerId) {
        return jdbc.prepareStatement("SELECT MIN(value_date) FROM journal_entry WHERE ledger_id = ?", ps -> {
            ps.setLong(1, ledgerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Optional.ofNullable(rs.getObject(1, LocalDate.class));
            }
        });
    }

    private List<Long> leafIds(Selection selection) {
        Map<String, AccountRow> chart = store.accounts(selection.ledgerId());
        if (!chart.containsKey(selection.code())) {
            throw new IllegalArgumentException("no account " + selection.code() + " in ledger " + selection.ledgerId());
        }
        return chart.values().stream().filter(a -> !a.header() && a.code().startsWith(selection.code()))
                .map(AccountRow::id).toList();
    }

    /** The selection as SQL on {@code posting p}, its parameters added to {@code params}. */
    private String where(Selection selection, List<Object> params) {
        List<Long> ids = leafIds(selection);
        StringBuilder sql = new StringBuilder("p.ledger_id = ? AND p.account_id IN (")
                .append(ids.isEmpty() ? "0" : ids.stream().map(String::valueOf).collect(Collectors.joining(","))).append(")");
        params.add(selection.ledgerId());
        if (selection.memberId() != null) {
            sql.append(" AND p.member_id = ?");
            params.add(selection.memberId());
        }
        if (selection.loanId() != null) {
            sql.append(" AND p.loan_id = ?");
            params.add(selection.loanId());
        }
        if (selection.donorId() != null) {
            sql.append(" AND p.donor_id = ?");
            params.add(selection.donorId());
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** The open result set as postings, one row read ahead. */
    private static final class Cursor implements Iterator<Posting> {
        private final ResultSet rs;
        private final CurrencyUnit currency;
        private Posting next;
        private boolean done;

        Cursor(ResultSet rs, CurrencyUnit currency) {
            this.rs = rs;
            this.currency = currency;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    if (rs.next()) {
                        next = read(rs);
                    } else {
                        done = true;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("reading postings: " + e.getMessage(), e);
                }
            }
            return next != null;
        }

        @Override
        public Posting next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Posting p = next;
            next = null;
            return p;
        }

        private Posting read(ResultSet rs) throws SQLException {
            LocalDate recordedOn = rs.getObject("recorded_at", LocalDateTime.class).atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(ClockFactory.VIETNAM).toLocalDate();
            String type = rs.getString("voucher_type");
            return new Posting(rs.getLong("entry_id"), rs.getLong("seq"), rs.getInt("line_no"),
                    rs.getObject("value_date", LocalDate.class), recordedOn, VoucherType.valueOf(type),
                    VoucherType.format(type, rs.getInt("voucher_year"), rs.getInt("voucher_no")),
                    rs.getString("description"), rs.getString("code"), Side.valueOf(rs.getString("side")),
                    Amounts.normalize(rs.getBigDecimal("amount"), currency), rs.getString("contra"),
                    rs.getObject("member_id", Long.class), rs.getObject("loan_id", Long.class),
                    rs.getObject("donor_id", Long.class), rs.getObject("reverses_seq", Long.class));
        }
    }
}
