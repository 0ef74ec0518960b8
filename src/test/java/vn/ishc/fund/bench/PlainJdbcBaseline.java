package vn.ishc.fund.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database alone does on this machine: the rows of a fee entry inserted by plain JDBC, one
 * transaction per entry, C threads each on its own ledger (the API serialises a ledger's writers on
 * its lock). Three ways, from the least to the most the API actually writes:
 * <ol>
 *   <li>the entry and its two postings;</li>
 *   <li>every row the API writes: besides, the two accounts' balance aggregates (totals, month, day),
 *       the ledger's new chain head and the idempotency key with its stored answer (an answer the API
 *       stored, so of the same size), one statement per table as plain JDBC code sends them;</li>
 *   <li>the same rows with every statement and the COMMIT sent as one round trip: the least the
 *       database can be asked to do for an entry in a transaction of its own.</li>
 * </ol>
 */
final class PlainJdbcBaseline {

    private static final String HASH = "b".repeat(64);
    private static final String ENTRY = "INSERT INTO journal_entry (ledger_id, seq, value_date, operation, voucher_type, "
            + "voucher_year, voucher_no, description, total, recorded_by, recorded_by_name, recorded_at, prev_hash, hash) "
            + "VALUES (?, ?, CURDATE(), 'MEMBER_FEE', 'PT', 2026, ?, 'Thu hội phí', 2000, 1, 'bench', ?, ?, ?)";
    private static final String POSTINGS = "INSERT INTO posting (entry_id, line_no, ledger_id, account_id, value_date, "
            + "side, amount) VALUES (?, 1, ?, ?, CURDATE(), 'D', 2000), (?, 2, ?, ?, CURDATE(), 'C', 2000)";
    private static final String TOTALS = "UPDATE account SET debit_total = debit_total + IF(id = ?, 2000, 0), "
            + "credit_total = credit_total + IF(id = ?, 2000, 0) WHERE id IN (?, ?)";
    private static final String PERIOD = "INSERT INTO %s (ledger_id, account_id, %s, debit, credit) VALUES "
            + "(?, ?, %s, 2000, 0), (?, ?, %3$s, 0, 2000) "
            + "ON DUPLICATE KEY UPDATE debit = debit + VALUE(debit), credit = credit + VALUE(credit)";
    private static final String MONTH = String.format(PERIOD, "account_month", "month", "DATE_FORMAT(CURDATE(), '%Y-%m-01')");
    private static final String DAY = String.format(PERIOD, "account_day", "day", "CURDATE()");
    private static final String HEAD = "UPDATE ledger SET last_seq = ?, last_hash = ? WHERE id = ?";
    private static final String KEY = "INSERT INTO idempotency_key (user_id, idem_key, request_hash, status, response) "
            + "VALUES (1, ?, ?, 200, ?)";

    enum Rows {
        ENTRY_AND_POSTINGS("entry and postings"),
        EVERY_ROW("every row the API writes"),
        EVERY_ROW_ONE_TRIP("every row the API writes, one round trip");

        final String label;

        Rows(String label) {
            this.label = label;
        }
    }

    private final DataSource ds;
    private final List<Long> ledgers;
    private final Map<Long, Long[]> accounts = new LinkedHashMap<>();
    private final Map<Long, AtomicLong> seqs = new LinkedHashMap<>();
    private final String answer;

    PlainJdbcBaseline(DataSource ds, List<Long> ledgers) throws SQLException {
        this.ds = ds;
        this.ledgers = ledgers;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (long ledger : ledgers) {
                Long[] ids = new Long[2];
                try (ResultSet rs = s.executeQuery("SELECT code, id FROM account WHERE ledger_id = " + ledger
                        + " AND code IN ('111', '711') ORDER BY code")) {
                    rs.next();
                    ids[0] = rs.getLong(2);
                    rs.next();
                    ids[1] = rs.getLong(2);
                }
                accounts.put(ledger, ids);
                seqs.put(ledger, new AtomicLong());
            }
            try (ResultSet rs = s.executeQuery("SELECT response FROM idempotency_key WHERE response IS NOT NULL LIMIT 1")) {
                answer = rs.next() ? rs.getString(1) : "{}";
            }
        }
    }

    /** Inserts the rows of N entries with C threads; prints and returns entries per second. */
    double run(Rows rows, int entries, int clients) throws Exception {
        String run = "j" + System.nanoTime() + "-";
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[entries];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CpuMeter cpu = new CpuMeter();
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            long ledger = ledgers.get(t % ledgers.size());
            jobs.add(pool.submit(() -> {
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    for (int i; (i = next.getAndIncrement()) < entries; ) {
                        long seq = seqs.get(ledger).incrementAndGet();
                        long t0 = System.nanoTime();
                        if (rows == Rows.EVERY_ROW_ONE_TRIP) {
                            oneTrip(c, ledger, seq, run + i);
                        } else {
                            statementByStatement(c, ledger, seq, run + i, rows == Rows.EVERY_ROW);
                            c.commit();
                        }
                        latencies[i] = System.nanoTime() - t0;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        double rate = entries / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        System.out.printf("Plain JDBC, %s: %d entries, %d threads: %.0f entries/s; %s%n    %s%n", rows.label, entries,
                clients, rate, Stats.percentiles(latencies), cpu.perUnit(entries, "entry"));
        return rate;
    }

    private void statementByStatement(Connection c, long ledger, long seq, String key, boolean everyRow)
            throws SQLException {
        Long[] acc = accounts.get(ledger);
        long id;
        try (PreparedStatement ps = c.prepareStatement(ENTRY, Statement.RETURN_GENERATED_KEYS)) {
            bindEntry(ps, 1, ledger, seq);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        execute(c, POSTINGS, id, ledger, acc[0], id, ledger, acc[1]);
        if (everyRow) {
            execute(c, TOTALS, acc[0], acc[1], acc[0], acc[1]);
            execute(c, MONTH, ledger, acc[0], ledger, acc[1]);
            execute(c, DAY, ledger, acc[0], ledger, acc[1]);
            execute(c, HEAD, seq, HASH, ledger);
            execute(c, KEY, key, HASH, answer);
        }
    }

    private void oneTrip(Connection c, long ledger, long seq, String key) throws SQLException {
        Long[] acc = accounts.get(ledger);
        // the postings take the entry's id from LAST_INSERT_ID(), as the service's own write does
        String postings = POSTINGS.replace("(?, 1,", "(LAST_INSERT_ID(), 1,").replace("(?, 2,", "(LAST_INSERT_ID(), 2,");
        String sql = String.join(";", ENTRY, postings, TOTALS, MONTH, DAY, HEAD, KEY, "COMMIT");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = bindEntry(ps, 1, ledger, seq);
            for (Object v : new Object[] {ledger, acc[0], ledger, acc[1], acc[0], acc[1], acc[0], acc[1],
                    ledger, acc[0], ledger, acc[1], ledger, acc[0], ledger, acc[1], seq, HASH, ledger, key, HASH, answer}) {
                ps.setObject(p++, v);
            }
            for (boolean rs = ps.execute(); rs || ps.getUpdateCount() != -1; rs = ps.getMoreResults()) {
                // read every result: the last tells the driver the transaction is over
            }
        }
    }

    private static int bindEntry(PreparedStatement ps, int p, long ledger, long seq) throws SQLException {
        ps.setLong(p++, ledger);
        ps.setLong(p++, seq);
        ps.setLong(p++, seq);
        ps.setObject(p++, LocalDateTime.now());
        ps.setString(p++, HASH);
        ps.setString(p++, HASH);
        return p;
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
