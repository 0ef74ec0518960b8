package vn.ishc.fund.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.fund.PostingRules;
import vn.ishc.fund.ledger.EntryDraft;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.LedgerPoster;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Auditor export benchmark (issue: statements and auditor exports). Starts the service on a fresh embedded
 * MariaDB, fills one activity-fund ledger with N entries (fees and activity spending over a year, in-process as
 * {@link LedgerBenchmark} does), then measures and prints:
 * <ol>
 *   <li>the hledger export of the whole year over HTTP: time to the first byte and to the last, size, entries/s,
 *       and, in one more untimed download, how far the live heap grows while it streams;</li>
 *   <li>{@code hledger check --strict} and {@code hledger balance} reading it (their balances compared with the
 *       trial balance);</li>
 *   <li>the JSON Lines chain over HTTP (the same figures), and the standard-library Python script recomputing
 *       every hash.</li>
 * </ol>
 * Run: {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=vn.ishc.fund.bench.ExportBenchmark
 * [-Dbench.entries=100000 -Dbench.runs=5]}
 */
public final class ExportBenchmark {

    private static final Path OUT = Path.of("target", "bench-export");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) {
        BenchServer.main(ExportBenchmark::run);
    }

    private static void run() throws Exception {
        int size = Integer.getInteger("bench.entries", 100_000);
        int runs = Integer.getInteger("bench.runs", 5);
        Files.createDirectories(OUT);
        try (EmbeddedServer server = BenchServer.start("bench-export-db", 8)) {
            ApplicationContext ctx = server.getApplicationContext();
            BenchClient http = new BenchClient(server.getURI());
            String admin = http.login("admin", BenchServer.ADMIN_PASSWORD);
            System.out.printf("ishc-fund export benchmark — %d cores, %d entries, best and median of %d runs%n",
                    Runtime.getRuntime().availableProcessors(), size, runs);
            LedgerBenchmark.Registry reg = new LedgerBenchmark.Registry(http, admin);
            LedgerBenchmark.BenchClub club = reg.club(50, false);
            LocalDate first = fill(ctx, club, size);
            LocalDate today = BenchServer.today();
            String base = server.getURI() + "/api/v1/ledgers/" + club.af() + "/export/";

            Path journal = OUT.resolve("af.journal");
            Download hledger = measure("hledger export", base + "hledger?from=" + first + "&to=" + today, admin,
                    journal, size, runs);
            Timed check = time("hledger", "-f", journal.toString(), "check", "--strict");
            System.out.printf("hledger check --strict of it: %s, %.2f s%n", check.exit == 0 ? "passes" : "FAILS " + check.output,
                    check.seconds);
            Timed balance = time("hledger", "-f", journal.toString(), "balance", "-O", "csv");
            System.out.printf("hledger balance of it: %.2f s, %s the trial balance%n", balance.seconds,
                    sameAsTrialBalance(balance.output, http.get("/api/v1/ledgers/" + club.af() + "/trial-balance?asOf="
                            + today, admin)) ? "equal to" : "DIFFERENT FROM");

            Path chain = OUT.resolve("af.jsonl");
            measure("JSON Lines chain export", base + "jsonl", admin, chain, size, runs);
            Timed python = time("python3", "src/test/resources/export/verify_chain.py", chain.toString());
            System.out.printf("Python (standard library) recomputing the chain: %.2f s = %.0f entries/s; %s%n",
                    python.seconds, size / python.seconds, python.output.strip());
            if (check.exit != 0 || python.exit != 0 || hledger.entries != size) {
                throw new IllegalStateException("an export did not check out");
            }
        }
    }

    /** Fills the club's activity fund with fees and, every tenth entry, activity spending, spread over a year. */
    private static LocalDate fill(ApplicationContext ctx, LedgerBenchmark.BenchClub club, int size) {
        Club entity = ctx.getBean(ClubAccess.class).find(club.id()).orElseThrow();
        LedgerPoster poster = ctx.getBean(LedgerPoster.class);
        Tx tx = ctx.getBean(Tx.class);
        Caller system = new Caller(1, "admin", Role.ADMIN, null, Set.of());
        LocalDate first = BenchServer.today().minusDays(364);
        long start = System.nanoTime();
        int batch = 500;
        for (int done = 0; done < size; done += batch) {
            int from = done;
            tx.write(() -> {
                List<EntryDraft> drafts = new ArrayList<>();
                for (int i = from; i < Math.min(size, from + batch); i++) {
                    LocalDate date = first.plusDays((long) i * 365 / size);
                    drafts.add(i % 10 == 9
                            ? PostingRules.expense(Fund.AF, PostingRules.ExpenseKind.ACTIVITY, 1 + i % 8,
                                    BigDecimal.valueOf(5000), date, PostingRules.CASH, "Thăm hỏi hội viên ốm")
                            : PostingRules.fee(club.members().get(i % club.members().size()), BigDecimal.valueOf(2000),
                                    date, "Thu hội phí"));
                }
                return poster.post(system, entity, drafts);
            });
        }
        System.out.printf("Filled the activity fund with %d entries in-process: %.0f entries/s%n", size,
                size / ((System.nanoTime() - start) / 1e9));
        return first;
    }

    private record Download(long bytes, long entries, double firstByte, double seconds) {
    }

    /** Downloads an export once to warm up, then {@code runs} times; prints the best and median. */
    private static Download measure(String what, String url, String token, Path file, int size, int runs)
            throws Exception {
        download(url, token, file);
        List<Download> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(download(url, token, file));
        }
        List<Download> byTime = all.stream().sorted((a, b) -> Double.compare(a.seconds, b.seconds)).toList();
        Download best = byTime.get(0);
        Download median = byTime.get(byTime.size() / 2);
        System.out.printf("%s of %d entries (HTTP): best %.2f s, median %.2f s (first byte after %.0f ms) = %.0f entries/s; "
                        + "%.1f MB (%.1f MB/s); %d entries in the file%n", what, size, best.seconds, median.seconds,
                median.firstByte * 1000, size / median.seconds, median.bytes / 1e6, median.bytes / 1e6 / median.seconds,
                median.entries);
        System.out.printf("    live heap while it streams: at most %.1f MB above its level before (a full GC every 50 ms)%n",
                liveHeapGrowth(url, token, file) / 1e6);
        return median;
    }

    private static Download download(String url, String token, Path file) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + new String(r.body().readAllBytes()));
        }
        long bytes = 0;
        double firstByte = -1;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = r.body(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (firstByte < 0) {
                    firstByte = (System.nanoTime() - t0) / 1e9;
                }
                out.write(buffer, 0, n);
                bytes += n;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // an hledger entry is tagged "; entry:N", a chain entry is one line
        long entries;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            entries = url.contains("/hledger") ? lines.filter(l -> l.contains("; entry:")).count() : lines.count();
        }
        return new Download(bytes, entries, firstByte, seconds);
    }

    /**
     * The most the live heap grows over its level before the download while the export streams: a full
     * collection every 50 ms, the heap used after it (the service runs in this JVM). Untimed: the collections
     * slow the export down. A whole export held in memory would show as its size, twice over (UTF-16).
     */
    private static long liveHeapGrowth(String url, String token, Path file) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                memory.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        download(url, token, file);
        sampler.interrupt();
        sampler.join();
        return peak.get() - baseline;
    }

    private record Timed(int exit, String output, double seconds) {
    }

    private static Timed time(String... command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish");
        }
        return new Timed(p.exitValue(), output, (System.nanoTime() - t0) / 1e9);
    }

    /** hledger's balances (CSV) and the service's trial balance: the same non-zero balances. */
    private static boolean sameAsTrialBalance(String csv, JsonNode trialBalance) {
        Map<String, BigDecimal> shown = new HashMap<>();
        for (String row : csv.lines().skip(1).toList()) {
            String[] cells = row.substring(1, row.length() - 1).split("\",\"");
            if (!cells[0].equals("total")) {
                String leaf = cells[0].substring(cells[0].lastIndexOf(':') + 1);
                shown.put(leaf.substring(0, leaf.indexOf(' ')), new BigDecimal(cells[1].replace(" VND", "")));
            }
        }
        Map<String, BigDecimal> expected = new HashMap<>();
        for (JsonNode r : trialBalance.get("rows")) {
            BigDecimal net = r.get("debit").decimalValue().subtract(r.get("credit").decimalValue());
            if (net.signum() != 0) {
                expected.put(r.get("code").asText(), net.stripTrailingZeros());
            }
        }
        shown.replaceAll((k, v) -> v.stripTrailingZeros());
        return expected.equals(shown);
    }
}
