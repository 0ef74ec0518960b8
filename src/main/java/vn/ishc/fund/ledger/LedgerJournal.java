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
 * by number ranges with a forward-only cursor and handed to a callback one at a time, so a ledger of any size
 * never sits in memory; a long ledger is read in ranges, each in a short read of its own. Posted entries never
 * change and are numbered without gaps (invariants 2 and 3), so a range read later is the range it was.
 * Callers check the scope first ({@link LedgerReads#visible}). Runs in the caller's transaction or connection.
 */
@Singleton
public class LedgerJournal {

    private static final String SQL = "SELECT e.seq, e.value_date, e.operation, e.voucher_type, e.voucher_year, "
            + "e.voucher_no, e.description, e.total, e.reverses_id, r.seq AS reverses_seq, e.reversal_reason, e.batch_id, "
            + "e.recorded_by, e.recorded_by_name, e.recorded_at, e.prev_hash, e.hash, p.line_no, a.code, p.side, "
            + "p.amount, p.member_id, p.loan_id, p.donor_id, p.activity_area "
            + "FROM journal_entry e LEFT JOIN journal_entry r ON r.id = e.reverses_id "
            // an entry whose postings went missing behind the service's back still comes out (and fails its hash)
            + "LEFT JOIN posting p FORCE INDEX (uk_posting_line) ON p.entry_id = e.id "
            + "LEFT JOIN account a ON a.id = p.account_id WHERE e.ledger_id = ? AND e.seq BETWEEN ? AND ? ";
    private static final String DATED = "AND e.value_date BETWEEN ? AND ? ";
    private static final String ORDER = "ORDER BY e.seq, p.line_no";

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
     * {@code to}, only those dated within them (both null: every entry of the span).
     */
    public void read(long ledgerId, Span span, LocalDate from, LocalDate to, Consumer<Entry> each) {
        boolean dated = from != null && to != null;
        jdbc.prepareStatement(SQL + (dated ? DATED : "") + ORDER, ps -> {
            ps.setLong(1, ledgerId);
            ps.setLong(2, span.first());
            ps.setLong(3, span.last());
            if (dated) {
                ps.setObject(4, from);
                ps.setObject(5, to);
            }
            ps.setFetchSize(1000); // a forward-only cursor: rows stream instead of loading the range
            try (ResultSet rs = ps.executeQuery()) {
                walk(ledgerId, rs, each);
            }
            return null;
        });
    }

    private static void walk(long ledgerId, ResultSet rs, Consumer<Entry> each) throws SQLException {
        boolean more = rs.next();
        while (more) {
            long seq = rs.getLong("seq");
            LocalDate valueDate = rs.getObject("value_date", LocalDate.class);
            String operation = rs.getString("operation");
            String voucherType = rs.getString("voucher_type");
            int voucherYear = rs.getInt("voucher_year");
            int voucherNo = rs.getInt("voucher_no");
            String description = rs.getString("description");
            BigDecimal total = rs.getBigDecimal("total");
            Long reversesId = rs.getObject("reverses_id", Long.class);
            Long reversesSeq = rs.getObject("reverses_seq", Long.class);
            String reversalReason = rs.getString("reversal_reason");
            String batchId = rs.getString("batch_id");
            long recordedBy = rs.getLong("recorded_by");
            String recordedByName = rs.getString("recorded_by_name");
            LocalDateTime recordedAt = rs.getObject("recorded_at", LocalDateTime.class);
            String prevHash = rs.getString("prev_hash");
            String hash = rs.getString("hash");
            List<ChainContent.Line> lines = new ArrayList<>();
            do {
                if (rs.getObject("line_no") != null) {
                    lines.add(new ChainContent.Line(rs.getInt("line_no"), rs.getString("code"),
                            Side.valueOf(rs.getString("side")), rs.getBigDecimal("amount"),
                            rs.getObject("member_id", Long.class), rs.getObject("loan_id", Long.class),
                            rs.getObject("donor_id", Long.class), rs.getObject("activity_area", Integer.class)));
                }
                more = rs.next();
            } while (more && rs.getLong("seq") == seq);
            // recorded_at is kept in UTC, as the chain hashes it
            ChainContent content = new ChainContent(ledgerId, seq, valueDate, operation, voucherType, voucherYear,
                    voucherNo, description, total, reversesId, reversalReason, batchId, recordedBy, recordedByName,
                    recordedAt.toInstant(ZoneOffset.UTC), List.copyOf(lines));
            each.accept(new Entry(content, reversesSeq, prevHash, hash));
        }
    }
}
