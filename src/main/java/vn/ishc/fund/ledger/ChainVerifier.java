package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.ledger.LedgerDtos.BrokenSignOff;
import vn.ishc.fund.ledger.LedgerDtos.ChainReport;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes a ledger's hash chain from the stored entries and postings, streaming them in sequence
 * order so memory stays constant whatever the ledger's size, and names the first entry that does not
 * match: a gap or repeat in the numbering, a broken link to the previous hash, or content that no
 * longer hashes to the stored value. Finally the ledger's head must point at the last entry, and the
 * balances kept for fast reads (account totals, month and day aggregates) must equal the sums of the
 * postings (invariant 4): the first account whose kept balance differs is named. Every auditor's signed head
 * ({@link SignedCheckpoints}) is checked in the same pass (invariant 10, {@link SignOffCheck}): a change up to
 * a signed head is reported as breaking that sign-off, by the auditor's name and the date.
 */
@Singleton
class ChainVerifier {

    private static final String SQL = "SELECT e.id, e.seq, e.value_date, e.operation, e.voucher_type, e.voucher_year, "
            + "e.voucher_no, e.description, e.total, e.reverses_id, e.reversal_reason, e.batch_id, e.recorded_by, "
            + "e.recorded_by_name, e.recorded_at, e.prev_hash, e.hash, p.line_no, a.code, p.side, p.amount, "
            + "p.member_id, p.loan_id, p.donor_id, p.activity_area "
            // forced: with stale statistics on a young database the optimizer scanned all postings per entry
            + "FROM journal_entry e LEFT JOIN posting p FORCE INDEX (uk_posting_line) ON p.entry_id = e.id "
            + "LEFT JOIN account a ON a.id = p.account_id WHERE e.ledger_id = ? ORDER BY e.seq, p.line_no";

    // each kept balance minus the postings it sums must leave nothing, key by key, in both directions
    private static final String BALANCES = "SELECT a.code, x.period FROM ("
            + "SELECT 'total' AS kind, id AS account_id, NULL AS period, debit_total AS debit, credit_total AS credit "
            + "FROM account WHERE ledger_id = ?"
            + " UNION ALL SELECT 'month', account_id, month, debit, credit FROM account_month WHERE ledger_id = ?"
            + " UNION ALL SELECT 'day', account_id, day, debit, credit FROM account_day WHERE ledger_id = ?"
            + " UNION ALL " + postingSums("'total'", "NULL", "account_id")
            + " UNION ALL " + postingSums("'month'", "DATE_FORMAT(value_date, '%Y-%m-01')", "account_id, 3")
            + " UNION ALL " + postingSums("'day'", "value_date", "account_id, value_date")
            + ") x JOIN account a ON a.id = x.account_id GROUP BY x.kind, x.account_id, x.period, a.code "
            + "HAVING SUM(x.debit) <> 0 OR SUM(x.credit) <> 0 ORDER BY a.code, x.period LIMIT 1";

    private static String postingSums(String kind, String period, String groupBy) {
        return "SELECT " + kind + ", account_id, " + period + ", -SUM(IF(side = 'D', amount, 0)), "
                + "-SUM(IF(side = 'C', amount, 0)) FROM posting WHERE ledger_id = ? GROUP BY " + groupBy;
    }

    private final JdbcOperations jdbc;
    private final List<SignedCheckpoints> signed;

    public ChainVerifier(JdbcOperations jdbc, List<SignedCheckpoints> signed) {
        this.jdbc = jdbc;
        this.signed = signed;
    }

    public ChainReport verify(LedgerRow ledger) {
        long started = System.nanoTime();
        List<SignedCheckpoints.Checkpoint> checkpoints = new ArrayList<>();
        signed.forEach(s -> checkpoints.addAll(s.of(ledger.id())));
        SignOffCheck signOffs = new SignOffCheck(checkpoints);
        return jdbc.prepareStatement(SQL, ps -> {
            ps.setLong(1, ledger.id());
            ps.setFetchSize(2000); // stream rows instead of loading the ledger into memory
            try (ResultSet rs = ps.executeQuery()) {
                return walk(ledger, rs, signOffs, started);
            }
        });
    }

    /** Where the stored chain first breaks. */
    private record Break(long checked, Long seq, Long entryId, String problem) {
    }

    /**
     * One pass in sequence order. {@code chain} is the hash recomputed from the contents alone; until the
     * first break it equals every stored hash. After a break the walk goes on only while a signed head lies
     * ahead, recomputing {@code chain} to tell whether that sign-off still holds.
     */
    private ChainReport walk(LedgerRow ledger, ResultSet rs, SignOffCheck signOffs, long started)
            throws SQLException {
        String chain = ChainContent.GENESIS;
        long position = 0;
        long expectedSeq = 1;
        long checked = 0;
        Break first = null;
        signOffs.reached(0, chain);
        boolean more = rs.next();
        while (more && (first == null || signOffs.pending())) {
            long id = rs.getLong("id");
            long seq = rs.getLong("seq");
            String storedPrev = rs.getString("prev_hash");
            String storedHash = rs.getString("hash");
            Header h = header(rs);
            List<ChainContent.Line> lines = new ArrayList<>();
            do {
                if (rs.getObject("line_no") != null) {
                    lines.add(new ChainContent.Line(rs.getInt("line_no"), rs.getString("code"),
                            Side.valueOf(rs.getString("side")), rs.getBigDecimal("amount"),
                            rs.getObject("member_id", Long.class), rs.getObject("loan_id", Long.class),
                            rs.getObject("donor_id", Long.class), rs.getObject("activity_area", Integer.class)));
                }
                more = rs.next();
            } while (more && rs.getLong("id") == id);
            ChainContent content = new ChainContent(ledger.id(), seq, h.valueDate, h.operation, h.voucherType,
                    h.voucherYear, h.voucherNo, h.description, h.total, h.reversesId, h.reversalReason, h.batchId,
                    h.recordedBy, h.recordedByName, h.recordedAt.toInstant(ZoneOffset.UTC), lines);
            String previous = chain;
            chain = content.hash(previous);
            signOffs.reached(++position, chain);
            if (first != null) {
                continue;
            }
            checked++;
            if (seq != expectedSeq) {
                first = new Break(checked, expectedSeq, id, seq > expectedSeq
                        ? "entry " + expectedSeq + " is missing" : "entry number " + seq + " repeats");
            } else if (!previous.equals(storedPrev)) {
                first = new Break(checked, seq, id, "link to the previous entry is broken");
            } else if (!chain.equals(storedHash)) {
                first = new Break(checked, seq, id, "content does not match its hash");
            } else {
                expectedSeq++;
            }
        }
        if (!more) {
            signOffs.end();
        }
        if (first == null) {
            long last = expectedSeq - 1;
            if (last != ledger.lastSeq() || !chain.equals(ledger.lastHash())) {
                first = new Break(checked, last + 1, null, "the ledger head records entry " + ledger.lastSeq()
                        + " but the chain ends at " + last);
            } else if (signOffs.problem() != null) {
                // every stored hash matches, yet a signed head does not: entries were rewritten and rehashed
                first = new Break(checked, null, null,
                        "the chain no longer leads to a signed head: entries up to it were changed and rehashed");
            } else {
                String balance = firstWrongBalance(ledger.id());
                if (balance != null) {
                    first = new Break(checked, null, null, balance);
                }
            }
        }
        if (first == null) {
            return report(ledger, checked, true, null, null, null, signOffs, started);
        }
        String problem = signOffs.problem() == null ? first.problem() : first.problem() + "; " + signOffs.problem();
        return report(ledger, first.checked(), false, first.seq(), first.entryId(), problem, signOffs, started);
    }

    /** The first account whose kept balance differs from its postings, described; null if all match. */
    private String firstWrongBalance(long ledgerId) {
        return jdbc.prepareStatement(BALANCES, ps -> {
            for (int i = 1; i <= 6; i++) {
                ps.setLong(i, ledgerId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String period = rs.getString(2);
                return "the kept balance of account " + rs.getString(1)
                        + (period == null ? "" : " for " + period) + " does not equal its postings";
            }
        });
    }

    private record Header(LocalDate valueDate, String operation, String voucherType, int voucherYear, int voucherNo,
                          String description, BigDecimal total, Long reversesId, String reversalReason,
                          String batchId, long recordedBy, String recordedByName, LocalDateTime recordedAt) {
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getObject("value_date", LocalDate.class), rs.getString("operation"),
                rs.getString("voucher_type"), rs.getInt("voucher_year"), rs.getInt("voucher_no"),
                rs.getString("description"), rs.getBigDecimal("total"), rs.getObject("reverses_id", Long.class),
                rs.getString("reversal_reason"), rs.getString("batch_id"), rs.getLong("recorded_by"),
                rs.getString("recorded_by_name"), rs.getObject("recorded_at", LocalDateTime.class));
    }

    private static ChainReport report(LedgerRow ledger, long checked, boolean valid, Long seq, Long entryId,
                                      String problem, SignOffCheck signOffs, long started) {
        List<BrokenSignOff> broken = signOffs.broken().stream()
                .map(c -> new BrokenSignOff(c.reviewId(), c.seq(), c.signedBy(), c.signedOn())).toList();
        return new ChainReport(ledger.id(), checked, valid, seq, entryId, problem, ledger.lastSeq(), ledger.lastHash(),
                signOffs.checked(), broken, millis(started));
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
