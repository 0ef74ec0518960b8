package vn.ishc.fund.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerSmokeTest {

    @Test
    void operationsEndToEnd() {
        long club = Fixtures.club(Fixtures.commune(Fixtures.province()));
        long m1 = Fixtures.member(club);
        long m2 = Fixtures.member(club);
        Api t = TestApp.api().as(Fixtures.treasurer(club));
        String base = "/api/v1/clubs/" + club + "/operations/";
        String today = vn.ishc.fund.support.Dates.today().toString();
        Response r = Money.post(t, base + "contribution", Map.of("memberId", m1, "amount", 500000, "date", today)).expect(201);
        System.out.println(r.text());
        Money.post(t, base + "fee", Map.of("memberId", m1, "amount", 5000, "date", today)).expect(201);
        Money.post(t, base + "meeting", Map.of("date", today, "lines", List.of(
                Map.of("memberId", m1, "fee", 5000, "contribution", 100000),
                Map.of("memberId", m2, "fee", 5000)))).expect(201);
        long donor = t.post("/api/v1/clubs/" + club + "/donors", Map.of("name", "Công ty ABC", "kind", "BUSINESS")).expect(201).id();
        Money.post(t, base + "donation", Map.of("donorId", donor, "purpose", "CAPITAL", "form", "CASH", "amount", 10000000, "date", today)).expect(201);
        Money.post(t, base + "donation", Map.of("donorId", donor, "purpose", "CAPITAL", "form", "IN_KIND", "item", "2 con lợn giống", "amount", 3000000, "date", today)).expect(201);
        Money.post(t, base + "expense", Map.of("fund", "AF", "kind", "ACTIVITY", "activityArea", 2, "amount", 8000, "date", today, "description", "Mua máy đo huyết áp")).expect(201);
        Money.post(t, base + "transfer", Map.of("fund", "IGF", "direction", "CASH_TO_BANK", "amount", 5000000, "date", today)).expect(201);
        Response pair = Money.post(t, base + "interest-transfer", Map.of("amount", 100000, "date", today)).expect(201);
        assertEquals(2, pair.at("/entries").size());
        long igf = Money.ledgerId(club, "IGF");
        JsonNode tb = t.get("/api/v1/ledgers/" + igf + "/trial-balance").expect(200).json();
        System.out.println(tb);
        assertTrue(tb.get("balanced").asBoolean());
        Response rev = Money.post(t, "/api/v1/entries/" + pair.at("/entries/0/id").asLong() + "/reverse", Map.of("reason", "nhầm")).expect(201);
        assertEquals(2, rev.at("/entries").size());
        t.get("/api/v1/ledgers/" + igf + "/accounts/111/statement").expect(200);
        System.out.println(t.get("/api/v1/members/" + m1 + "/ledger").expect(200).text());
        System.out.println(t.get("/api/v1/clubs/" + club + "/fund-summary").expect(200).text());
        String auditor = Fixtures.user("AUDITOR", null, List.of(club));
        JsonNode v = TestApp.api().as(auditor).get("/api/v1/ledgers/" + igf + "/verify").expect(200).json();
        System.out.println(v);
        assertTrue(v.get("valid").asBoolean());
    }
}
