package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A ledger's journal as an export reads it: entries in number order, each with its postings, its canonical
 * content (exactly what {@link ChainContent} hashes), the previous entry's hash and its own. Entries are read
 * by number ranges and handed to a callback one at a time as their postings stream by (a forward-only cursor),
 * so a ledger of any size never sits in memory: a long ledger is read in ranges of a few thousand, each in a
 * short read of its own. Posted entries never change and are numbered without gaps (invariants 2 and 3), so a
 * range read later is the range it was.
 * Callers check the scope first ({@link LedgerReads#visible}). Runs in the caller's transaction or connection.
 */
@Singleton
public class LedgerJournal {

    // a range is read in two passes, entries then postings, so no entry's columns travel once per posting
    private static final String ENTRIES = "SELECT e.seq, e.value_date, e.operation, e.voucher_type, e.voucher_year, "
            + "e.voucher_no, e.description, e.total, e.reverses_id, r.seq, e.reversal_reason, e.batch_id, e.recorded_by, "
            + "e.recorded_by_name, e.recorded_at, e.prev_hash, e.hash "
            + "FROM journal_entry e LEFT JOIN journal_entry r ON r.id = e.reverses_id "
            + "WHERE e.ledger_id = ? AND e.seq BETWEEN ? AND ? ";
    private static final String POSTINGS = "SELECT e.seq, p.line_no, a.code, p.side, p.amount, p.member_id, p.loan_id, "
            + "p.donor_id, p.activity_area FROM journal_entry e "
            + "JOIN posting p FORCE INDEX (uk_posting_line) ON p.entry_id = e.id LEFT JOIN account a ON a.id = p.account_id "
            + "WHERE e.ledger_id = ? AND e.seq BETWEEN ? AND ? ";
    private static final String DATED = "AND e.value_date BETWEEN ? AND ? ";

    private final JdbcOperations jdbc;

    LedgerJournal(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A posted entry: its content as hashed (lines in order, account codes, members, loans, donors), the number
     * of the entry it reverses (null if none), and the chain hashes stored with it.
     */
    public record Entry(ChainContent content, Long reversesSeq, String prevHash, String hash) {

        public long seq() {
            return content.seq();
        }

        /** The exact string hashed after the previous hash: {@code hash = SHA-256(prevHash ‖ canonical)}. */
        public String canonical() {
            return content.canonical();
        }

        /** The printed voucher number, e.g. PT-2026-0007. */
        public String voucher() {
            return VoucherType.format(content.voucherType(), content.voucherYear(), content.voucherNo());
        }
    }

    /** Entry numbers from {@code first} to {@code last}, both included. */
    public record Span(long first, long last) {
    }

    /**
     * The first and last numbers, not after {@code upToSeq}, of the entries dated {@code from}–{@code to}
     * (entries dated back may lie among later numbers); null when none is dated so.
     */
    public Span dated(long ledgerId, LocalDate from, LocalDate to, long upToSeq) {
        return jdbc.prepareStatement("SELECT MIN(seq), MAX(seq) FROM journal_entry WHERE ledger_id = ? "
                + "AND value_date BETWEEN ? AND ? AND seq <= ?", ps -> {
            ps.setLong(1, ledgerId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            ps.setLong(4, upToSeq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long first = rs.getLong(1);
                return rs.wasNull() ? null : new Span(first, rs.getLong(2));
            }
        });
    }

    /**
     * Hands each entry numbered within {@code span} to {@code each}, in number order; with {@code from} and
     * {@code to}, only those dated within them (both null: every entry of the span). The span's entries are read
     * first (they sit in memory while their postings stream): read a long ledger in spans of a few thousand.
     * {@code each} must not read the database (the postings' cursor is open while it runs).
     */
    public void read(long ledgerId, Span span, LocalDate from, LocalDate to, Consumer<Entry> each) {
        boolean dated = from != null && to != null;
        List<Head> heads = new ArrayList<>();
        query(ENTRIES + (dated ? DATED : "") + "ORDER BY e.seq", ledgerId, span, from, to, rs -> {
            while (rs.next()) {
                heads.add(head(rs));
            }
        });
        query(POSTINGS + (dated ? DATED : "") + "ORDER BY e.seq, p.line_no", ledgerId, span, from, to, rs -> {
            int next = 0;
            boolean more = rs.next();
            while (next < heads.size()) {
                Head h = heads.get(next++);
                List<ChainContent.Line> lines = new ArrayList<>();
                // an entry whose postings went missing behind the service's back still comes out (and fails its hash)
                while (more && rs.getLong(1) == h.seq) {
                    lines.add(new ChainContent.Line(rs.getInt(2), rs.getString(3), Side.valueOf(rs.getString(4)),
                            rs.getBigDecimal(5), rs.getObject(6, Long.class), rs.getObject(7, Long.class),
                            rs.getObject(8, Long.class), rs.getObject(9, Integer.class)));
                    more = rs.next();
                }
                each.accept(h.entry(ledgerId, lines));
            }
        });
    }

    private interface Rows {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, long ledgerId, Span span, LocalDate from, LocalDate to, Rows rows) {
        jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, ledgerId);
            ps.setLong(2, span.first());
            ps.setLong(3, span.last());
            if (from != null && to != null) {
                ps.setObject(4, from);
                ps.setObject(5, to);
            }
            ps.setFetchSize(1000); // a forward-only cursor: rows stream instead of loading the range
            try (ResultSet rs = ps.executeQuery()) {
                rows.read(rs);
            }
            return null;
        });
    }

    /** An entry's own columns, waiting for its postings. */
    private record Head(long seq, LocalDate valueDate, String operation, String voucherType, int voucherYear,
                        int voucherNo, String description, BigDecimal total, Long reversesId, Long reversesSeq,
                        String reversalReason, String batchId, long recordedBy, String recordedByName,
                        LocalDateTime recordedAt, String prevHash, String hash) {

        Entry entry(long ledgerId, List<ChainContent.Line> lines) {
            // recorded_at is kept in UTC, as the chain hashes it
            ChainContent content = new ChainContent(ledgerId, seq, valueDate, operation, voucherType, voucherYear,
                    voucherNo, description, total, reversesId, reversalReason, batchId, recordedBy, recordedByName,
                    recordedAt.toInstant(ZoneOffset.UTC), List.copyOf(lines));
            return new Entry(content, reversesSeq, prevHash, hash);
        }
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), rs.getString(7), rs.getBigDecimal(8), rs.getObject(9, Long.class), rs.getObject(10, Long.class),
                rs.getString(11), rs.getString(12), rs.getLong(13), rs.getString(14), rs.getObject(15, LocalDateTime.class),
                rs.getString(16), rs.getString(17));
    }
}
