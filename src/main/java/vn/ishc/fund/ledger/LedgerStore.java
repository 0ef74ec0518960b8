package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.DonorService;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.tx.RoundTrip;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** JDBC access for posting: ledger locks, charts, entries, postings and the balance aggregates. */
@Singleton
class LedgerStore {

    private final JdbcOperations jdbc;
    private final Members members;
    private final DonorService donors;

    LedgerStore(JdbcOperations jdbc, Members members, DonorService donors) {
        this.jdbc = jdbc;
        this.members = members;
        this.donors = donors;
    }

    private Connection connection() {
        return jdbc.getConnection();
    }

    /**
     * A ledger locked for posting, with its chart of accounts (as of the lock: only its holder changes
     * them) and, when locked to post, the day movements of its cash, bank and goods accounts from the
     * earliest date posted on.
     */
    public record Locked(LedgerRow row, Map<String, AccountRow> chart, DayBalances days) {
    }

    /** A voucher series: one fund's vouchers of one type in one year. */
    public record VoucherKey(Fund fund, VoucherType type, int year) {
    }

    /**
     * What posting needs, read in the same round trip as the locks: the members and donors the
     * entries name, and the last voucher number of each series they will use.
     */
    public record Snapshot(Map<Fund, Locked> ledgers, Map<Long, Members.Ref> members, Map<Long, DonorService.Ref> donors,
                           Map<VoucherKey, Integer> lastVouchers) {
    }

    /** Locks a club's ledgers of these funds and reads their accounts (see {@link #lock(long, Collection, LocalDate, Collection, Collection, Collection)}). */
    public Map<Fund, Locked> lock(long clubId, Collection<Fund> funds) {
        return lock(clubId, funds, null, List.of(), List.of(), List.of()).ledgers();
    }

    /**
     * Locks a club's ledgers of these funds, then reads their accounts, the day movements of their
     * cash, bank and goods accounts from {@code from} on (null: none), and the members, donors and
     * voucher series posting needs, in one round trip (see {@link #lockAll}).
     */
    public Snapshot lock(long clubId, Collection<Fund> funds, LocalDate from, Collection<Long> memberIds,
                         Collection<Long> donorIds, Collection<VoucherKey> vouchers) {
        RoundTrip trip = new RoundTrip();
        Map<Long, LocalDate> floors = new LinkedHashMap<>();
        if (from != null) {
            floors.put(clubId, from);
        }
        Supplier<Map<Long, Snapshot>> locked = lockAll(trip, Map.of(clubId, funds), floors, memberIds, donorIds,
                Map.of(clubId, vouchers));
        trip.run(connection());
        return locked.get().get(clubId);
    }

    /**
     * As statements of a round trip: locks these clubs' ledgers of these funds, then reads their
     * accounts, the day movements of their cash, bank and goods accounts from each club's floor date
     * on (clubs without a floor: none), and the members, donors and voucher series posting needs; once the trip has run, one
     * snapshot per club (members and donors are shared: posting checks their club). Ledger rows are
     * locked in index order (club, fund), the same order for every poster, so concurrent posters
     * never deadlock. Accounts are read, not locked: anything that changes a ledger's accounts must
     * hold the ledger's lock. The statements run in order, so everything after the lock sees the
     * ledgers as their last posters committed them.
     */
    public Supplier<Map<Long, Snapshot>> lockAll(RoundTrip trip, Map<Long, ? extends Collection<Fund>> funds,
                                                 Map<Long, LocalDate> floors,
                                                 Collection<Long> memberIds, Collection<Long> donorIds,
                                                 Map<Long, ? extends Collection<VoucherKey>> vouchers) {
        List<Long> clubs = funds.keySet().stream().sorted().toList();
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < clubs.size(); i++) {
            String in = funds.get(clubs.get(i)).stream().map(f -> "'" + f.name() + "'").collect(Collectors.joining(","));
            where.append(i == 0 ? "" : " OR ").append("(l.club_id = ? AND l.fund IN (").append(in).append("))");
        }
        List<Object> clubParams = List.copyOf(clubs);
        // the ledger rows are the lock; the index keeps the scan (and so the locks) to exactly these rows
        trip.query("SELECT l.id FROM ledger l FORCE INDEX (uk_ledger_club_fund) WHERE " + where + " FOR UPDATE",
                clubParams, rs -> { });
        Map<Long, Map<Fund, Locked>> ledgers = new LinkedHashMap<>();
        trip.query("SELECT " + CHART_COLUMNS + " FROM ledger l FORCE INDEX (uk_ledger_club_fund) "
                + "STRAIGHT_JOIN account a FORCE INDEX (uk_account_code) ON a.ledger_id = l.id WHERE " + where
                + " ORDER BY l.id, a.id", clubParams, rs -> ledgers.putAll(ledgers(rs)));
        Map<Long, Map<Long, Map<LocalDate, BigDecimal>>> dayNets = new LinkedHashMap<>();
        List<Long> floored = clubs.stream().filter(floors::containsKey).toList();
        if (!floored.isEmpty()) {
            StringBuilder days = new StringBuilder();
            List<Object> dayParams = new ArrayList<>();
            for (int i = 0; i < floored.size(); i++) {
                long club = floored.get(i);
                String in = funds.get(club).stream().map(f -> "'" + f.name() + "'").collect(Collectors.joining(","));
                days.append(i == 0 ? "" : " OR ").append("(l.club_id = ? AND l.fund IN (").append(in).append(") AND d.day >= ?)");
                dayParams.add(club);
                dayParams.add(floors.get(club));
            }
            trip.query("SELECT d.ledger_id, d.account_id, d.day, d.debit - d.credit FROM ledger l "
                    + "JOIN account_day d ON d.ledger_id = l.id JOIN account a ON a.id = d.account_id WHERE (" + days
                    + ") AND (a.code LIKE '" + Chart.CASH + "%' OR a.code LIKE '" + Chart.BANK + "%' OR a.code LIKE '"
                    + Chart.GOODS + "%')", dayParams, rs -> {
                while (rs.next()) {
                    dayNets.computeIfAbsent(rs.getLong(1), l -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getLong(2), a -> new TreeMap<>())
                            .put(rs.getObject(3, LocalDate.class), rs.getBigDecimal(4));
                }
            });
        }
        // the registers read their own tables, as statements of this round trip
        Supplier<Map<Long, Members.Ref>> memberRefs = members.refs(trip, memberIds);
        Supplier<Map<Long, DonorService.Ref>> donorRefs = donors.refs(trip, donorIds);
        Map<Long, Map<VoucherKey, Integer>> last = new LinkedHashMap<>();
        List<Map.Entry<Long, VoucherKey>> series = new ArrayList<>();
        vouchers.forEach((club, keys) -> keys.forEach(k -> series.add(Map.entry(club, k))));
        if (!series.isEmpty()) {
            StringBuilder sql = new StringBuilder();
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                // the ledger id as a constant subquery lets MAX read one index entry (a join would scan the series)
                sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(", COALESCE(MAX(voucher_no), 0) "
                        + "FROM journal_entry WHERE ledger_id = (SELECT id FROM ledger WHERE club_id = ? AND fund = ?) "
                        + "AND voucher_type = ? AND voucher_year = ?");
                VoucherKey k = series.get(i).getValue();
                params.addAll(List.of(series.get(i).getKey(), k.fund().name(), k.type().name(), k.year()));
            }
            trip.query(sql.toString(), params, rs -> {
                while (rs.next()) {
                    Map.Entry<Long, VoucherKey> s = series.get(rs.getInt(1));
                    last.computeIfAbsent(s.getKey(), c -> new LinkedHashMap<>()).put(s.getValue(), rs.getInt(2));
                }
            });
        }
        return () -> {
            Map<Long, Snapshot> out = new LinkedHashMap<>();
            for (long club : clubs) {
                Map<Fund, Locked> locked = new TreeMap<>();
                ledgers.getOrDefault(club, Map.of()).forEach((fund, l) -> locked.put(fund, floors.containsKey(club)
                        ? new Locked(l.row(), l.chart(), DayBalances.from(floors.get(club),
                        dayNets.getOrDefault(l.row().id(), Map.of()))) : l));
                out.put(club, new Snapshot(locked, memberRefs.get(), donorRefs.get(), last.getOrDefault(club, Map.of())));
            }
            return out;
        };
    }

    /** Ids are numbers the caller parsed, so they are written into the SQL as they are. */
    private static String literals(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    // read by position: a lock reads every account of every ledger it locks, so column lookups by name add up
    private static final String CHART_COLUMNS = "l.id, l.club_id, l.fund, l.currency, l.last_seq, l.last_hash, "
            + "l.closed_through, l.opened_on, a.id, a.code, a.name_vi, a.name_en, a.type, a.normal_side, a.header, a.parent_id, "
            + "a.debit_total, a.credit_total";

    private static Map<Long, Map<Fund, Locked>> ledgers(ResultSet rs) throws SQLException {
        Map<Long, LedgerRow> rows = new LinkedHashMap<>();
        Map<Long, Map<String, AccountRow>> charts = new LinkedHashMap<>();
        while (rs.next()) {
            long id = rs.getLong(1);
            if (!rows.containsKey(id)) {
                rows.put(id, new LedgerRow(id, rs.getLong(2), Fund.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)));
            }
            AccountRow a = new AccountRow(rs.getLong(9), id, rs.getString(10), rs.getString(11), rs.getString(12),
                    AccountType.valueOf(rs.getString(13)), Side.valueOf(rs.getString(14)), rs.getBoolean(15),
                    rs.getObject(16, Long.class), rs.getBigDecimal(17), rs.getBigDecimal(18));
            charts.computeIfAbsent(id, l -> new TreeMap<>()).put(a.code(), a);
        }
        Map<Long, Map<Fund, Locked>> out = new LinkedHashMap<>();
        rows.forEach((id, row) -> out.computeIfAbsent(row.clubId(), c -> new TreeMap<>())
                .put(row.fund(), new Locked(row, charts.get(id), DayBalances.none())));
        return out;
    }

    static LedgerRow ledger(ResultSet rs) throws SQLException {
        return new LedgerRow(rs.getLong("id"), rs.getLong("club_id"), Fund.valueOf(rs.getString("fund")),
                rs.getString("currency"), rs.getLong("last_seq"), rs.getString("last_hash"),
                rs.getObject("closed_through", LocalDate.class), rs.getObject("opened_on", LocalDate.class));
    }

    public Map<String, AccountRow> accounts(long ledgerId) {
        Map<String, AccountRow> out = new TreeMap<>();
        try (PreparedStatement ps = connection().prepareStatement("SELECT * FROM account WHERE ledger_id = ?")) {
            ps.setLong(1, ledgerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AccountRow a = account(rs);
                    out.put(a.code(), a);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static AccountRow account(ResultSet rs) throws SQLException {
        return new AccountRow(rs.getLong("id"), rs.getLong("ledger_id"), rs.getString("code"),
                rs.getString("name_vi"), rs.getString("name_en"), AccountType.valueOf(rs.getString("type")),
                Side.valueOf(rs.getString("normal_side")), rs.getBoolean("header"),
                rs.getObject("parent_id", Long.class), rs.getBigDecimal("debit_total"), rs.getBigDecimal("credit_total"));
    }

    /** An entry ready to be written: its hashed content and the account id of each of its lines. */
    public record NewEntry(ChainContent content, String prevHash, String hash, List<Long> accountIds) {
    }

    private static final String INSERT_ENTRY = "INSERT INTO journal_entry (ledger_id, seq, value_date, operation, "
            + "voucher_type, voucher_year, voucher_no, description, total, reverses_id, reversal_reason, batch_id, "
            + "recorded_by, recorded_by_name, recorded_at, prev_hash, hash) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
    // LAST_INSERT_ID() is the id of the entry inserted by the statement just before
    private static final String POSTING_ROW = "(LAST_INSERT_ID(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Writes the entries with their postings, what they add to the balance aggregates (invariant 4:
     * this is the only writer of postings), then the ledgers' new chain heads, in one round trip
     * (statements in order, inside the caller's transaction). Returns the entries' ids in order.
     */
    public List<Long> write(List<NewEntry> entries, Collection<LedgerRow> heads) {
        BalanceMovements moved = BalanceMovements.of(entries);
        StringBuilder sql = new StringBuilder();
        for (NewEntry e : entries) {
            sql.append(INSERT_ENTRY).append(";INSERT INTO posting (entry_id, line_no, ledger_id, account_id, value_date, "
                    + "side, amount, member_id, loan_id, donor_id, activity_area) VALUES ");
            for (int i = 0; i < e.content().lines().size(); i++) {
                sql.append(i == 0 ? "" : ",").append(POSTING_ROW);
            }
            sql.append(';');
        }
        if (!moved.accounts.isEmpty()) {
            sql.append("UPDATE account a JOIN (");
            for (int i = 0; i < moved.accounts.size(); i++) {
                sql.append(i == 0 ? "SELECT ? AS id, ? AS d, ? AS c" : " UNION ALL SELECT ?, ?, ?");
            }
            sql.append(") m ON a.id = m.id SET a.debit_total = a.debit_total + m.d, a.credit_total = a.credit_total + m.c;");
            addTo(sql, "account_month", "month", moved.months.size());
            addTo(sql, "account_day", "day", moved.days.size());
        }
        for (int i = 0; i < heads.size(); i++) {
            sql.append("UPDATE ledger SET last_seq = ?, last_hash = ?, opened_on = ? WHERE id = ?;");
        }
        sql.setLength(sql.length() - 1);
        try (PreparedStatement ps = connection().prepareStatement(sql.toString())) {
            int p = 1;
            for (NewEntry e : entries) {
                p = bindEntry(ps, p, e);
            }
            for (Map.Entry<BalanceMovements.Key, BalanceMovements.Sum> a : moved.accounts.entrySet()) {
                ps.setLong(p++, a.getKey().accountId());
                ps.setBigDecimal(p++, a.getValue().debit());
                ps.setBigDecimal(p++, a.getValue().credit());
            }
            for (Map<BalanceMovements.Key, BalanceMovements.Sum> rows : List.of(moved.months, moved.days)) {
                for (Map.Entry<BalanceMovements.Key, BalanceMovements.Sum> r : rows.entrySet()) {
                    ps.setLong(p++, r.getKey().ledgerId());
                    ps.setLong(p++, r.getKey().accountId());
                    ps.setObject(p++, r.getKey().period());
                    ps.setBigDecimal(p++, r.getValue().debit());
                    ps.setBigDecimal(p++, r.getValue().credit());
                }
            }
            for (LedgerRow head : heads) {
                ps.setLong(p++, head.lastSeq());
                ps.setString(p++, head.lastHash());
                ps.setObject(p++, head.openedOn());
                ps.setLong(p++, head.id());
            }
            List<Long> ids = new ArrayList<>();
            boolean isResult = ps.execute();
            while (isResult || ps.getUpdateCount() != -1) {
                if (isResult) {
                    try (ResultSet rs = ps.getResultSet()) {
                        rs.next();
                        ids.add(rs.getLong(1));
                    }
                }
                isResult = ps.getMoreResults();
            }
            if (ids.size() != entries.size()) {
                throw new IllegalStateException("wrote " + ids.size() + " of " + entries.size() + " entries");
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds rows' debits and credits to an aggregate table, creating the rows it lacks. */
    private static void addTo(StringBuilder sql, String table, String period, int rows) {
        sql.append("INSERT INTO ").append(table).append(" (ledger_id, account_id, ").append(period)
                .append(", debit, credit) VALUES ").append("(?, ?, ?, ?, ?), ".repeat(rows - 1)).append("(?, ?, ?, ?, ?)")
                .append(" ON DUPLICATE KEY UPDATE debit = debit + VALUE(debit), credit = credit + VALUE(credit);");
    }

    private static int bindEntry(PreparedStatement ps, int p, NewEntry e) throws SQLException {
        ChainContent c = e.content();
        ps.setLong(p++, c.ledgerId());
        ps.setLong(p++, c.seq());
        ps.setObject(p++, c.valueDate());
        ps.setString(p++, c.operation());
        ps.setString(p++, c.voucherType());
        ps.setInt(p++, c.voucherYear());
        ps.setInt(p++, c.voucherNo());
        ps.setString(p++, c.description());
        ps.setBigDecimal(p++, c.total());
        ps.setObject(p++, c.reversesId());
        ps.setString(p++, c.reversalReason());
        ps.setString(p++, c.batchId());
        ps.setLong(p++, c.recordedBy());
        ps.setString(p++, c.recordedByName());
        ps.setObject(p++, LocalDateTime.ofInstant(c.recordedAt(), ZoneOffset.UTC));
        ps.setString(p++, e.prevHash());
        ps.setString(p++, e.hash());
        for (int i = 0; i < c.lines().size(); i++) {
            ChainContent.Line l = c.lines().get(i);
            ps.setInt(p++, l.lineNo());
            ps.setLong(p++, c.ledgerId());
            ps.setLong(p++, e.accountIds().get(i));
            ps.setObject(p++, c.valueDate());
            ps.setString(p++, l.side().name());
            ps.setBigDecimal(p++, l.amount());
            ps.setObject(p++, l.memberId());
            ps.setObject(p++, l.loanId());
            ps.setObject(p++, l.donorId());
            ps.setObject(p++, l.activityArea());
        }
        return p;
    }

    /** Movement of one account within one entry. */
    public record Movement(long accountId, BigDecimal debit, BigDecimal credit) {
    }

    /** A member's debit-minus-credit per account code in one ledger. */
    public Map<String, BigDecimal> memberNets(long ledgerId, long memberId) {
        Map<String, BigDecimal> out = new TreeMap<>();
        try (PreparedStatement ps = connection().prepareStatement("SELECT a.code, "
                + "SUM(CASE WHEN p.side = 'D' THEN p.amount ELSE -p.amount END) FROM posting p "
                + "JOIN account a ON a.id = p.account_id WHERE p.ledger_id = ? AND p.member_id = ? GROUP BY a.code")) {
            ps.setLong(1, ledgerId);
            ps.setLong(2, memberId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The entry a reversal refers to: its ledger, whether it is itself a reversal, whether already reversed. */
    public record ReversalTarget(long id, long ledgerId, Long reversesId, boolean reversed, boolean hasLoanPostings) {
    }

    public ReversalTarget reversalTarget(long entryId) {
        try (PreparedStatement ps = connection().prepareStatement("SELECT e.id, e.ledger_id, e.reverses_id, "
                + "EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_id = e.id) AS reversed, "
                + "EXISTS (SELECT 1 FROM posting p WHERE p.entry_id = e.id AND p.loan_id IS NOT NULL) AS loan "
                + "FROM journal_entry e WHERE e.id = ?")) {
            ps.setLong(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new ReversalTarget(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getBoolean(4), rs.getBoolean(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posting lines of an entry, in order, as drafts (for reversals). */
    public List<PostingDraft> postingsOf(long entryId) {
        List<PostingDraft> out = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("SELECT a.code, p.side, p.amount, p.member_id, "
                + "p.loan_id, p.donor_id, p.activity_area FROM posting p JOIN account a ON a.id = p.account_id "
                + "WHERE p.entry_id = ? ORDER BY p.line_no")) {
            ps.setLong(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PostingDraft(rs.getString(1), Side.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                            rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getObject(6, Long.class),
                            rs.getObject(7, Integer.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
