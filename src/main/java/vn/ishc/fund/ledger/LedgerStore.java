package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** JDBC access for posting: ledger locks, charts, entries, postings and the balance aggregates. */
@Singleton
public class LedgerStore {

    private final JdbcOperations jdbc;

    public LedgerStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private Connection connection() {
        return jdbc.getConnection();
    }

    /** A ledger locked for posting, with its chart of accounts (also locked: postings update their totals). */
    public record Locked(LedgerRow row, Map<String, AccountRow> chart) {
    }

    /**
     * Locks a club's ledgers of these funds and their accounts, always in id order so concurrent
     * posters never deadlock; one round trip returns the chain heads and the charts.
     */
    public Map<Fund, Locked> lock(long clubId, Collection<Fund> funds) {
        String in = funds.stream().map(f -> "'" + f.name() + "'").collect(Collectors.joining(","));
        Map<Fund, LedgerRow> rows = new LinkedHashMap<>();
        Map<Fund, Map<String, AccountRow>> charts = new LinkedHashMap<>();
        try (PreparedStatement ps = connection().prepareStatement("SELECT l.id AS lid, l.club_id, l.fund, l.currency, "
                + "l.last_seq, l.last_hash, l.closed_through, a.* FROM ledger l JOIN account a ON a.ledger_id = l.id "
                + "WHERE l.club_id = ? AND l.fund IN (" + in + ") ORDER BY l.id, a.id FOR UPDATE")) {
            ps.setLong(1, clubId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Fund fund = Fund.valueOf(rs.getString("fund"));
                    rows.computeIfAbsent(fund, f -> {
                        try {
                            return new LedgerRow(rs.getLong("lid"), rs.getLong("club_id"), fund, rs.getString("currency"),
                                    rs.getLong("last_seq"), rs.getString("last_hash"),
                                    rs.getObject("closed_through", LocalDate.class));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    AccountRow a = account(rs);
                    charts.computeIfAbsent(fund, f -> new TreeMap<>()).put(a.code(), a);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<Fund, Locked> out = new LinkedHashMap<>();
        rows.forEach((fund, row) -> out.put(fund, new Locked(row, charts.get(fund))));
        return out;
    }

    static LedgerRow ledger(ResultSet rs) throws SQLException {
        return new LedgerRow(rs.getLong("id"), rs.getLong("club_id"), Fund.valueOf(rs.getString("fund")),
                rs.getString("currency"), rs.getLong("last_seq"), rs.getString("last_hash"),
                rs.getObject("closed_through", LocalDate.class));
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

    /** The next voucher number of this type in this ledger and year (safe: the ledger is locked). */
    public int nextVoucherNo(long ledgerId, VoucherType type, int year) {
        try (PreparedStatement ps = connection().prepareStatement("SELECT COALESCE(MAX(voucher_no), 0) + 1 "
                + "FROM journal_entry WHERE ledger_id = ? AND voucher_type = ? AND voucher_year = ?")) {
            ps.setLong(1, ledgerId);
            ps.setString(2, type.name());
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts the entry and its postings; returns the entry id. */
    public long insert(ChainContent c, String prevHash, String hash, List<Long> accountIds) {
        Connection conn = connection();
        long entryId;
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO journal_entry (ledger_id, seq, value_date, "
                + "operation, voucher_type, voucher_year, voucher_no, description, total, reverses_id, reversal_reason, "
                + "batch_id, recorded_by, recorded_by_name, recorded_at, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, c.ledgerId());
            ps.setLong(2, c.seq());
            ps.setObject(3, c.valueDate());
            ps.setString(4, c.operation());
            ps.setString(5, c.voucherType());
            ps.setInt(6, c.voucherYear());
            ps.setInt(7, c.voucherNo());
            ps.setString(8, c.description());
            ps.setBigDecimal(9, c.total());
            ps.setObject(10, c.reversesId());
            ps.setString(11, c.reversalReason());
            ps.setString(12, c.batchId());
            ps.setLong(13, c.recordedBy());
            ps.setString(14, c.recordedByName());
            ps.setObject(15, LocalDateTime.ofInstant(c.recordedAt(), ZoneOffset.UTC));
            ps.setString(16, prevHash);
            ps.setString(17, hash);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                entryId = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder sql = new StringBuilder("INSERT INTO posting (entry_id, line_no, ledger_id, account_id, "
                + "value_date, side, amount, member_id, loan_id, donor_id, activity_area) VALUES ");
        for (int i = 0; i < c.lines().size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            int p = 1;
            for (int i = 0; i < c.lines().size(); i++) {
                ChainContent.Line l = c.lines().get(i);
                ps.setLong(p++, entryId);
                ps.setInt(p++, l.lineNo());
                ps.setLong(p++, c.ledgerId());
                ps.setLong(p++, accountIds.get(i));
                ps.setObject(p++, c.valueDate());
                ps.setString(p++, l.side().name());
                ps.setBigDecimal(p++, l.amount());
                ps.setObject(p++, l.memberId());
                ps.setObject(p++, l.loanId());
                ps.setObject(p++, l.donorId());
                ps.setObject(p++, l.activityArea());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return entryId;
    }

    /** Movement of one account within one entry. */
    public record Movement(long accountId, BigDecimal debit, BigDecimal credit) {
    }

    public void advanceHead(LedgerRow ledger) {
        try (PreparedStatement ps = connection().prepareStatement(
                "UPDATE ledger SET last_seq = ?, last_hash = ? WHERE id = ?")) {
            ps.setLong(1, ledger.lastSeq());
            ps.setString(2, ledger.lastHash());
            ps.setLong(3, ledger.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Members referenced by an entry: id → (club, joined, left, name). */
    public record MemberRef(long id, long clubId, LocalDate joinedOn, LocalDate leftOn, String fullName) {
        public boolean activeOn(LocalDate date) {
            return !joinedOn.isAfter(date) && (leftOn == null || !leftOn.isBefore(date));
        }
    }

    public Map<Long, MemberRef> members(Collection<Long> ids) {
        Map<Long, MemberRef> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement ps = connection().prepareStatement(
                "SELECT id, club_id, joined_on, left_on, full_name FROM member WHERE id IN (" + in + ")")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new MemberRef(rs.getLong(1), rs.getLong(2),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
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

    /** A donor referenced by an entry. */
    public record DonorRef(long id, long clubId, String name) {
    }

    /** Donors referenced by an entry, by id. */
    public Map<Long, DonorRef> donors(Collection<Long> ids) {
        Map<Long, DonorRef> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement ps = connection().prepareStatement(
                "SELECT id, club_id, name FROM donor WHERE id IN (" + in + ")")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new DonorRef(rs.getLong(1), rs.getLong(2), rs.getString(3)));
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
