package vn.ishc.fund.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.fund.PostingRules;
import vn.ishc.fund.ledger.EntryDraft;
import vn.ishc.fund.ledger.LedgerPoster;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ledger benchmark (issue: double-entry ledgers). Starts the service on a fresh embedded MariaDB with
 * durable commits, then measures and prints:
 * <ol>
 *   <li>N fee entries posted through the HTTP API by C concurrent clients over K clubs: entries/s and
 *       p50/p95/p99 latency;</li>
 *   <li>the same rows inserted by plain JDBC with C threads, one transaction per entry, three ways
 *       ({@link PlainJdbcBaseline}): entries/s, and the API's ratio to each;</li>
 *   <li>trial balance and chain verification of one ledger holding B entries;</li>
 *   <li>a meeting batch of 70 members.</li>
 * </ol>
 * Run: {@code ./mvnw -Pbench test-compile exec:java [-Dbench.entries=40000 -Dbench.warmup=40000
 * -Dbench.clients=32 -Dbench.clubs=16 -Dbench.big=100000]}
 */
public final class LedgerBenchmark {

    public static void main(String[] args) {
        BenchServer.main(LedgerBenchmark::run);
    }

    private static void run() throws Exception {
        int entries = Integer.getInteger("bench.entries", 40_000);
        int clients = Integer.getInteger("bench.clients", 32);
        int clubs = Integer.getInteger("bench.clubs", 16);
        int big = Integer.getInteger("bench.big", 100_000);
        // the first seconds of a fresh JVM compile code rather than serve: measure after they pass
        int warmup = Integer.getInteger("bench.warmup", 40_000);
        try (EmbeddedServer server = BenchServer.start("bench-db", clients + 8)) {
            ApplicationContext ctx = server.getApplicationContext();
            DataSource raw = DelegatingDataSource.unwrapDataSource(ctx.getBean(DataSource.class));
            BenchClient http = new BenchClient(server.getURI());
            String admin = http.login("admin", BenchServer.ADMIN_PASSWORD);
            System.out.printf("ishc-fund ledger benchmark — %d cores, %s, innodb_flush_log_at_trx_commit=%s%n",
                    Runtime.getRuntime().availableProcessors(), version(raw), variable(raw, "innodb_flush_log_at_trx_commit"));
            Registry reg = new Registry(http, admin);
            List<BenchClub> apiClubs = new ArrayList<>();
            for (int i = 0; i < clubs; i++) {
                apiClubs.add(reg.club(3, true));
            }
            postThroughApi(http, apiClubs, warmup, clients, false);
            double apiRate = postThroughApi(http, apiClubs, entries, clients, true);
            List<Long> jdbcLedgers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                jdbcLedgers.add(reg.club(0, false).af);
            }
            PlainJdbcBaseline baseline = new PlainJdbcBaseline(raw, jdbcLedgers);
            Map<PlainJdbcBaseline.Rows, Double> rates = new LinkedHashMap<>();
            for (PlainJdbcBaseline.Rows rows : PlainJdbcBaseline.Rows.values()) {
                rates.put(rows, baseline.run(rows, entries, clients));
            }
            rates.forEach((rows, rate) -> System.out.printf("  API / plain JDBC (%s) = %.2f%n", rows.label, apiRate / rate));
            bigLedger(ctx, http, reg, admin, big);
            meeting(http, reg);
        }
    }

    /** A club made for the benchmark, with members and a treasurer's token. */
    record BenchClub(long id, long igf, long af, List<Long> members, String token) {
    }

    /** Builds the registry the benchmark posts to, through the API as ADMIN. */
    static final class Registry {
        private final BenchClient http;
        private final String admin;
        private final long commune;
        private final AtomicInteger seq = new AtomicInteger();

        Registry(BenchClient http, String admin) {
            this.http = http;
            this.admin = admin;
            long province = http.post("/api/v1/admin-units", admin, Map.of("code", "B-P", "name", "Bench province",
                    "kind", "PROVINCE", "validFrom", "2025-07-01")).get("id").asLong();
            commune = http.post("/api/v1/admin-units", admin, Map.of("code", "B-C", "name", "Bench commune",
                    "kind", "COMMUNE", "parentId", province, "areaType", "PLAINS", "validFrom", "2025-07-01")).get("id").asLong();
        }

        BenchClub club(int members, boolean treasurer) {
            int n = seq.incrementAndGet();
            long club = http.post("/api/v1/clubs", admin, Map.of("code", "B-CLB-" + n, "name", "Bench club " + n,
                    "communeId", commune, "foundedOn", "2020-01-01")).get("id").asLong();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                ids.add(http.post("/api/v1/clubs/" + club + "/members", admin, Map.of("fullName", "Thành viên " + n + "-" + i,
                        "sex", "FEMALE", "birthYear", 1955, "povertyStatus", "POOR", "joinedOn", "2020-02-01")).get("id").asLong());
            }
            String token = null;
            if (treasurer) {
                http.post("/api/v1/users", admin, Map.of("username", "bench.t" + n, "password", "bench-password",
                        "role", "TREASURER", "clubIds", List.of(club)));
                token = http.login("bench.t" + n, "bench-password");
            }
            JsonNode ledgers = http.get("/api/v1/clubs/" + club + "/ledgers", admin);
            return new BenchClub(club, ledgers.get(0).get("id").asLong(), ledgers.get(1).get("id").asLong(), ids, token);
        }
    }

    static double postThroughApi(BenchClient http, List<BenchClub> clubs, int entries, int clients, boolean report)
            throws Exception {
        long[] latencies = new long[entries];
        AtomicInteger next = new AtomicInteger();
        String today = BenchServer.today().toString();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CpuMeter cpu = new CpuMeter();
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            jobs.add(pool.submit(() -> {
                try (KeepAliveClient client = new KeepAliveClient(http.base())) {
                    for (int i; (i = next.getAndIncrement()) < entries; ) {
                        BenchClub c = clubs.get(i % clubs.size());
                        String body = "{\"memberId\":" + c.members().get(i % c.members().size())
                                + ",\"amount\":2000,\"date\":\"" + today + "\"}";
                        long t0 = System.nanoTime();
                        int status = client.postMoney("/api/v1/clubs/" + c.id() + "/operations/fee", c.token(), body);
                        latencies[i] = System.nanoTime() - t0;
                        if (status != 201) {
                            throw new IllegalStateException("HTTP " + status);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double rate = entries / seconds;
        if (report) {
            System.out.printf("API: %d entries, %d clients, %d clubs: %.0f entries/s; %s%n    %s%n", entries, clients,
                    clubs.size(), rate, Stats.percentiles(latencies), cpu.perUnit(entries, "entry"));
        }
        return rate;
    }

    /** Fills one ledger with {@code size} entries in-process, then times trial balance and chain verification over HTTP. */
    static void bigLedger(ApplicationContext ctx, BenchClient http, Registry reg, String admin, int size) {
        BenchClub club = reg.club(50, false);
        Club entity = ctx.getBean(ClubAccess.class).find(club.id()).orElseThrow();
        LedgerPoster poster = ctx.getBean(LedgerPoster.class);
        Tx tx = ctx.getBean(Tx.class);
        Caller system = new Caller(1, "admin", Role.ADMIN, null, Set.of());
        long start = System.nanoTime();
        int batch = 500;
        LocalDate first = BenchServer.today().minusDays(364);
        for (int done = 0; done < size; done += batch) {
            int from = done;
            tx.write(() -> {
                List<EntryDraft> drafts = new ArrayList<>();
                for (int i = from; i < Math.min(size, from + batch); i++) {
                    // spread over a year so the aggregates have many months and days
                    drafts.add(PostingRules.fee(club.members().get(i % club.members().size()), BigDecimal.valueOf(2000),
                            first.plusDays((long) i * 365 / size), "Thu hội phí"));
                }
                return poster.post(system, entity, drafts);
            });
        }
        System.out.printf("Filled a ledger with %d entries in-process: %.0f entries/s%n", size,
                size / ((System.nanoTime() - start) / 1e9));
        String tb = "/api/v1/ledgers/" + club.af() + "/trial-balance?asOf=" + BenchServer.today().minusDays(100);
        for (int i = 0; i < 5; i++) {
            http.get(tb, admin);
        }
        long[] times = new long[30];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            JsonNode r = http.get(tb, admin);
            times[i] = System.nanoTime() - t0;
            if (!r.get("balanced").asBoolean()) {
                throw new IllegalStateException("trial balance does not balance");
            }
        }
        System.out.printf("Trial balance of a %d-entry ledger (HTTP, at a past date): median %.1f ms; %s%n", size,
                Stats.median(times), Stats.percentiles(times));
        long[] verify = new long[3];
        JsonNode report = null;
        for (int i = 0; i < verify.length; i++) {
            long t0 = System.nanoTime();
            report = http.get("/api/v1/ledgers/" + club.af() + "/verify", admin);
            verify[i] = System.nanoTime() - t0;
        }
        if (!report.get("valid").asBoolean()) {
            throw new IllegalStateException("chain does not verify: " + report);
        }
        System.out.printf("Chain verification of %d entries (HTTP): median %.0f ms = %.0f entries/s%n", size,
                Stats.median(verify), size / (Stats.median(verify) / 1000));
    }

    static void meeting(BenchClient http, Registry reg) {
        BenchClub club = reg.club(70, true);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (long m : club.members()) {
            lines.add(Map.of("memberId", m, "fee", 3000, "contribution", 20000));
        }
        Map<String, Object> body = Map.of("date", BenchServer.today().toString(), "lines", lines);
        String path = "/api/v1/clubs/" + club.id() + "/operations/meeting";
        for (int i = 0; i < 3; i++) {
            http.postMoney(path, club.token(), body);
        }
        long[] times = new long[20];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            http.postMoney(path, club.token(), body);
            times[i] = System.nanoTime() - t0;
        }
        System.out.printf("Meeting batch of 70 members (2 entries, 142 postings): median %.1f ms; %s%n",
                Stats.median(times), Stats.percentiles(times));
    }

    private static String variable(DataSource ds, String name) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@" + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String version(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return "MariaDB " + rs.getString(1);
        }
    }
}
