package vn.ishc.fund.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import vn.ishc.fund.club.BulkRegistry;
import vn.ishc.fund.club.PovertyStatus;
import vn.ishc.fund.club.Sex;
import vn.ishc.fund.lending.Disbursement;
import vn.ishc.fund.lending.LendingDtos;
import vn.ishc.fund.lending.LendingDtos.LoanView;
import vn.ishc.fund.lending.LoanService;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Club summary benchmark (issue: statements). Generates C clubs over communes of one province, each with
 * M members (registered in bulk), opening balances and L loans disbursed over the past year with their
 * repayments (through the loan service), then times the province's club summary through the HTTP API
 * in PDF, XLSX and CSV, and the arrears roll-up it shares its loan figures with.
 * Run: {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=vn.ishc.fund.bench.SummaryBenchmark
 * [-Dbench.clubs=500 -Dbench.members=20 -Dbench.loans=6 -Dbench.communes=25]}
 */
public final class SummaryBenchmark {

    public static void main(String[] args) {
        BenchServer.main(SummaryBenchmark::run);
    }

    private static void run() throws Exception {
        int clubCount = Integer.getInteger("bench.clubs", 500);
        int memberCount = Integer.getInteger("bench.members", 20);
        int loanCount = Integer.getInteger("bench.loans", 6);
        int communeCount = Integer.getInteger("bench.communes", 25);
        try (EmbeddedServer server = BenchServer.start("bench-summary-db", 24)) {
            ApplicationContext ctx = server.getApplicationContext();
            BenchClient http = new BenchClient(server.getURI());
            String admin = http.login("admin", BenchServer.ADMIN_PASSWORD);
            System.out.printf("ishc-fund club summary benchmark — %d cores, %d clubs over %d communes, %d members "
                    + "and %d loans each%n", Runtime.getRuntime().availableProcessors(), clubCount, communeCount,
                    memberCount, loanCount);
            long t0 = System.nanoTime();
            long province = http.post("/api/v1/admin-units", admin, Map.of("code", "SB-P", "name", "Tỉnh Bench",
                    "kind", "PROVINCE", "validFrom", "2025-07-01")).get("id").asLong();
            List<Long> communes = new ArrayList<>();
            for (int i = 0; i < communeCount; i++) {
                communes.add(http.post("/api/v1/admin-units", admin, Map.of("code", "SB-C" + i, "name", "Xã Bench " + i,
                        "kind", "COMMUNE", "parentId", province, "areaType", "MOUNTAINOUS", "validFrom", "2025-07-01"))
                        .get("id").asLong());
            }
            Generator gen = new Generator(http, admin, ctx, memberCount, loanCount);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < clubCount; i++) {
                int n = i;
                jobs.add(pool.submit(() -> gen.club(n, communes.get(n % communes.size()))));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
            pool.shutdown();
            System.out.printf("Generated %d clubs, %d members, %d loans and %d repayments in %.0f s%n", clubCount,
                    clubCount * memberCount, gen.loans.get(), gen.repayments.get(), (System.nanoTime() - t0) / 1e9);
            String summary = "/api/v1/admin-units/" + province + "/statements/club-summary";
            byte[] pdf = http.download(summary, admin);
            java.nio.file.Path kept = java.nio.file.Path.of("target", "statements", "club-summary-bench.pdf");
            java.nio.file.Files.createDirectories(kept.getParent());
            java.nio.file.Files.write(kept, pdf);
            System.out.printf("Club summary PDF: %d bytes, %d pages (kept in %s)%n", pdf.length, pages(pdf), kept);
            time(http, admin, summary, 10, "Club summary of the province, PDF (HTTP)");
            time(http, admin, summary + "?format=xlsx", 10, "Club summary of the province, XLSX (HTTP)");
            time(http, admin, summary + "?format=csv", 10, "Club summary of the province, CSV (HTTP)");
            JsonNode r = http.get("/api/v1/arrears?unitId=" + province, admin);
            System.out.printf("Roll-up: %d clubs with loans, %d loans, PAR30 %s%n", r.get("clubs").asInt(),
                    r.get("loans").asInt(), r.get("par30").asText());
            time(http, admin, "/api/v1/arrears?unitId=" + province, 10, "Arrears roll-up of the province (HTTP, JSON)");
        }
    }

    private static int pages(byte[] pdf) {
        String s = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        return s.split("/Type\\s*/Page[^s]", -1).length - 1;
    }

    private static void time(BenchClient http, String admin, String path, int runs, String label) {
        for (int i = 0; i < 3; i++) {
            http.download(path, admin);
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            http.download(path, admin);
            times[i] = System.nanoTime() - t;
        }
        System.out.printf("%s: median %.0f ms; %s%n", label, Stats.median(times), Stats.percentiles(times));
    }

    /** One club at a time: over HTTP what the API does quickly, in-process what would take thousands of requests. */
    private static final class Generator {
        private final BenchClient http;
        private final String admin;
        private final BulkRegistry registry;
        private final TransactionOperations<Connection> tx;
        private final LoanService service;
        private final Caller system = new Caller(1, "admin", Role.ADMIN, null, Set.of());
        private final int memberCount;
        private final int loanCount;
        final AtomicInteger loans = new AtomicInteger();
        final AtomicInteger repayments = new AtomicInteger();

        @SuppressWarnings("unchecked")
        Generator(BenchClient http, String admin, ApplicationContext ctx, int memberCount, int loanCount) {
            this.http = http;
            this.admin = admin;
            this.registry = ctx.getBean(BulkRegistry.class);
            this.tx = ctx.getBean(TransactionOperations.class);
            this.service = ctx.getBean(LoanService.class);
            this.memberCount = memberCount;
            this.loanCount = loanCount;
        }

        void club(int n, long commune) {
            LocalDate today = BenchServer.today();
            long club = http.post("/api/v1/clubs", admin, Map.of("code", "SB-CLB-" + n, "name", "CLB Liên thế hệ " + n,
                    "communeId", commune, "foundedOn", "2020-01-01")).get("id").asLong();
            List<BulkRegistry.NewMember> people = new ArrayList<>();
            for (int i = 0; i < memberCount; i++) {
                people.add(new BulkRegistry.NewMember("Thành viên " + n + "-" + i, i % 3 == 0 ? Sex.MALE : Sex.FEMALE,
                        1945 + (i * 7 + n) % 40, PovertyStatus.values()[(i + n) % PovertyStatus.values().length], "Kinh",
                        null, null, LocalDate.of(2020, 2, 1)));
            }
            List<Long> members = tx.executeWrite(status -> registry.addMembers(club, people));
            http.send("POST", "/api/v1/clubs/" + club + "/operations/opening-balances", admin, Map.of("fund", "IGF",
                    "date", today.minusYears(1).minusDays(10).toString(), "lines",
                    List.of(Map.of("accountCode", "111", "amount", 500_000_000L)), "donatedCapital", 500_000_000L), true);
            long product = http.post("/api/v1/clubs/" + club + "/loan-products", admin, Map.ofEntries(
                    Map.entry("name", "Vay vốn"), Map.entry("kind", "CASH"),
                    Map.entry("interestMethod", "DECLINING_EQUAL_PRINCIPAL"), Map.entry("monthlyRate", 0.008),
                    Map.entry("termMonths", 12), Map.entry("minAmount", 1000000), Map.entry("maxAmount", 10000000),
                    Map.entry("maxOpenLoans", 5), Map.entry("offeredFrom", "2020-01-01"))).get("id").asLong();
            for (int i = 0; i < loanCount; i++) {
                LocalDate start = today.minusDays(20 + (long) ((i * 97L + n * 13L) % 340));
                LoanView applied = service.apply(system, club, new LendingDtos.Apply(members.get(i % members.size()),
                        product, BigDecimal.valueOf(2_000_000 + (i % 5) * 500_000L), "Chăn nuôi", start, null, null));
                service.approve(system, applied.id(), new LendingDtos.Approve(LendingDtos.DecisionKind.CHAIR, start,
                        null, null, null));
                LoanView loan = service.disburse(system, applied.id(), UUID.randomUUID().toString(),
                        new LendingDtos.Disburse(start, Disbursement.CASH, null)).value();
                loans.incrementAndGet();
                // 3 in 4 pay every instalment on its due date; the others stop after two
                int paid = 0;
                for (var inst : loan.originalSchedule()) {
                    if (inst.dueDate().isAfter(today) || ((i + n) % 4 == 3 && paid == 2)) {
                        break;
                    }
                    service.repay(system, loan.id(), UUID.randomUUID().toString(), new LendingDtos.Repay(inst.dueDate(),
                            inst.principal().add(inst.interest()), null));
                    paid++;
                    repayments.incrementAndGet();
                }
            }
        }
    }
}
