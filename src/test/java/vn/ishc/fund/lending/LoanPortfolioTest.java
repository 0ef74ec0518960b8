package vn.ishc.fund.lending;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Goods lent, late payments and arrears, disaster relief, write-off and recovery, the queue, statements, scope. */
class LoanPortfolioTest {

    private static ClubBooks funded(int members, long cash) {
        ClubBooks b = new ClubBooks(members, LocalDate.of(2020, 1, 1));
        b.op("opening-balances", Map.of("fund", "IGF", "date", vn.ishc.fund.support.Dates.today().minusYears(1).toString(), "lines",
                List.of(Map.of("accountCode", "111", "amount", cash)), "donatedCapital", cash)).expect(201);
        return b;
    }

    @Test
    void aPigletLentFromDonatedGoods() {
        ClubBooks b = funded(2, 1000000);
        Lending l = new Lending(b);
        LocalDate day = vn.ishc.fund.support.Dates.today().minusDays(20);
        long donor = b.asTreasurer().post("/api/v1/clubs/" + b.club + "/donors", Map.of("name", "Dự án HelpAge", "kind", "NGO"))
                .expect(201).id();
        b.op("donation", Map.of("donorId", donor, "purpose", "CAPITAL", "form", "IN_KIND", "item", "2 con lợn giống",
                "amount", 3000000, "date", day.toString())).expect(201);
        long product = l.product(Map.of("kind", "IN_KIND", "interestMethod", "NO_INTEREST", "monthlyRate", 0,
                "termMonths", 10, "frequency", "AT_MATURITY"));
        b.asTreasurer().post("/api/v1/clubs/" + b.club + "/loans", Map.of("memberId", b.member(0), "productId", product,
                "amount", 1500000, "purpose", "Nuôi lợn nái")).expectProblem(400, "item", "required");
        long loan = b.asTreasurer().post("/api/v1/clubs/" + b.club + "/loans", Map.of("memberId", b.member(0),
                "productId", product, "amount", 1500000, "purpose", "Nuôi lợn nái", "item", "Lợn giống", "quantity", 1,
                "appliedOn", day.toString())).expect(201).id();
        l.approve(loan, day).expect(200);
        l.disburse(loan, day, "CASH").expectProblem(422, "method", "disbursement-kind");
        JsonNode out = l.disburse(loan, day, "IN_KIND_FROM_STOCK").expect(201).json();
        assertEquals("IN_KIND_FROM_STOCK", out.get("disbursementMethod").asText());
        assertEquals(1, out.get("schedule").size());
        assertEquals(0, BigDecimal.valueOf(1500000).compareTo(b.net(b.igf, "156")));
        l.checkLoan(loan);
        // more goods than the fund holds
        long second = b.asTreasurer().post("/api/v1/clubs/" + b.club + "/loans", Map.of("memberId", b.member(1),
                "productId", product, "amount", 2000000, "purpose", "x", "item", "Bê", "appliedOn", day.toString())).expect(201).id();
        l.approve(second, day).expect(200);
        l.disburse(second, day, "IN_KIND_FROM_STOCK").expectProblem(422, "amount", "above-available");
    }

    @Test
    void latePaymentsShowInTheArrearsWithPenalties() {
        ClubBooks b = funded(4, 30000000);
        Lending l = new Lending(b);
        long product = l.product(Map.of("termMonths", 6, "penaltyKind", "FIXED_PER_INSTALMENT", "penaltyAmount", 20000));
        LocalDate start = vn.ishc.fund.support.Dates.today().minusMonths(5).minusDays(3);
        long onTime = l.active(b.member(0), product, 3000000, start);
        long late = l.active(b.member(1), product, 3000000, start);
        long never = l.active(b.member(2), product, 3000000, start);
        for (int k = 1; k <= 5; k++) {
            JsonNode due = l.loan(onTime).at("/schedule/" + (k - 1));
            l.repay(onTime, start.plusMonths(k), due.get("principal").asLong() + due.get("interest").asLong()).expect(201);
        }
        // the late member paid once, in the first month
        l.repay(late, start.plusMonths(1), 530000).expect(201);
        JsonNode arrears = b.asTreasurer().get("/api/v1/clubs/" + b.club + "/arrears").expect(200).json();
        assertEquals(3, arrears.get("loans").asInt());
        long dpdNever = java.time.temporal.ChronoUnit.DAYS.between(start.plusMonths(1), vn.ishc.fund.support.Dates.today());
        long dpdLate = java.time.temporal.ChronoUnit.DAYS.between(start.plusMonths(2), vn.ishc.fund.support.Dates.today());
        JsonNode follow = arrears.get("followUp");
        assertEquals(never, follow.get(0).get("loanId").asLong());
        assertEquals(dpdNever, follow.get(0).get("daysPastDue").asLong());
        assertEquals(late, follow.get(1).get("loanId").asLong());
        assertEquals(dpdLate, follow.get(1).get("daysPastDue").asLong());
        // five instalments (due 1–5 months after a start 5 months and 3 days ago) overdue: five fixed penalties
        assertEquals(100000, follow.get(0).get("penaltyDue").asLong());
        // PAR30: both late loans are over 30 days late; the on-time loan is current
        BigDecimal outstandingLate = BigDecimal.valueOf(3000000 + 2500000);
        BigDecimal all = outstandingLate.add(BigDecimal.valueOf(l.loan(onTime).at("/balance/outstandingPrincipal").asLong()));
        assertEquals(0, outstandingLate.divide(all, 4, java.math.RoundingMode.HALF_UP).compareTo(arrears.get("par30").decimalValue()));
        assertTrue(arrears.get("repaymentRate").decimalValue().compareTo(BigDecimal.ONE) < 0);
        JsonNode buckets = arrears.get("buckets");
        assertEquals("CURRENT", buckets.get(0).get("bucket").asText());
        assertEquals(1, buckets.get(0).get("loans").asInt());
        // as of the first due date nobody was late yet
        JsonNode early = b.asTreasurer().get("/api/v1/clubs/" + b.club + "/arrears?asOf=" + start.plusMonths(1)).expect(200).json();
        assertEquals(0, early.get("par30").decimalValue().signum());
        // the late member pays penalties first
        JsonNode paid = l.repay(late, vn.ishc.fund.support.Dates.today(), 20000).expect(201).json();
        JsonNode last = paid.get("events").get(paid.get("events").size() - 1);
        assertEquals(20000, last.get("penalty").asLong());
        for (long loan : List.of(onTime, late, never)) {
            l.checkLoan(loan);
        }
        // the province sees the roll-up
        Api province = TestApp.api().as(Fixtures.user("PROVINCE_OFFICER", b.province, null));
        JsonNode rollUp = province.get("/api/v1/arrears").expect(200).json();
        assertEquals(1, rollUp.get("clubs").asInt());
        assertEquals(3, rollUp.get("loans").asInt());
        // the member's statement lists their loans with schedule and arrears
        JsonNode statement = b.asTreasurer().get("/api/v1/members/" + b.member(2) + "/loans").expect(200).json();
        assertEquals(1, statement.size());
        assertEquals(dpdNever, statement.get(0).at("/balance/daysPastDue").asLong());
        assertEquals(6, statement.get(0).get("schedule").size());
    }

    @Test
    void disasterReliefDefersEveryLoanAndKeepsTheOriginalSchedule() {
        ClubBooks b = funded(3, 20000000);
        Lending l = new Lending(b);
        long product = l.product(Map.of("termMonths", 4));
        LocalDate start = vn.ishc.fund.support.Dates.today().minusMonths(2).minusDays(2);
        long a = l.active(b.member(0), product, 2000000, start);
        long c = l.active(b.member(1), product, 2000000, start);
        LocalDate typhoon = vn.ishc.fund.support.Dates.today().minusDays(1);
        b.asTreasurer().post("/api/v1/clubs/" + b.club + "/loans/deferral", Map.of("date", typhoon.toString(), "months", 3,
                "withInterest", false, "reason", "Bão số 3")).expect(403);
        JsonNode deferred = b.asChair().post("/api/v1/clubs/" + b.club + "/loans/deferral", Map.of("date", typhoon.toString(),
                "months", 3, "withInterest", false, "reason", "Bão số 3")).expect(200).json();
        assertEquals(2, deferred.size());
        JsonNode loan = l.loan(a);
        assertEquals(start.plusMonths(1).toString(), loan.at("/schedule/0/originalDueDate").asText());
        assertEquals(start.plusMonths(1).plusMonths(3).toString(), loan.at("/schedule/0/dueDate").asText());
        assertEquals(start.plusMonths(1).toString(), loan.at("/originalSchedule/0/dueDate").asText());
        assertEquals(0, loan.at("/balance/daysPastDue").asInt());
        // with interest for the delay: 3 months × 1% × 2,000,000 = 60,000 more
        long interestBefore = l.loan(c).at("/schedule/0/interest").asLong();
        b.asChair().post("/api/v1/loans/" + c + "/deferral", Map.of("date", vn.ishc.fund.support.Dates.today().toString(), "months", 3,
                "withInterest", true, "reason", "Lũ")).expect(200);
        assertEquals(interestBefore + 60000, l.loan(c).at("/schedule/0/interest").asLong());
        l.checkLoan(a);
        l.checkLoan(c);
    }

    @Test
    void writeOffFromTheAllowanceThenRecovery() {
        ClubBooks b = funded(2, 10000000);
        Lending l = new Lending(b);
        long product = l.product(Map.of());
        LocalDate start = vn.ishc.fund.support.Dates.today().minusMonths(3);
        long loan = l.active(b.member(0), product, 3000000, start);
        // the club set aside an allowance of 1,000,000 for doubtful loans
        Money.post(b.asChair(), "/api/v1/ledgers/" + b.igf + "/entries", Map.of("date", vn.ishc.fund.support.Dates.today().toString(),
                "description", "Trích lập dự phòng nợ khó đòi", "postings", List.of(
                        Map.of("accountCode", "811", "side", "D", "amount", 1000000),
                        Map.of("accountCode", "2293", "side", "C", "amount", 1000000)))).expect(201);
        Money.post(b.asTreasurer(), "/api/v1/loans/" + loan + "/write-off", Map.of("date", vn.ishc.fund.support.Dates.today().toString(),
                "reason", "x")).expect(403);
        JsonNode off = Money.post(b.asChair(), "/api/v1/loans/" + loan + "/write-off", Map.of("date", vn.ishc.fund.support.Dates.today().toString(),
                "reason", "Thành viên qua đời, không có người thừa kế")).expect(201).json();
        assertEquals("WRITTEN_OFF", off.get("status").asText());
        assertEquals(3000000, off.get("writtenOffAmount").asLong());
        assertEquals(0, off.at("/balance/outstandingPrincipal").asLong());
        // 1,000,000 from the allowance, 2,000,000 as a loss
        assertEquals(0, BigDecimal.ZERO.compareTo(b.net(b.igf, "2293")));
        assertEquals(0, BigDecimal.valueOf(3000000).compareTo(b.net(b.igf, "811")));
        l.checkLoan(loan);
        l.repay(loan, vn.ishc.fund.support.Dates.today(), 1000).expectProblem(409, null, "loan-status");
        Money.post(b.asTreasurer(), "/api/v1/loans/" + loan + "/recoveries", Map.of("date", vn.ishc.fund.support.Dates.today().toString(),
                "amount", 500000)).expect(201);
        Money.post(b.asTreasurer(), "/api/v1/loans/" + loan + "/recoveries", Map.of("date", vn.ishc.fund.support.Dates.today().toString(),
                "amount", 2500001)).expectProblem(422, "amount", "exceeds-written-off");
        assertEquals(0, BigDecimal.valueOf(-500000).compareTo(b.net(b.igf, "711")));
        l.checkLoan(loan);
    }

    @Test
    void rescheduleSpreadsWhatIsOwedOverANewTerm() {
        ClubBooks b = funded(1, 10000000);
        Lending l = new Lending(b);
        long product = l.product(Map.of("termMonths", 3));
        LocalDate start = vn.ishc.fund.support.Dates.today().minusMonths(2).minusDays(5);
        long loan = l.active(b.member(0), product, 3000000, start);
        JsonNode after = b.asChair().post("/api/v1/loans/" + loan + "/reschedule", Map.of("date", vn.ishc.fund.support.Dates.today().toString(),
                "termMonths", 6, "reason", "Mất mùa")).expect(200).json();
        assertTrue(after.get("rescheduled").asBoolean());
        long principal = 0;
        for (JsonNode i : after.get("schedule")) {
            principal += i.get("principal").asLong();
        }
        assertEquals(3000000, principal);
        assertTrue(after.get("schedule").size() >= 6);
        l.checkLoan(loan);
    }

    @Test
    void theQueueByDateOrPovertyAndWhatCanBeLentNow() {
        ClubBooks b = new ClubBooks(0);
        Lending l = new Lending(b);
        long rich = Fixtures.member(b.club, "Phạm Văn An", "MALE", 1960, "NONE", LocalDate.of(2020, 2, 1));
        long poor = Fixtures.member(b.club, "Hoàng Thị Bé", "FEMALE", 1952, "POOR", LocalDate.of(2020, 2, 1));
        long near = Fixtures.member(b.club, "Nông Thị Cúc", "FEMALE", 1958, "NEAR_POOR", LocalDate.of(2020, 2, 1));
        b.op("contribution", Map.of("memberId", rich, "amount", 5000000, "date", vn.ishc.fund.support.Dates.today().toString())).expect(201);
        long product = l.product(Map.of());
        l.apply(rich, product, 2000000, vn.ishc.fund.support.Dates.today().minusDays(3)).expect(201);
        l.apply(poor, product, 2000000, vn.ishc.fund.support.Dates.today().minusDays(2)).expect(201);
        l.apply(near, product, 2000000, vn.ishc.fund.support.Dates.today().minusDays(1)).expect(201);
        JsonNode byDate = b.asTreasurer().get("/api/v1/clubs/" + b.club + "/loan-queue").expect(200).json();
        assertEquals(5000000, byDate.get("lendableNow").asLong());
        assertEquals(rich, byDate.at("/places/0/memberId").asLong());
        assertTrue(byDate.at("/places/1/fundableNow").asBoolean());
        assertFalse(byDate.at("/places/2/fundableNow").asBoolean());
        b.asChair().put("/api/v1/clubs/" + b.club + "/lending-settings", Map.of("reserve", 1000000, "queueOrder", "PRIORITY")).expect(200);
        JsonNode byPoverty = b.asTreasurer().get("/api/v1/clubs/" + b.club + "/loan-queue").expect(200).json();
        assertEquals(4000000, byPoverty.get("lendableNow").asLong());
        assertEquals(poor, byPoverty.at("/places/0/memberId").asLong());
        assertEquals(near, byPoverty.at("/places/1/memberId").asLong());
        assertEquals(rich, byPoverty.at("/places/2/memberId").asLong());
        assertFalse(byPoverty.at("/places/2/fundableNow").asBoolean());
        b.asTreasurer().put("/api/v1/clubs/" + b.club + "/lending-settings", Map.of("reserve", 0, "queueOrder", "DATE")).expect(403);
    }

    @Test
    void scope() {
        ClubBooks b = funded(1, 5000000);
        ClubBooks other = new ClubBooks(1);
        Lending l = new Lending(b);
        long product = l.product(Map.of());
        long loan = l.active(b.member(0), product, 1000000, vn.ishc.fund.support.Dates.today());
        Api auditor = TestApp.api().as(Fixtures.user("AUDITOR", null, List.of(b.club)));
        auditor.get("/api/v1/loans/" + loan).expect(200);
        auditor.get("/api/v1/clubs/" + b.club + "/arrears").expect(200);
        Money.post(auditor, "/api/v1/loans/" + loan + "/repayments", Map.of("date", vn.ishc.fund.support.Dates.today().toString(), "amount", 1000)).expect(403);
        Api stranger = TestApp.api().as(other.treasurer);
        stranger.get("/api/v1/loans/" + loan).expect(404);
        Money.post(stranger, "/api/v1/loans/" + loan + "/repayments", Map.of("date", vn.ishc.fund.support.Dates.today().toString(), "amount", 1000)).expect(404);
        stranger.get("/api/v1/clubs/" + b.club + "/loan-queue").expect(404);
        stranger.get("/api/v1/members/" + b.member(0) + "/loans").expect(404);
        assertEquals(0, TestApp.api().as(other.treasurer).get("/api/v1/arrears").expect(200).json().get("loans").asInt());
        l.checkLoan(loan);
    }
}
