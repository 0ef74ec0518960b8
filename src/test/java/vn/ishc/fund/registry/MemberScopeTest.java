package vn.ishc.fund.registry;

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
import static org.junit.jupiter.api.Assertions.assertNull;

/** Who sees and keeps which members: every role inside and outside its scope. */
class MemberScopeTest {

    private static Scene s;
    private static Db db;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        db = TestApp.db();
    }

    private static List<Long> activeMembersUnder(long unitId) {
        return db.rows("SELECT m.id FROM member m JOIN club c ON c.id = m.club_id WHERE m.left_on IS NULL AND c.commune_id IN "
                        + "(SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ?) ORDER BY m.club_id, m.member_no", unitId)
                .stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    private static List<Long> activeMembersOf(long... clubs) {
        StringBuilder in = new StringBuilder();
        Object[] params = new Object[clubs.length];
        for (int i = 0; i < clubs.length; i++) {
            in.append(i == 0 ? "?" : ", ?");
            params[i] = clubs[i];
        }
        return db.rows("SELECT id FROM member WHERE left_on IS NULL AND club_id IN (" + in + ") ORDER BY club_id, member_no", params)
                .stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    private static List<Long> listed(Fixtures.User u) {
        return s.as(u).get("/api/v1/members?size=500").expect(200).ids();
    }

    private static Map<String, Object> member() {
        return Body.of("fullName", "Hà Thị " + Fixtures.unique("Yến"), "sex", "FEMALE", "birthYear", 1950,
                "povertyStatus", "POOR", "joinedOn", "2021-01-01");
    }

    @Test
    void eachRoleListsExactlyTheMembersInItsScope() {
        assertEquals(activeMembersUnder(s.provinceA), listed(s.officerA));
        assertEquals(activeMembersUnder(s.provinceB), listed(s.officerB));
        assertEquals(activeMembersUnder(s.communeA), listed(s.auditorUnit));
        assertEquals(activeMembersOf(s.clubA2, s.clubB), listed(s.auditorClubs));
        assertEquals(activeMembersOf(s.clubA), listed(s.chairA));
        assertEquals(activeMembersOf(s.clubA), listed(s.treasurerA));
        assertEquals(activeMembersOf(s.clubB), listed(s.treasurerB));
        assertEquals(activeMembersOf(s.clubA), s.as(s.treasurerA).get("/api/v1/clubs/" + s.clubA + "/members").ids());
    }

    @Test
    void anotherClubsMembersAreNotFound() {
        for (Fixtures.User u : List.of(s.chairA, s.treasurerA, s.auditorUnit)) {
            s.as(u).get("/api/v1/members/" + s.memberB1).expectProblemType(404, "not-found");
            s.as(u).get("/api/v1/clubs/" + s.clubB + "/members").expectProblemType(404, "not-found");
            s.as(u).get("/api/v1/members?clubId=" + s.clubB).expectProblemType(404, "not-found");
            assertEquals(s.memberA1, s.as(u).get("/api/v1/members/" + s.memberA1).expect(200).id());
        }
        s.as(s.officerA).get("/api/v1/members/" + s.memberB1).expectProblemType(404, "not-found");
        s.as(s.officerB).get("/api/v1/members/" + s.memberA1).expectProblemType(404, "not-found");
        s.as(s.auditorClubs).get("/api/v1/members/" + s.memberA1).expectProblemType(404, "not-found");
        s.as(s.auditorClubs).get("/api/v1/members/" + s.memberA2x).expect(200);
        Scene.anonymous().get("/api/v1/members").expectProblemType(401, "unauthorized");
        Scene.anonymous().get("/api/v1/members/" + s.memberA1).expectProblemType(401, "unauthorized");
    }

    @Test
    void adminProvinceChairAndTreasurerAddMembersToTheirClubs() {
        for (Fixtures.User u : List.of(s.officerA, s.chairA, s.treasurerA)) {
            long id = s.as(u).post("/api/v1/clubs/" + s.clubA + "/members", member()).expect(201).id();
            assertEquals(s.clubA, ((Number) db.row("member", id).get("club_id")).longValue());
        }
        Db.Snapshot b = db.snapshot("SELECT * FROM member WHERE club_id = ? ORDER BY id", s.clubB);
        for (Fixtures.User u : List.of(s.officerA, s.chairA, s.treasurerA)) {
            s.as(u).post("/api/v1/clubs/" + s.clubB + "/members", member()).expectProblemType(404, "not-found");
        }
        s.as(s.auditorClubs).post("/api/v1/clubs/" + s.clubB + "/members", member()).expectProblemType(403, "forbidden");
        Scene.anonymous().post("/api/v1/clubs/" + s.clubB + "/members", member()).expectProblemType(401, "unauthorized");
        b.assertUnchanged();
        Db.Snapshot a = db.snapshot("SELECT * FROM member WHERE club_id = ? ORDER BY id", s.clubA);
        s.as(s.auditorUnit).post("/api/v1/clubs/" + s.clubA + "/members", member()).expectProblemType(403, "forbidden");
        a.assertUnchanged();
    }

    @Test
    void theTreasurerCorrectsLeavesAndDeletesTheirOwnClubsMembersOnly() {
        Api treasurer = s.as(s.treasurerA);
        long mine = treasurer.post("/api/v1/clubs/" + s.clubA + "/members", member()).expect(201).id();
        treasurer.patch("/api/v1/members/" + mine, Body.of("phone", "0912000111")).expect(200);
        assertEquals("0912000111", db.row("member", mine).get("phone"));
        treasurer.post("/api/v1/members/" + mine + "/leave", Body.of("leftOn", "2024-01-01")).expect(200);
        assertEquals("2024-01-01", db.row("member", mine).get("left_on").toString());
        treasurer.delete("/api/v1/members/" + mine).expect(204);
        assertNull(db.row("member", mine));

        Db.Snapshot theirs = db.snapshot("SELECT * FROM member WHERE id = ?", s.memberB1);
        treasurer.patch("/api/v1/members/" + s.memberB1, Body.of("phone", "0912000111")).expectProblemType(404, "not-found");
        treasurer.post("/api/v1/members/" + s.memberB1 + "/leave", Body.of("leftOn", "2024-01-01"))
                .expectProblemType(404, "not-found");
        treasurer.delete("/api/v1/members/" + s.memberB1).expectProblemType(404, "not-found");
        theirs.assertUnchanged();
    }

    @Test
    void theChairAndTheProvinceKeepMembersInScope() {
        long m = Fixtures.member(s.clubA);
        s.as(s.chairA).patch("/api/v1/members/" + m, Body.of("ethnicity", "Dao")).expect(200);
        s.as(s.officerA).patch("/api/v1/members/" + m, Body.of("povertyStatus", "NONE")).expect(200);
        Map<String, Object> row = db.row("member", m);
        assertEquals("Dao", row.get("ethnicity"));
        assertEquals("NONE", row.get("poverty_status"));
        Db.Snapshot theirs = db.snapshot("SELECT * FROM member WHERE id = ?", s.memberB1);
        s.as(s.chairA).patch("/api/v1/members/" + s.memberB1, Body.of("ethnicity", "Dao")).expectProblemType(404, "not-found");
        s.as(s.officerA).delete("/api/v1/members/" + s.memberB1).expectProblemType(404, "not-found");
        theirs.assertUnchanged();
    }

    @Test
    void auditorsOnlyRead() {
        Db.Snapshot members = db.snapshot("SELECT * FROM member WHERE id IN (?, ?)", s.memberA1, s.memberA2x);
        Api unit = s.as(s.auditorUnit);
        unit.patch("/api/v1/members/" + s.memberA1, Body.of("phone", "0912000111")).expectProblemType(403, "forbidden");
        unit.post("/api/v1/members/" + s.memberA1 + "/leave", Body.of("leftOn", "2024-01-01")).expectProblemType(403, "forbidden");
        unit.delete("/api/v1/members/" + s.memberA1).expectProblemType(403, "forbidden");
        Api clubs = s.as(s.auditorClubs);
        clubs.patch("/api/v1/members/" + s.memberA2x, Body.of("phone", "0912000111")).expectProblemType(403, "forbidden");
        clubs.delete("/api/v1/members/" + s.memberA2x).expectProblemType(403, "forbidden");
        Scene.anonymous().delete("/api/v1/members/" + s.memberA1).expectProblemType(401, "unauthorized");
        members.assertUnchanged();
    }
}
