package vn.ishc.fund.monitoring;

import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Two provinces for the monitoring tests, built through the API (Y is this year):
 * <pre>
 * province P ─ commune C1 (plains, villages V1 and V2) ─ club K1 (2020, in V1): F Y-70 poor, F Y-62, M Y-57 near-poor, F Y-30;
 *            │                                          board: 1 chair (initial 2024, refresher this year),
 *            │                                          2 treasurer (initial 2024 only); IGF 60,000,000 a year ago;
 *            │                                          loans: 2,000,000 to 4 twenty days ago, 1,000,000 to 3
 *            │                                          a hundred days ago, never repaid (over 30 days late)
 *            └ commune C2 (mountainous, village V3) ─ club K2 (2025-03-01, no village): M Y-40 poor, F Y-80 disadvantaged
 * province Q ─ commune C3 ─ club K3 (2020): F Y-65 poor, F Y-66 poor, M Y-20
 * </pre>
 * C3 was merged into C1 after 2025-12-31: K3 counts under C1 and P since, under C3 and Q up to then.
 * Users: officers of P and Q, an auditor of C1, the chair and treasurer of K1.
 */
final class MonitoringWorld {

    static final LocalDate MERGED = LocalDate.of(2025, 12, 31);
    static final LocalDate BEFORE_MERGER = LocalDate.of(2025, 12, 1);

    final LocalDate today = Dates.today();
    final int year = today.getYear();
    final long p = Fixtures.province();
    final long q = Fixtures.province();
    final long c1 = Fixtures.commune(p, "PLAINS");
    final long c2 = Fixtures.commune(p, "MOUNTAINOUS");
    final long c3 = Fixtures.commune(q, "PLAINS");
    final long village = Fixtures.village(c1);
    final long village2 = Fixtures.village(c1);
    final long village3 = Fixtures.village(c2);
    final long k1 = clubIn(c1, village);
    final long k2 = Fixtures.club(c2, LocalDate.of(2025, 3, 1));
    final long k3 = Fixtures.club(c3, LocalDate.of(2020, 1, 1));
    final String officerP;
    final String officerQ;
    final String auditorC1;
    final String chairK1;
    final String treasurerK1;

    MonitoringWorld() {
        long m1 = Fixtures.member(k1, "Lò Thị " + Fixtures.unique("A"), "FEMALE", year - 70, "POOR");
        long m2 = Fixtures.member(k1, "Hà Thị " + Fixtures.unique("B"), "FEMALE", year - 62, "NONE");
        long m3 = Fixtures.member(k1, "Lò Văn " + Fixtures.unique("C"), "MALE", year - 57, "NEAR_POOR");
        long m4 = Fixtures.member(k1, "Vi Thị " + Fixtures.unique("D"), "FEMALE", year - 30, "NONE");
        LocalDate k2Founded = LocalDate.of(2025, 3, 1);
        Fixtures.member(k2, "Nông Văn " + Fixtures.unique("E"), "MALE", year - 40, "POOR", k2Founded);
        Fixtures.member(k2, "Nông Thị " + Fixtures.unique("F"), "FEMALE", year - 80, "DISADVANTAGED", k2Founded);
        Fixtures.member(k3, "Đinh Thị " + Fixtures.unique("G"), "FEMALE", year - 65, "POOR");
        Fixtures.member(k3, "Đinh Thị " + Fixtures.unique("H"), "FEMALE", year - 66, "POOR");
        Fixtures.member(k3, "Đinh Văn " + Fixtures.unique("I"), "MALE", year - 20, "NONE");

        Api admin = Fixtures.admin();
        admin.post("/api/v1/clubs/" + k1 + "/board", Map.of("memberId", m1, "role", "CHAIR", "termStart", "2024-01-01")).expect(201);
        admin.post("/api/v1/clubs/" + k1 + "/board", Map.of("memberId", m2, "role", "TREASURER", "termStart", "2024-01-01")).expect(201);
        admin.post("/api/v1/clubs/" + k1 + "/trainings", Map.of("memberId", m1, "kind", "INITIAL", "trainedOn", "2024-02-01")).expect(201);
        admin.post("/api/v1/clubs/" + k1 + "/trainings", Map.of("memberId", m1, "kind", "REFRESHER",
                "trainedOn", today.withDayOfYear(1).toString())).expect(201);
        admin.post("/api/v1/clubs/" + k1 + "/trainings", Map.of("memberId", m2, "kind", "INITIAL", "trainedOn", "2024-02-01")).expect(201);

        Money.post(admin, "/api/v1/clubs/" + k1 + "/operations/opening-balances", Map.of("fund", "IGF", "date",
                today.minusYears(1).toString(), "lines", List.of(Map.of("accountCode", "111", "amount", 60_000_000)),
                "donatedCapital", 60_000_000)).expect(201);
        long product = admin.post("/api/v1/clubs/" + k1 + "/loan-products", Map.of("name", "Vay", "kind", "CASH",
                "interestMethod", "DECLINING_EQUAL_PRINCIPAL", "monthlyRate", 0.01, "termMonths", 6,
                "minAmount", 500000, "maxAmount", 10000000, "offeredFrom", "2020-01-01")).expect(201).id();
        loan(admin, product, m4, 2_000_000, today.minusDays(20));
        loan(admin, product, m3, 1_000_000, today.minusDays(100));

        admin.post("/api/v1/admin-units/" + c3 + "/merge", Map.of("successorId", c1, "validTo", MERGED.toString())).expect(200);

        officerP = Fixtures.user("PROVINCE_OFFICER", p, null);
        officerQ = Fixtures.user("PROVINCE_OFFICER", q, null);
        auditorC1 = Fixtures.user("AUDITOR", c1, null);
        chairK1 = Fixtures.user("CHAIR", null, List.of(k1));
        treasurerK1 = Fixtures.user("TREASURER", null, List.of(k1));
    }

    /** A club founded in 2020 in a village. */
    private static long clubIn(long commune, long village) {
        return Fixtures.admin().post("/api/v1/clubs", Map.of("code", Fixtures.unique("CLB"), "name", "CLB Liên thế hệ "
                + Fixtures.unique("N"), "communeId", commune, "villageId", village, "foundedOn", "2020-01-01",
                "meetingDay", 15)).expect(201).id();
    }

    private void loan(Api admin, long product, long member, long amount, LocalDate on) {
        long loan = admin.post("/api/v1/clubs/" + k1 + "/loans", Map.of("memberId", member, "productId", product,
                "amount", amount, "purpose", "Nuôi gà", "appliedOn", on.toString())).expect(201).id();
        admin.post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "CHAIR", "decidedOn", on.toString())).expect(200);
        Money.post(admin, "/api/v1/loans/" + loan + "/disburse", Map.of("date", on.toString(), "method", "CASH")).expect(201);
    }

    static Api as(String token) {
        return TestApp.api().as(token);
    }
}
