package vn.ishc.fund.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.Scene;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST/GET /clubs, GET/PATCH /clubs/{id}: registering clubs and keeping their details, as ADMIN. */
class ClubTest {

    private static Scene s;
    private static Db db;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        db = TestApp.db();
    }

    private static Map<String, Object> club(long communeId) {
        return Body.of("code", Fixtures.unique("CT-"), "name", "CLB Liên thế hệ tự giúp nhau thôn Nà Sla",
                "communeId", communeId, "foundedOn", "2019-03-08");
    }

    private static Db.Snapshot clubsOf(long communeId) {
        return db.snapshot("SELECT * FROM club WHERE commune_id = ? ORDER BY id", communeId);
    }

    private static String tomorrow() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
    }

    @Test
    void createRegistersTheClub() {
        Map<String, Object> body = Body.with(club(s.communeA), "villageId", s.villageA, "foundingDecisionNo", " 12/QĐ-UBND ",
                "status", "SUSPENDED", "meetingDay", 25, "name", "  CLB   Nà Sla ");
        JsonNode r = s.admin().post("/api/v1/clubs", body).expect(201).json();
        long id = r.get("id").asLong();
        assertEquals(body.get("code"), r.get("code").asText());
        assertEquals("CLB Nà Sla", r.get("name").asText());
        assertEquals(s.provinceA, r.get("provinceId").asLong());
        assertTrue(r.get("provinceName").asText().startsWith("Tỉnh"));
        assertEquals(s.communeA, r.get("communeId").asLong());
        assertTrue(r.get("communeName").asText().startsWith("Xã"));
        assertEquals(s.villageA, r.get("villageId").asLong());
        assertTrue(r.get("villageName").asText().startsWith("Thôn"));
        assertEquals("2019-03-08", r.get("foundedOn").asText());
        assertEquals("12/QĐ-UBND", r.get("foundingDecisionNo").asText());
        assertEquals("SUSPENDED", r.get("status").asText());
        assertEquals(25, r.get("meetingDay").asInt());
        assertEquals(0, r.get("activeMembers").asInt());

        Map<String, Object> row = db.row("club", id);
        assertEquals(body.get("code"), row.get("code"));
        assertEquals("CLB Nà Sla", row.get("name"));
        assertEquals(s.communeA, ((Number) row.get("commune_id")).longValue());
        assertEquals(s.villageA, ((Number) row.get("village_id")).longValue());
        assertEquals("2019-03-08", row.get("founded_on").toString());
        assertEquals("12/QĐ-UBND", row.get("founding_decision_no"));
        assertEquals("SUSPENDED", row.get("status"));
        assertEquals(25, ((Number) row.get("meeting_day")).intValue());
    }

    @Test
    void optionalFieldsDefault() {
        long id = s.admin().post("/api/v1/clubs", Body.with(club(s.communeA), "foundingDecisionNo", "  ")).expect(201).id();
        Map<String, Object> row = db.row("club", id);
        assertEquals("ACTIVE", row.get("status"));
        assertNull(row.get("village_id"));
        assertNull(row.get("meeting_day"));
        assertNull(row.get("founding_decision_no"));
    }

    @Test
    void createValidation() {
        Db.Snapshot clubs = clubsOf(s.communeA);
        Api admin = s.admin();
        Map<String, Object> ok = club(s.communeA);
        admin.post("/api/v1/clubs", Body.without(ok, "code")).expectProblem(400, "code", "required");
        admin.post("/api/v1/clubs", Body.with(ok, "code", "C".repeat(31))).expectProblem(400, "code", "size");
        admin.post("/api/v1/clubs", Body.with(ok, "code", "CLB/01")).expectProblem(400, "code", "pattern");
        admin.post("/api/v1/clubs", Body.without(ok, "name")).expectProblem(400, "name", "required");
        admin.post("/api/v1/clubs", Body.with(ok, "name", " ")).expectProblem(400, "name", "required");
        admin.post("/api/v1/clubs", Body.with(ok, "name", "N".repeat(201))).expectProblem(400, "name", "size");
        admin.post("/api/v1/clubs", Body.without(ok, "communeId")).expectProblem(400, "communeId", "required");
        admin.post("/api/v1/clubs", Body.with(ok, "communeId", "Xã A")).expectProblem(400, "communeId", "integer");
        admin.post("/api/v1/clubs", Body.without(ok, "foundedOn")).expectProblem(400, "foundedOn", "required");
        admin.post("/api/v1/clubs", Body.with(ok, "foundedOn", "2019-3-8")).expectProblem(400, "foundedOn", "date");
        admin.post("/api/v1/clubs", Body.with(ok, "foundedOn", tomorrow())).expectProblem(400, "foundedOn", "not-future");
        // a founding date a person could mean: not year 1, not before 1900, no time of day
        admin.post("/api/v1/clubs", Body.with(ok, "foundedOn", "0001-01-01")).expectProblem(400, "foundedOn", "date-range");
        admin.post("/api/v1/clubs", Body.with(ok, "foundedOn", "1899-12-31")).expectProblem(400, "foundedOn", "date-range");
        admin.post("/api/v1/clubs", Body.with(ok, "foundedOn", "2019-03-08T10:00:00")).expectProblem(400, "foundedOn", "date");
        admin.post("/api/v1/clubs", Body.with(ok, "foundingDecisionNo", "D".repeat(61))).expectProblem(400, "foundingDecisionNo", "size");
        admin.post("/api/v1/clubs", Body.with(ok, "status", "OPEN")).expectProblem(400, "status", "enum");
        admin.post("/api/v1/clubs", Body.with(ok, "meetingDay", 0)).expectProblem(400, "meetingDay", "min");
        admin.post("/api/v1/clubs", Body.with(ok, "meetingDay", 32)).expectProblem(400, "meetingDay", "max");
        admin.post("/api/v1/clubs", Body.with(ok, "meetingDay", "15th")).expectProblem(400, "meetingDay", "integer");
        admin.post("/api/v1/clubs", Body.with(ok, "members", 50)).expectProblem(400, "members", "unknown-field");
        clubs.assertUnchanged();
    }

    @Test
    void communeAndVillageMustFit() {
        Db.Snapshot clubsA = clubsOf(s.communeA);
        Db.Snapshot clubsProvince = db.snapshot("SELECT * FROM club WHERE commune_id IN (?, ?)", s.provinceA, s.villageA);
        Api admin = s.admin();
        Map<String, Object> ok = club(s.communeA);
        admin.post("/api/v1/clubs", Body.with(ok, "communeId", 987654321L)).expectProblem(422, "communeId", "unknown-reference");
        admin.post("/api/v1/clubs", Body.with(ok, "communeId", s.provinceA)).expectProblem(422, "communeId", "commune-level");
        admin.post("/api/v1/clubs", Body.with(ok, "communeId", s.villageA)).expectProblem(422, "communeId", "commune-level");
        admin.post("/api/v1/clubs", Body.with(ok, "villageId", 987654321L)).expectProblem(422, "villageId", "unknown-reference");
        admin.post("/api/v1/clubs", Body.with(ok, "villageId", s.communeA)).expectProblem(422, "villageId", "village-level");
        admin.post("/api/v1/clubs", Body.with(ok, "villageId", s.villageA2)).expectProblem(422, "villageId", "village-of-commune");
        admin.post("/api/v1/clubs", Body.with(ok, "villageId", s.villageB)).expectProblem(422, "villageId", "village-of-commune");
        clubsA.assertUnchanged();
        clubsProvince.assertUnchanged();
    }

    @Test
    void duplicateCodeIs409() {
        Map<String, Object> body = club(s.communeA);
        s.admin().post("/api/v1/clubs", body).expect(201);
        Db.Snapshot clubs = db.snapshot("SELECT * FROM club WHERE commune_id IN (?, ?)", s.communeA, s.communeB);
        s.admin().post("/api/v1/clubs", body).expectProblem(409, "code", "duplicate");
        s.admin().post("/api/v1/clubs", Body.with(club(s.communeB), "code", ((String) body.get("code")).toLowerCase()))
                .expectProblem(409, "code", "duplicate");
        clubs.assertUnchanged();
    }

    @Test
    void getShowsActiveMembersOnly() {
        long club = Fixtures.club(s.communeB);
        Fixtures.member(club);
        long leaving = Fixtures.member(club);
        s.admin().post("/api/v1/members/" + leaving + "/leave", Body.of("leftOn", "2024-01-01")).expect(200);
        JsonNode r = s.admin().get("/api/v1/clubs/" + club).expect(200).json();
        assertEquals(1, r.get("activeMembers").asInt());
        assertEquals(s.provinceB, r.get("provinceId").asLong());
        s.admin().get("/api/v1/clubs/987654321").expectProblemType(404, "not-found");
    }

    @Test
    void listFiltersByUnitStatusAndText() {
        long commune = Fixtures.commune(s.provinceB);
        long village = Fixtures.village(commune);
        long a = s.admin().post("/api/v1/clubs", Body.with(club(commune), "name", "CLB Hoa Sen", "villageId", village))
                .expect(201).id();
        Map<String, Object> bBody = Body.with(club(commune), "name", "CLB Bình Minh 50%", "status", "SUSPENDED");
        long b = s.admin().post("/api/v1/clubs", bBody).expect(201).id();
        Api admin = s.admin();
        assertEquals(List.of(a, b), admin.get("/api/v1/clubs?unitId=" + commune).ids());
        assertEquals(List.of(a), admin.get("/api/v1/clubs?unitId=" + village).ids());
        assertTrue(admin.get("/api/v1/clubs?unitId=" + s.provinceB + "&size=500").ids().containsAll(List.of(a, b, s.clubB)));
        assertEquals(List.of(b), admin.get("/api/v1/clubs?unitId=" + commune + "&status=SUSPENDED").ids());
        assertEquals(List.of(a), admin.get("/api/v1/clubs?unitId=" + commune + "&status=ACTIVE").ids());
        assertEquals(List.of(a), admin.get("/api/v1/clubs?unitId=" + commune + "&q=hoa%20sen").ids());
        assertEquals(List.of(b), admin.get("/api/v1/clubs?unitId=" + commune + "&q=50%25").ids(), "% is not a wildcard");
        assertEquals(List.of(b), admin.get("/api/v1/clubs?unitId=" + commune + "&q=" + bBody.get("code")).ids());
        assertEquals(List.of(), admin.get("/api/v1/clubs?unitId=" + commune + "&q=nothing-like-it").ids());
    }

    @Test
    void listSortsAndPages() {
        long commune = Fixtures.commune(s.provinceB);
        long x = s.admin().post("/api/v1/clubs", Body.of("code", Fixtures.unique("S-B"), "name", "CLB Cúc", "communeId", commune,
                "foundedOn", "2018-01-01", "status", "SUSPENDED")).expect(201).id();
        long y = s.admin().post("/api/v1/clubs", Body.of("code", Fixtures.unique("S-C"), "name", "CLB An", "communeId", commune,
                "foundedOn", "2021-01-01")).expect(201).id();
        long z = s.admin().post("/api/v1/clubs", Body.of("code", Fixtures.unique("S-A"), "name", "CLB Bông", "communeId", commune,
                "foundedOn", "2016-01-01", "status", "DISSOLVED")).expect(201).id();
        String base = "/api/v1/clubs?unitId=" + commune;
        assertEquals(List.of(y, z, x), s.admin().get(base + "&sort=name").ids());
        assertEquals(List.of(x, z, y), s.admin().get(base + "&sort=name,DESC").ids());
        assertEquals(List.of(z, x, y), s.admin().get(base + "&sort=code").ids());
        assertEquals(List.of(z, x, y), s.admin().get(base + "&sort=foundedOn").ids());
        assertEquals(List.of(y, z, x), s.admin().get(base + "&sort=status").ids());
        assertEquals(List.of(x, y, z), s.admin().get(base + "&sort=commune").ids());
        Response page = s.admin().get(base + "&sort=name&page=1&size=2").expect(200);
        assertEquals(List.of(x), page.ids());
        assertEquals(3, page.totalItems());
        assertEquals(2, page.json().get("totalPages").asInt());
        assertEquals(List.of(), s.admin().get(base + "&page=5&size=2").ids());
        s.admin().get(base + "&sort=meetingDay").expectProblem(400, "sort", "sort");
        s.admin().get(base + "&sort=name,asc,extra").expectProblem(400, "sort", "sort");
        s.admin().get(base + "&size=0").expectProblem(400, "size", "page-size");
        s.admin().get(base + "&size=501").expectProblem(400, "size", "page-size");
    }

    @Test
    void patchChangesWhatIsGivenAndNothingElse() {
        long club = s.admin().post("/api/v1/clubs", Body.with(club(s.communeA), "meetingDay", 5)).expect(201).id();
        Map<String, Object> before = db.row("club", club);
        JsonNode r = s.admin().patch("/api/v1/clubs/" + club, Body.of("name", "CLB Mới", "villageId", s.villageA,
                "foundedOn", "2018-01-01", "foundingDecisionNo", "99/QĐ", "status", "SUSPENDED", "meetingDay", 28))
                .expect(200).json();
        assertEquals("CLB Mới", r.get("name").asText());
        assertEquals(s.villageA, r.get("villageId").asLong());
        Map<String, Object> after = db.row("club", club);
        assertEquals("CLB Mới", after.get("name"));
        assertEquals(s.villageA, ((Number) after.get("village_id")).longValue());
        assertEquals("2018-01-01", after.get("founded_on").toString());
        assertEquals("99/QĐ", after.get("founding_decision_no"));
        assertEquals("SUSPENDED", after.get("status"));
        assertEquals(28, ((Number) after.get("meeting_day")).intValue());
        assertEquals(before.get("code"), after.get("code"));
        assertEquals(before.get("commune_id"), after.get("commune_id"));

        s.admin().patch("/api/v1/clubs/" + club, Body.of("foundingDecisionNo", " ")).expect(200);
        assertNull(db.row("club", club).get("founding_decision_no"), "a blank decision number clears it");
        after.put("founding_decision_no", null);

        s.admin().patch("/api/v1/clubs/" + club, Body.of()).expect(200);
        Map<String, Object> again = db.row("club", club);
        again.remove("updated_at");
        after.remove("updated_at");
        assertEquals(after, again, "an empty PATCH changes nothing");
    }

    @Test
    void patchValidation() {
        long club = Fixtures.club(s.communeA, LocalDate.of(2020, 1, 15));
        Fixtures.member(club); // joined 2021-03-01
        Db.Snapshot row = db.snapshot("SELECT * FROM club WHERE id = ?", club);
        Api admin = s.admin();
        String path = "/api/v1/clubs/" + club;
        admin.patch(path, Body.of("name", "")).expectProblem(400, "name", "size");
        admin.patch(path, Body.of("name", "   ")).expectProblem(400, "name", "required");
        admin.patch(path, Body.of("name", "N".repeat(201))).expectProblem(400, "name", "size");
        admin.patch(path, Body.of("foundingDecisionNo", "D".repeat(61))).expectProblem(400, "foundingDecisionNo", "size");
        admin.patch(path, Body.of("meetingDay", 0)).expectProblem(400, "meetingDay", "min");
        admin.patch(path, Body.of("meetingDay", 32)).expectProblem(400, "meetingDay", "max");
        admin.patch(path, Body.of("status", "CLOSED")).expectProblem(400, "status", "enum");
        admin.patch(path, Body.of("foundedOn", "yesterday")).expectProblem(400, "foundedOn", "date");
        admin.patch(path, Body.of("foundedOn", tomorrow())).expectProblem(400, "foundedOn", "not-future");
        admin.patch(path, Body.of("foundedOn", "0001-01-01")).expectProblem(400, "foundedOn", "date-range");
        admin.patch(path, Body.of("foundedOn", "2021-03-02")).expectProblem(422, "foundedOn", "after-first-member");
        admin.patch(path, Body.of("villageId", s.villageB)).expectProblem(422, "villageId", "village-of-commune");
        admin.patch(path, Body.of("villageId", s.communeA)).expectProblem(422, "villageId", "village-level");
        admin.patch(path, Body.of("villageId", 987654321L)).expectProblem(422, "villageId", "unknown-reference");
        admin.patch(path, Body.of("code", "NEW-CODE")).expectProblem(400, "code", "unknown-field");
        admin.patch(path, Body.of("communeId", s.communeB)).expectProblem(400, "communeId", "unknown-field");
        admin.patch("/api/v1/clubs/987654321", Body.of("name", "X")).expectProblemType(404, "not-found");
        row.assertUnchanged();
        // the founding day may move up to the first member's joining day
        admin.patch(path, Body.of("foundedOn", "2021-03-01")).expect(200);
        assertEquals("2021-03-01", db.string("SELECT founded_on FROM club WHERE id = ?", club));
    }

    @Test
    void aDissolvedClubHoldsNoMeetings() {
        long club = s.admin().post("/api/v1/clubs", Body.with(club(s.communeA), "meetingDay", 5)).expect(201).id();
        String chair = Fixtures.chair(club);
        s.admin().patch("/api/v1/clubs/" + club, Body.of("status", "DISSOLVED")).expect(200);
        Db.Snapshot row = db.snapshot("SELECT * FROM club WHERE id = ?", club);
        TestApp.api().as(chair).patch("/api/v1/clubs/" + club, Body.of("meetingDay", 20))
                .expectProblem(409, "meetingDay", "club-dissolved");
        s.admin().patch("/api/v1/clubs/" + club, Body.of("meetingDay", 20)).expectProblem(409, "meetingDay", "club-dissolved");
        row.assertUnchanged();
        // ADMIN may still correct the record, or reopen the club with a new meeting day
        s.admin().patch("/api/v1/clubs/" + club, Body.of("foundingDecisionNo", "12/QĐ")).expect(200);
        s.admin().patch("/api/v1/clubs/" + club, Body.of("status", "ACTIVE", "meetingDay", 20)).expect(200);
        assertEquals(20, ((Number) db.row("club", club).get("meeting_day")).intValue());
    }
}
