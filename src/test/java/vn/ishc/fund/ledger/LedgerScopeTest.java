package vn.ishc.fund.ledger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each role inside and outside its scope on the ledger endpoints. */
class LedgerScopeTest {

    private static ClubBooks b;
    private static ClubBooks other;
    private static final String TODAY = vn.ishc.fund.support.Dates.today().toString();
    private static long entryId;

    @BeforeAll
    static void clubs() {
        b = new ClubBooks(1);
        other = new ClubBooks(1);
        entryId = b.op("contribution", Map.of("memberId", b.member(0), "amount", 100000, "date", TODAY)).expect(201)
                .at("/entries/0/id").asLong();
    }

    private static Map<String, Object> fee() {
        return Map.of("memberId", b.member(0), "amount", 5000, "date", TODAY);
    }

    @Test
    void noTokenIs401() {
        TestApp.api().get("/api/v1/ledgers/" + b.igf + "/trial-balance").expectProblemType(401, "unauthorized");
        Money.post(TestApp.api(), "/api/v1/clubs/" + b.club + "/operations/fee", fee()).expect(401);
    }

    @Test
    void anAuditorReadsAndVerifiesButNeverPosts() {
        Api auditor = TestApp.api().as(Fixtures.user("AUDITOR", null, List.of(b.club)));
        auditor.get("/api/v1/ledgers/" + b.igf + "/trial-balance").expect(200);
        auditor.get("/api/v1/ledgers/" + b.igf + "/verify").expect(200);
        auditor.get("/api/v1/entries/" + entryId).expect(200);
        long entries = b.entries();
        Money.post(auditor, "/api/v1/clubs/" + b.club + "/operations/fee", fee()).expect(403);
        Money.post(auditor, "/api/v1/entries/" + entryId + "/reverse", Map.of("reason", "x")).expect(403);
        assertEquals(entries, b.entries());
        // outside the auditor's clubs: not found
        auditor.get("/api/v1/ledgers/" + other.igf + "/trial-balance").expect(404);
        auditor.get("/api/v1/ledgers/" + other.igf + "/verify").expect(404);
    }

    @Test
    void aProvinceOfficerReadsTheProvinceButDoesNotKeepBooks() {
        Api officer = TestApp.api().as(Fixtures.user("PROVINCE_OFFICER", b.province, null));
        officer.get("/api/v1/clubs/" + b.club + "/fund-summary").expect(200);
        officer.get("/api/v1/ledgers/" + b.igf + "/verify").expect(200);
        officer.get("/api/v1/clubs/" + other.club + "/fund-summary").expect(404);
        Money.post(officer, "/api/v1/clubs/" + b.club + "/operations/fee", fee()).expect(403);
    }

    @Test
    void aTreasurerKeepsOnlyTheirClubsBooks() {
        Api otherTreasurer = TestApp.api().as(other.treasurer);
        long entries = b.entries();
        Money.post(otherTreasurer, "/api/v1/clubs/" + b.club + "/operations/fee", fee()).expect(404);
        otherTreasurer.get("/api/v1/ledgers/" + b.igf + "/entries").expect(404);
        otherTreasurer.get("/api/v1/entries/" + entryId).expect(404);
        otherTreasurer.get("/api/v1/members/" + b.member(0) + "/ledger").expect(404);
        Money.post(otherTreasurer, "/api/v1/entries/" + entryId + "/reverse", Map.of("reason", "x")).expect(404);
        assertEquals(entries, b.entries());
        // the people who keep the books can check them, but not another club's
        assertTrue(b.asTreasurer().get("/api/v1/ledgers/" + b.igf + "/verify").expect(200).json().get("valid").asBoolean());
        otherTreasurer.get("/api/v1/ledgers/" + b.igf + "/verify").expect(404);
    }

    @Test
    void aChairKeepsBooksToo() {
        Money.post(b.asChair(), "/api/v1/clubs/" + b.club + "/operations/fee", fee()).expect(201);
        b.asChair().get("/api/v1/ledgers/" + b.af + "/verify").expect(200);
    }
}
