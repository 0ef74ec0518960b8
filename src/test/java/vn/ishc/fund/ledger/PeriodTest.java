package vn.ishc.fund.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariant 6: months close in order; a closed month takes no entries; reopening is recorded. */
class PeriodTest {

    private static String periods(ClubBooks b) {
        return "/api/v1/clubs/" + b.club + "/periods";
    }

    @Test
    void monthsCloseInOrderAndRefuseEntries() {
        ClubBooks b = new ClubBooks(1);
        YearMonth first = java.time.YearMonth.from(vn.ishc.fund.support.Dates.today()).minusMonths(3);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 100000, "date", first.atDay(10).toString())).expect(201);
        JsonNode status = b.asChair().get(periods(b)).expect(200).json();
        assertEquals(first.toString(), status.get("nextToClose").asText());
        // not in order
        b.asChair().post(periods(b) + "/close", Map.of("month", first.plusMonths(1).toString()))
                .expectProblem(422, "month", "close-in-order");
        // the treasurer may not close
        b.asTreasurer().post(periods(b) + "/close", Map.of("month", first.toString())).expect(403);
        JsonNode closed = b.asChair().post(periods(b) + "/close", Map.of("month", first.toString())).expect(200).json();
        assertEquals(first.atEndOfMonth().toString(), closed.get("closedThrough").asText());
        assertEquals(first.plusMonths(1).toString(), closed.get("nextToClose").asText());
        assertEquals(first.atEndOfMonth().toString(),
                TestApp.db().string("SELECT closed_through FROM ledger WHERE id = ?", b.af));
        long entries = b.entries();
        b.op("fee", Map.of("memberId", b.member(0), "amount", 5000, "date", first.atDay(20).toString()))
                .expectProblem(422, "date", "closed-period");
        assertEquals(entries, b.entries());
        // the current month is not over
        b.asChair().post(periods(b) + "/close", Map.of("month", first.plusMonths(1).toString())).expect(200);
        b.asChair().post(periods(b) + "/close", Map.of("month", first.plusMonths(2).toString())).expect(200);
        b.asChair().post(periods(b) + "/close", Map.of("month", first.plusMonths(3).toString()))
                .expectProblem(422, "month", "month-not-over");
        b.asChair().post(periods(b) + "/close", Map.of("month", "2026-13")).expectProblem(400, "month", "pattern");
    }

    @Test
    void onlyAnAdminReopensWithAReasonAndItIsRecorded() {
        ClubBooks b = new ClubBooks(1);
        YearMonth month = java.time.YearMonth.from(vn.ishc.fund.support.Dates.today()).minusMonths(2);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 100000, "date", month.atDay(5).toString())).expect(201);
        b.asChair().post(periods(b) + "/close", Map.of("month", month.toString())).expect(200);
        b.asChair().post(periods(b) + "/reopen", Map.of("month", month.toString(), "reason", "x")).expect(403);
        var admin = TestApp.api().as(Fixtures.adminToken());
        admin.post(periods(b) + "/reopen", Map.of("month", month.toString())).expectProblem(400, "reason", "required");
        JsonNode reopened = admin.post(periods(b) + "/reopen", Map.of("month", month.toString(),
                "reason", "Sửa sai số liệu tháng")).expect(200).json();
        assertTrue(reopened.get("closedThrough").isNull() || reopened.get("closedThrough").asText().compareTo(month.atDay(1).toString()) < 0);
        assertEquals("REOPEN", reopened.at("/events/0/action").asText());
        assertEquals("Sửa sai số liệu tháng", reopened.at("/events/0/reason").asText());
        assertEquals("admin", reopened.at("/events/0/username").asText());
        b.op("fee", Map.of("memberId", b.member(0), "amount", 5000, "date", month.atDay(20).toString())).expect(201);
        admin.post(periods(b) + "/reopen", Map.of("month", java.time.YearMonth.from(vn.ishc.fund.support.Dates.today()).toString(), "reason", "x"))
                .expectProblem(422, "month", "month-not-closed");
    }

    @Test
    void yearEndClosePostsIncomeAndExpensesTo421() {
        int year = vn.ishc.fund.support.Dates.today().getYear() - 1;
        ClubBooks b = new ClubBooks(1, LocalDate.of(year - 1, 6, 1));
        LocalDate feb = LocalDate.of(year, 2, 10);
        b.op("fee", Map.of("memberId", b.member(0), "amount", 60000, "date", feb.toString())).expect(201);
        b.op("expense", Map.of("fund", "AF", "kind", "ACTIVITY", "activityArea", 7, "amount", 25000,
                "date", feb.toString(), "description", "Văn nghệ")).expect(201);
        b.op("expense", Map.of("fund", "AF", "kind", "ADMINISTRATIVE", "amount", 5000,
                "date", LocalDate.of(year, 12, 20).toString(), "description", "Sổ sách")).expect(201);
        String path = "/api/v1/clubs/" + b.club + "/year-end-close";
        Money.post(b.asChair(), path, Map.of("year", year)).expectProblem(422, "year", "year-end-order");
        for (int m = 2; m <= 11; m++) {
            b.asChair().post(periods(b) + "/close", Map.of("month", YearMonth.of(year, m).toString())).expect(200);
        }
        JsonNode result = Money.post(b.asChair(), path, Map.of("year", year)).expect(201).json();
        assertEquals(LocalDate.of(year, 12, 31).toString(), result.get("closedThrough").asText());
        JsonNode closing = result.at("/closing/entries/0");
        assertEquals("YEAR_END_CLOSE", closing.get("operation").asText());
        assertEquals(LocalDate.of(year, 12, 31).toString(), closing.get("date").asText());
        // income 60,000 − expenses 30,000 = 30,000 surplus into 421
        assertEquals(0, BigDecimal.valueOf(-30000).compareTo(b.net(b.af, "421")));
        assertEquals(0, BigDecimal.ZERO.compareTo(b.net(b.af, "711")));
        assertEquals(0, BigDecimal.ZERO.compareTo(b.net(b.af, "811")));
        assertEquals(0, BigDecimal.ZERO.compareTo(b.net(b.af, "642")));
        b.checkInvariants();
        // reopening into the closed year takes the closing entry back; closing again posts it afresh
        var admin = TestApp.api().as(Fixtures.adminToken());
        admin.post(periods(b) + "/reopen", Map.of("month", YearMonth.of(year, 12).toString(), "reason", "Bổ sung chứng từ")).expect(200);
        assertEquals(0, BigDecimal.ZERO.compareTo(b.net(b.af, "421")));
        assertEquals(0, BigDecimal.valueOf(-60000).compareTo(b.net(b.af, "711")));
        Money.post(b.asChair(), path, Map.of("year", year)).expect(201);
        assertEquals(0, BigDecimal.valueOf(-30000).compareTo(b.net(b.af, "421")));
        b.checkInvariants();
    }
}
