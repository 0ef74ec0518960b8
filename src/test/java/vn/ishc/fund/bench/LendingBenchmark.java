package vn.ishc.fund.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ishc.fund.lending.LendingDtos;
import vn.ishc.fund.lending.LendingDtos.LoanView;
import vn.ishc.fund.lending.LoanService;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.math.BigDecimal;
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
 * Lending benchmark (issue: revolving loans). Generates L loans with schedules and repayments over C
 * clubs (in-process, through the loan service), then prints: a club's aging report, a roll-up of
 * the arrears of 50 clubs holding 3,000 loans, and disbursing and repaying through the HTTP API.
 * Run: {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=vn.ishc.fund.bench.LendingBenchmark
 * [-Dbench.loans=10000 -Dbench.clubs=200]}
 */
public final class LendingBenchmark {

    public static void main(String[] args) {
        BenchServer.main(LendingBenchmark::run);
    }

    private static void run() throws Exception {
        int loanCount = Integer.getInteger("bench.loans", 10_000);
        int clubCount = Integer.getInteger("bench.clubs", 200);
        try (EmbeddedServer server = BenchServer.start("bench-lending-db", 24)) {
            ApplicationContext ctx = server.getApplicationContext();
            BenchClient http = new BenchClient(server.getURI());
            String admin = http.login("admin", BenchServer.ADMIN_PASSWORD);
            System.out.printf("ishc-fund lending benchmark — %d cores, %d loans over %d clubs%n",
                    Runtime.getRuntime().availableProcessors(), loanCount, clubCount);
            long t0 = System.nanoTime();
            long province = http.post("/api/v1/admin-units", admin, Map.of("code", "LB-P", "name", "Bench province",
                    "kind", "PROVINCE", "validFrom", "2025-07-01")).get("id").asLong();
            long focus = commune(http, admin, province, "LB-C0");
            long rest = commune(http, admin, province, "LB-C1");
            // 50 clubs hold 3,000 loans in the focus commune; the rest share what is left
            int focusClubs = Math.min(50, clubCount);
            int focusLoans = Math.min(3_000, loanCount);
            List<long[]> plan = new ArrayList<>();
            int others = Math.max(1, clubCount - focusClubs);
            for (int i = 0; i < clubCount; i++) {
                boolean inFocus = i < focusClubs;
                int j = inFocus ? i : i - focusClubs;
                // spread the loans as evenly as they divide: the first clubs take the remainder
                int loans = inFocus ? focusLoans / focusClubs + (j < focusLoans % focusClubs ? 1 : 0)
                        : (loanCount - focusLoans) / others + (j < (loanCount - focusLoans) % others ? 1 : 0);
                plan.add(new long[]{inFocus ? focus : rest, loans});
            }
            LoanService service = ctx.getBean(LoanService.class);
            Caller system = new Caller(1, "admin", Role.ADMIN, null, Set.of());
            AtomicInteger made = new AtomicInteger();
            AtomicInteger repayments = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<long[]>> clubs = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                int n = i;
                clubs.add(pool.submit(() -> generateClub(http, admin, service, system, n, plan.get(n)[0],
                        (int) plan.get(n)[1], made, repayments)));
            }
            List<long[]> clubIds = new ArrayList<>();
            for (Future<long[]> f : clubs) {
                clubIds.add(f.get());
            }
            pool.shutdown();
            System.out.printf("Generated %d loans and %d repayments over %d clubs in %.0f s%n", made.get(),
                    repayments.get(), clubIds.size(), (System.nanoTime() - t0) / 1e9);
            long club = clubIds.get(0)[0];
            String clubReport = "/api/v1/clubs/" + club + "/arrears";
            time(http, admin, clubReport, 30, "A club's aging report (" + plan.get(0)[1] + " loans, HTTP)");
            String rollUp = "/api/v1/arrears?unitId=" + focus;
            JsonNode r = http.get(rollUp, admin);
            System.out.printf("Roll-up covers %d clubs and %d loans (PAR30 %s, repayment rate %s)%n",
                    r.get("clubs").asInt(), r.get("loans").asInt(), r.get("par30").asText(), r.get("repaymentRate").asText());
            time(http, admin, rollUp, 10, "Aging roll-up of the 50 clubs (HTTP)");
            apiThroughput(http, admin, clubIds);
        }
    }

    private static long commune(BenchClient http, String admin, long province, String code) {
        return http.post("/api/v1/admin-units", admin, Map.of("code", code, "name", "Xã " + code, "kind", "COMMUNE",
                "parentId", province, "areaType", "MOUNTAINOUS", "validFrom", "2025-07-01")).get("id").asLong();
    }

    /** One club: members, funds, a product, and its loans disbursed over the past year with repayments. */
    private static long[] generateClub(BenchClient http, String admin, LoanService service, Caller system, int n,
                                       long commune, int loans, AtomicInteger made, AtomicInteger repayments) {
        LocalDate today = BenchServer.today();
        long club = http.post("/api/v1/clubs", admin, Map.of("code", "LB-CLB-" + n, "name", "CLB " + n,
                "communeId", commune, "foundedOn", "2020-01-01")).get("id").asLong();
        int memberCount = Math.max(10, loans / 3);
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            members.add(http.post("/api/v1/clubs/" + club + "/members", admin, Map.of("fullName", "Thành viên " + n + "-" + i,
                    "sex", i % 3 == 0 ? "MALE" : "FEMALE", "birthYear", 1950 + i % 30, "povertyStatus", "POOR",
                    "joinedOn", "2020-02-01")).get("id").asLong());
        }
        http.send("POST", "/api/v1/clubs/" + club + "/operations/opening-balances", admin, Map.of("fund", "IGF",
                "date", today.minusYears(1).minusDays(10).toString(), "lines",
                List.of(Map.of("accountCode", "111", "amount", 3_000_000_000L)), "donatedCapital", 3_000_000_000L), true);
        // offered since the club's founding: the loans below are dated back over the past year
        long product = http.post("/api/v1/clubs/" + club + "/loan-products", admin, Map.ofEntries(
                Map.entry("name", "Vay vốn"), Map.entry("kind", "CASH"),
                Map.entry("interestMethod", "DECLINING_EQUAL_PRINCIPAL"), Map.entry("monthlyRate", 0.008),
                Map.entry("termMonths", 12), Map.entry("penaltyKind", "FIXED_PER_INSTALMENT"),
                Map.entry("penaltyAmount", 10000), Map.entry("minAmount", 1000000), Map.entry("maxAmount", 10000000),
                Map.entry("maxOpenLoans", 5), Map.entry("offeredFrom", "2020-01-01"))).get("id").asLong();
        for (int i = 0; i < loans; i++) {
            LocalDate start = today.minusDays(20 + (long) (i * 337L % 340));
            long member = members.get(i % members.size());
            LoanView applied = service.apply(system, club, new LendingDtos.Apply(member, product,
                    BigDecimal.valueOf(2_000_000 + (i % 7) * 500_000L), "Chăn nuôi", start, null, null));
            service.approve(system, applied.id(), new LendingDtos.Approve(LendingDtos.DecisionKind.CHAIR, start, null, null, null));
            LoanView loan = service.disburse(system, applied.id(), key(), new LendingDtos.Disburse(start,
                    vn.ishc.fund.lending.Disbursement.CASH, null)).value();
            made.incrementAndGet();
            // 4 in 5 pay every instalment on its due date; the others stop after two
            int paid = 0;
            for (var inst : loan.originalSchedule()) {
                if (inst.dueDate().isAfter(today) || (i % 5 == 4 && paid == 2)) {
                    break;
                }
                service.repay(system, loan.id(), key(), new LendingDtos.Repay(inst.dueDate(),
                        inst.principal().add(inst.interest()), null));
                paid++;
                repayments.incrementAndGet();
            }
        }
        return new long[]{club, product};
    }

    private static void time(BenchClient http, String admin, String path, int runs, String label) {
        for (int i = 0; i < 3; i++) {
            http.get(path, admin);
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            http.get(path, admin);
            times[i] = System.nanoTime() - t;
        }
        System.out.printf("%s: median %.1f ms; %s%n", label, Stats.median(times), Stats.percentiles(times));
    }

    /** Disbursing and repaying through the HTTP API with 16 clients over 16 clubs. */
    private static void apiThroughput(BenchClient http, String admin, List<long[]> clubs) throws Exception {
        int clients = 16;
        int membersPerClub = 10;
        int loansPerMember = 2;
        LocalDate today = BenchServer.today();
        List<long[]> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] club = clubs.get(clubs.size() - 1 - c);
            for (int m = 0; m < membersPerClub; m++) {
                long member = http.post("/api/v1/clubs/" + club[0] + "/members", admin, Map.of("fullName", "API " + c + "-" + m,
                        "sex", "FEMALE", "birthYear", 1960, "povertyStatus", "NEAR_POOR", "joinedOn", "2020-02-01")).get("id").asLong();
                for (int i = 0; i < loansPerMember; i++) {
                    long loan = http.post("/api/v1/clubs/" + club[0] + "/loans", admin, Map.of("memberId", member,
                            "productId", club[1], "amount", 1000000, "purpose", "Bench")).get("id").asLong();
                    http.post("/api/v1/loans/" + loan + "/approve", admin, Map.of("decision", "CHAIR", "decidedOn", today.toString()));
                    work.add(new long[]{c, loan});
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[work.size() * 2];
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            jobs.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < work.size(); ) {
                    long loan = work.get(i)[1];
                    long t1 = System.nanoTime();
                    http.postMoney("/api/v1/loans/" + loan + "/disburse", admin, Map.of("date", today.toString(), "method", "CASH"));
                    latencies[2 * i] = System.nanoTime() - t1;
                    long t2 = System.nanoTime();
                    http.postMoney("/api/v1/loans/" + loan + "/repayments", admin, Map.of("date", today.toString(), "amount", 100000));
                    latencies[2 * i + 1] = System.nanoTime() - t2;
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("API: %d disbursements and %d repayments, %d clients: %.0f entries/s; %s%n", work.size(),
                work.size(), clients, 2 * work.size() / seconds, Stats.percentiles(latencies));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
