package vn.ishc.fund.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.TestApp;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check that lists books written before the history rules were enforced. Such books cannot be made
 * through the API any more, so the test breaks a club's rows behind the service's back, as old data would.
 */
class HistoryCheckTest {

    private static final LocalDate TODAY = Dates.today();

    @Test
    void brokenLedgersAndLoansAreListedForTheirScope() {
        ClubBooks b = new ClubBooks(2);
        ClubBooks clean = new ClubBooks(1);
        Lending lending = new Lending(b);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 3_000_000, "date", TODAY.minusDays(5).toString())).expect(201);
        b.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 1_000_000, "date", TODAY.minusDays(1).toString(),
                "description", "Chi")).expect(201);
        long loan = lending.active(b.member(1), lending.product(Map.of()), 1_000_000, TODAY.minusDays(2));
        clean.op("contribution", Map.of("memberId", clean.member(0), "amount", 1_000, "date", TODAY.toString())).expect(201);
        String path = "/api/v1/checks/ledger-history?size=500";
        assertEquals(0, problems(b, path).size(), "nothing wrong yet");

        // old data: books opened after entries, an expense moved before the money came in, a club founded later
        TestApp.db().update("UPDATE ledger SET opened_on = ? WHERE id = ?", Date.valueOf(TODAY.minusDays(3)), b.igf);
        TestApp.db().update("UPDATE account_day d JOIN account a ON a.id = d.account_id SET d.day = ? "
                + "WHERE d.ledger_id = ? AND a.code = '111' AND d.day = ?", Date.valueOf(TODAY.minusDays(9)), b.igf,
                Date.valueOf(TODAY.minusDays(1)));
        TestApp.db().update("UPDATE club SET founded_on = ? WHERE id = ?", Date.valueOf(TODAY.minusDays(4)), b.club);
        TestApp.db().update("UPDATE loan SET decided_on = ? WHERE id = ?", Date.valueOf(TODAY.minusDays(40)), loan);

        Map<String, JsonNode> found = new HashMap<>();
        for (JsonNode p : problems(b, path)) {
            found.put(p.get("rule").asText(), p);
        }
        assertEquals(java.util.Set.of("before-opening", "before-founding", "negative-balance"), found.keySet(), found.toString());
        assertEquals(TODAY.minusDays(5).toString(), found.get("before-opening").get("date").asText());
        assertEquals(1, found.get("before-opening").get("entries").asLong(), "the contribution");
        assertEquals(1, found.get("before-founding").get("entries").asLong());
        JsonNode negative = found.get("negative-balance");
        assertEquals("111", negative.get("account").asText());
        assertEquals(TODAY.minusDays(9).toString(), negative.get("date").asText());
        assertEquals(-1_000_000, negative.get("balance").asLong());

        // loans: the same check for their dates
        Map<String, JsonNode> loans = new HashMap<>();
        for (JsonNode p : problems(b, "/api/v1/checks/loan-history?size=500")) {
            loans.put(p.get("rule").asText(), p);
        }
        assertTrue(loans.containsKey("decided-before-application"), loans.toString());
        assertEquals(loan, loans.get("decided-before-application").get("loanId").asLong());

        // each sees only their scope: the other club's treasurer sees nothing of this
        assertEquals(0, TestApp.api().as(clean.treasurer).get(path).expect(200).totalItems());
        assertTrue(TestApp.api().as(Fixtures.adminToken()).get(path).expect(200).totalItems() >= 3);
    }

    @Test
    void anEventBeyondTheWindowIsListed() {
        ClubBooks b = new ClubBooks(1);
        Lending lending = new Lending(b);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 3_000_000, "date", TODAY.minusDays(5).toString())).expect(201);
        long loan = lending.active(b.member(0), lending.product(Map.of()), 1_000_000, TODAY.minusDays(2));
        b.asChair().post("/api/v1/loans/" + loan + "/deferral", Map.of("date", TODAY.toString(), "months", 2,
                "withInterest", false, "reason", "Bão")).expect(200);
        TestApp.db().update("UPDATE loan_event SET event_date = '9999-12-31' WHERE loan_id = ?", loan);
        List<JsonNode> found = problems(b, "/api/v1/checks/loan-history");
        assertEquals(1, found.size(), found.toString());
        assertEquals("event-too-far-ahead", found.get(0).get("rule").asText());
        assertEquals("9999-12-31", found.get(0).get("date").asText());
    }

    private static List<JsonNode> problems(ClubBooks b, String path) {
        return b.asTreasurer().get(path).expect(200).items();
    }
}
