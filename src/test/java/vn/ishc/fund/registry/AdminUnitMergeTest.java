package vn.ishc.fund.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Scene;
import vn.ishc.fund.support.TestApp;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /admin-units/{id}/merge: a unit ends and names its successor; what was registered under it
 * keeps its records and rolls up through the successor (history is never re-parented).
 */
class AdminUnitMergeTest {

    private static Scene s;
    private static Db db;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        db = TestApp.db();
    }

    private static Map<String, Object> merge(long successorId, String validTo) {
        return Body.of("successorId", successorId, "validTo", validTo);
    }

    private static Db.Snapshot unitsAndClosure(long... ids) {
        StringBuilder in = new StringBuilder();
        Object[] params = new Object[ids.length * 2];
        for (int i = 0; i < ids.length; i++) {
            in.append(i == 0 ? "?" : ", ?");
            params[i] = ids[i];
            params[ids.length + i] = ids[i];
        }
        return db.snapshot("SELECT u.*, (SELECT GROUP_CONCAT(ancestor_id ORDER BY ancestor_id) FROM admin_unit_closure "
                + "WHERE descendant_id = u.id) AS ancestors FROM admin_unit u WHERE u.id IN (" + in + ") "
                + "OR u.parent_id IN (" + in + ") ORDER BY u.id", params);
    }

    @Test
    void mergeEndsTheUnitAndLinksItsSuccessor() {
        long old = Fixtures.commune(s.provinceA);
        long village = Fixtures.village(old);
        long successor = Fixtures.commune(s.provinceA);
        JsonNode r = s.admin().post("/api/v1/admin-units/" + old + "/merge", merge(successor, "2025-12-31")).expect(200).json();
        assertEquals(old, r.get("id").asLong());
        assertEquals("2025-12-31", r.get("validTo").asText());
        assertEquals(successor, r.get("successorId").asLong());

        Map<String, Object> row = db.row("admin_unit", old);
        assertEquals("2025-12-31", row.get("valid_to").toString());
        assertEquals(successor, ((Number) row.get("successor_id")).longValue());
        assertEquals(s.provinceA, ((Number) row.get("parent_id")).longValue(), "never re-parented");
        assertEquals(1, db.count("SELECT COUNT(*) FROM admin_unit_closure WHERE ancestor_id = ? AND descendant_id = ?", successor, old));
        assertEquals(1, db.count("SELECT COUNT(*) FROM admin_unit_closure WHERE ancestor_id = ? AND descendant_id = ?", successor, village));
        assertEquals(successor, s.admin().get("/api/v1/admin-units/" + old).json().get("successorId").asLong());

        // validity: the old unit is listed on a date before its end, not after
        assertTrue(s.admin().get("/api/v1/admin-units?parentId=" + s.provinceA + "&validOn=2025-12-31").ids().contains(old));
        assertTrue(!s.admin().get("/api/v1/admin-units?parentId=" + s.provinceA + "&validOn=2026-01-01").ids().contains(old));
    }

    @Test
    void clubsOfAMergedCommuneRollUpToTheSuccessorAndItsProvince() {
        Api admin = s.admin();
        long provinceX = Fixtures.province();
        long provinceY = Fixtures.province();
        long old = Fixtures.commune(provinceX);
        long oldVillage = Fixtures.village(old);
        long successor = Fixtures.commune(provinceY);
        long club = admin.post("/api/v1/clubs", Body.of("code", Fixtures.unique("MRG"), "name", "CLB Sáp nhập",
                "communeId", old, "villageId", oldVillage, "foundedOn", "2019-05-01")).expect(201).id();
        long member = Fixtures.member(club);
        Fixtures.User auditorOfSuccessor = Fixtures.createUser("AUDITOR", successor, null);
        Fixtures.User officerY = Fixtures.createUser("PROVINCE_OFFICER", provinceY, null);
        Fixtures.User officerX = Fixtures.createUser("PROVINCE_OFFICER", provinceX, null);
        Api auditor = TestApp.api().as(auditorOfSuccessor.token());
        Api y = TestApp.api().as(officerY.token());

        auditor.get("/api/v1/clubs/" + club).expectProblemType(404, "not-found");
        assertEquals(List.of(), y.get("/api/v1/clubs").ids());

        admin.post("/api/v1/admin-units/" + old + "/merge", merge(successor, "2025-12-31")).expect(200);

        // the successor's auditor and province officer now see the club, its members, board and trainings
        assertEquals(List.of(club), auditor.get("/api/v1/clubs").ids());
        assertEquals(old, auditor.get("/api/v1/clubs/" + club).expect(200).json().get("communeId").asLong(),
                "the club keeps its historical commune");
        assertEquals(List.of(member), auditor.get("/api/v1/members").ids());
        auditor.get("/api/v1/members/" + member).expect(200);
        auditor.get("/api/v1/clubs/" + club + "/board").expect(200);
        auditor.get("/api/v1/clubs/" + club + "/trainings").expect(200);
        assertEquals(List.of(club), y.get("/api/v1/clubs").ids());
        assertEquals(List.of(club), y.get("/api/v1/clubs?unitId=" + successor).ids());
        assertEquals(List.of(club), admin.get("/api/v1/clubs?unitId=" + provinceY).ids());
        y.patch("/api/v1/clubs/" + club, Body.of("meetingDay", 20)).expect(200);
        assertEquals(20, db.count("SELECT meeting_day FROM club WHERE id = ?", club));
        // and its history stays where it was registered
        assertEquals(List.of(club), TestApp.api().as(officerX.token()).get("/api/v1/clubs").ids());
        assertEquals(List.of(club), admin.get("/api/v1/clubs?unitId=" + old).ids());
    }

    @Test
    void nothingNewIsRegisteredUnderAMergedUnit() {
        Api admin = s.admin();
        long old = Fixtures.commune(s.provinceA);
        long oldVillage = Fixtures.village(old);
        long otherVillage = Fixtures.village(old);
        long successor = Fixtures.commune(s.provinceA);
        long club = Fixtures.club(old);
        admin.post("/api/v1/admin-units/" + old + "/merge", merge(successor, "2025-12-31")).expect(200);
        admin.post("/api/v1/admin-units/" + oldVillage + "/merge", merge(otherVillage, "2025-12-31")).expect(200);
        long units = db.count("SELECT COUNT(*) FROM admin_unit");
        long clubs = db.count("SELECT COUNT(*) FROM club");
        long members = db.count("SELECT COUNT(*) FROM member");

        String named = admin.post("/api/v1/clubs", Body.of("code", Fixtures.unique("MRG"), "name", "CLB mới",
                "communeId", old, "foundedOn", "2026-01-05")).expectProblem(422, "communeId", "unit-merged")
                .at("/errors/0/message").asText();
        assertTrue(named.contains(db.row("admin_unit", successor).get("name").toString()), named);
        admin.post("/api/v1/admin-units", Body.of("code", Fixtures.unique("V"), "name", "Thôn mới", "kind", "VILLAGE",
                "parentId", old, "validFrom", "2026-01-05")).expectProblem(422, "parentId", "unit-merged");
        long newVillage = Fixtures.village(successor);
        long newClub = Fixtures.club(successor);
        admin.post("/api/v1/clubs", Body.of("code", Fixtures.unique("MRG"), "name", "CLB mới", "communeId", successor,
                "villageId", newVillage, "foundedOn", "2026-01-05")).expect(201);
        // a village merged away is no one's new village either
        admin.post("/api/v1/clubs/" + club + "/members", Body.of("fullName", "Bà Lan", "sex", "FEMALE", "birthYear", 1950,
                "povertyStatus", "POOR", "joinedOn", "2026-01-05", "villageId", oldVillage)).expectProblem(422, "villageId", "unit-merged");
        assertEquals(units + 1, db.count("SELECT COUNT(*) FROM admin_unit"), "only the successor's new village");
        assertEquals(clubs + 2, db.count("SELECT COUNT(*) FROM club"));
        assertEquals(members, db.count("SELECT COUNT(*) FROM member"));
        assertTrue(newClub > 0);
    }

    @Test
    void mergersChain() {
        long a = Fixtures.commune(s.provinceB);
        long b = Fixtures.commune(s.provinceB);
        long c = Fixtures.commune(s.provinceB);
        long club = Fixtures.club(a);
        s.admin().post("/api/v1/admin-units/" + a + "/merge", merge(b, "2025-09-30")).expect(200);
        s.admin().post("/api/v1/admin-units/" + b + "/merge", merge(c, "2025-12-31")).expect(200);
        Fixtures.User auditorOfC = Fixtures.createUser("AUDITOR", c, null);
        assertEquals(List.of(club), TestApp.api().as(auditorOfC.token()).get("/api/v1/clubs").ids());
        assertEquals(1, db.count("SELECT COUNT(*) FROM admin_unit_closure WHERE ancestor_id = ? AND descendant_id = ?", c, a));
    }

    @Test
    void villagesMergeToo() {
        long v1 = Fixtures.village(s.communeA);
        long v2 = Fixtures.village(s.communeA);
        s.admin().post("/api/v1/admin-units/" + v1 + "/merge", merge(v2, "2025-12-31")).expect(200);
        assertEquals(v2, ((Number) db.row("admin_unit", v1).get("successor_id")).longValue());
    }

    @Test
    void mergeValidation() {
        long old = Fixtures.commune(s.provinceA);
        long successor = Fixtures.commune(s.provinceA);
        Db.Snapshot units = unitsAndClosure(old, successor, s.villageA);
        Api admin = s.admin();
        String path = "/api/v1/admin-units/" + old + "/merge";
        admin.post(path, Body.of("validTo", "2025-12-31")).expectProblem(400, "successorId", "required");
        admin.post(path, Body.of("successorId", successor)).expectProblem(400, "validTo", "required");
        admin.post(path, Body.of("successorId", "x", "validTo", "2025-12-31")).expectProblem(400, "successorId", "integer");
        admin.post(path, Body.of("successorId", successor, "validTo", "31/12/2025")).expectProblem(400, "validTo", "date");
        admin.post(path, Body.with(merge(successor, "2025-12-31"), "reason", "x")).expectProblem(400, "reason", "unknown-field");
        admin.post(path, merge(old, "2025-12-31")).expectProblem(400, "successorId", "successor-self");
        admin.post(path, merge(s.villageA, "2025-12-31")).expectProblem(422, "successorId", "successor-level");
        admin.post(path, merge(s.provinceA, "2025-12-31")).expectProblem(422, "successorId", "successor-level");
        admin.post(path, merge(987654321L, "2025-12-31")).expectProblem(422, "successorId", "unknown-reference");
        admin.post(path, merge(successor, "2025-06-30")).expectProblem(400, "validTo", "valid-to-before-from");
        admin.send("POST", path, "").expectProblem(400, null, "body-required");
        admin.post("/api/v1/admin-units/987654321/merge", merge(successor, "2025-12-31")).expectProblemType(404, "not-found");
        units.assertUnchanged();
    }

    @Test
    void aUnitMergesOnceAndNeverIntoAMergedUnit() {
        long a = Fixtures.commune(s.provinceA);
        long b = Fixtures.commune(s.provinceA);
        long c = Fixtures.commune(s.provinceA);
        s.admin().post("/api/v1/admin-units/" + a + "/merge", merge(b, "2025-12-31")).expect(200);
        Db.Snapshot units = unitsAndClosure(a, b, c);
        s.admin().post("/api/v1/admin-units/" + a + "/merge", merge(c, "2025-12-31")).expectProblem(409, "successorId", "already-merged");
        s.admin().post("/api/v1/admin-units/" + c + "/merge", merge(a, "2025-12-31")).expectProblem(409, "successorId", "already-merged");
        units.assertUnchanged();
    }

    @Test
    void provinceOfficerMergesWithinTheirProvinceOnly() {
        Api officer = s.as(s.officerA);
        long a = Fixtures.commune(s.provinceA);
        long b = Fixtures.commune(s.provinceA);
        officer.post("/api/v1/admin-units/" + a + "/merge", merge(b, "2025-12-31")).expect(200);
        assertEquals(b, ((Number) db.row("admin_unit", a).get("successor_id")).longValue());

        long ownCommune = Fixtures.commune(s.provinceA);
        long otherCommune = Fixtures.commune(s.provinceB);
        long otherCommune2 = Fixtures.commune(s.provinceB);
        Db.Snapshot units = unitsAndClosure(ownCommune, otherCommune, otherCommune2, s.provinceA, s.provinceB);
        // someone else's unit
        officer.post("/api/v1/admin-units/" + otherCommune + "/merge", merge(otherCommune2, "2025-12-31"))
                .expectProblem(403, "id", "outside-scope");
        // their own unit into another province's: it would roll their clubs up into a province they do not maintain
        officer.post("/api/v1/admin-units/" + ownCommune + "/merge", merge(otherCommune, "2025-12-31"))
                .expectProblem(403, "successorId", "outside-scope");
        // provinces only by ADMIN
        officer.post("/api/v1/admin-units/" + s.provinceA + "/merge", merge(s.provinceB, "2025-12-31"))
                .expectProblemType(403, "forbidden");
        for (Fixtures.User u : List.of(s.auditorUnit, s.chairA, s.treasurerA)) {
            s.as(u).post("/api/v1/admin-units/" + ownCommune + "/merge", merge(otherCommune, "2025-12-31"))
                    .expectProblemType(403, "forbidden");
        }
        Scene.anonymous().post("/api/v1/admin-units/" + ownCommune + "/merge", merge(otherCommune, "2025-12-31"))
                .expectProblemType(401, "unauthorized");
        units.assertUnchanged();
    }
}
