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

/** Who sees and changes which clubs: every role inside and outside its scope. */
class ClubScopeTest {

    private static Scene s;
    private static Db db;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        db = TestApp.db();
    }

    private static List<Long> clubIdsUnder(long unitId) {
        return db.rows("SELECT c.id FROM club c WHERE c.commune_id IN "
                        + "(SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ?) ORDER BY c.id", unitId)
                .stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    private static List<Long> listed(Fixtures.User u) {
        return s.as(u).get("/api/v1/clubs?size=500").expect(200).ids();
    }

    private static Map<String, Object> club(long communeId) {
        return Body.of("code", Fixtures.unique("CS-"), "name", "CLB", "communeId", communeId, "foundedOn", "2020-02-02");
    }

    @Test
    void eachRoleListsExactlyTheClubsInItsScope() {
        assertEquals(clubIdsUnder(s.provinceA), listed(s.officerA));
        assertEquals(clubIdsUnder(s.provinceB), listed(s.officerB));
        assertEquals(clubIdsUnder(s.communeA), listed(s.auditorUnit));
        assertEquals(List.of(s.clubA2, s.clubB), listed(s.auditorClubs));
        assertEquals(List.of(s.clubA), listed(s.chairA));
        assertEquals(List.of(s.clubA), listed(s.treasurerA));
        assertEquals(List.of(s.clubB), listed(s.chairB));
        assertEquals(List.of(s.clubB), listed(s.treasurerB));
        assertEquals(clubIdsUnder(s.provinceA), s.admin().get("/api/v1/clubs?size=500&unitId=" + s.provinceA).ids());
        // a filter never widens the scope
        assertEquals(List.of(), s.as(s.officerA).get("/api/v1/clubs?unitId=" + s.provinceB).ids());
        assertEquals(List.of(s.clubB), s.as(s.auditorClubs).get("/api/v1/clubs?unitId=" + s.provinceB).ids());
    }

    @Test
    void anAuditorOfAVillageSeesTheClubsOfThatVillage() {
        Fixtures.User u = Fixtures.createUser("AUDITOR", s.villageA, null);
        assertEquals(List.of(s.clubA), listed(u));
        s.as(u).get("/api/v1/clubs/" + s.clubA2).expectProblemType(404, "not-found");
    }

    @Test
    void insideTheScopeAClubReadsOutsideItIsNotFound() {
        Map<Fixtures.User, List<Long>> visible = Map.of(
                s.officerA, List.of(s.clubA, s.clubA2),
                s.officerB, List.of(s.clubB),
                s.auditorUnit, List.of(s.clubA),
                s.auditorClubs, List.of(s.clubA2, s.clubB),
                s.chairA, List.of(s.clubA),
                s.treasurerA, List.of(s.clubA),
                s.chairB, List.of(s.clubB),
                s.treasurerB, List.of(s.clubB));
        visible.forEach((user, clubs) -> {
            for (long club : List.of(s.clubA, s.clubA2, s.clubB)) {
                if (clubs.contains(club)) {
                    assertEquals(club, s.as(user).get("/api/v1/clubs/" + club).expect(200).id());
                } else {
                    JsonNode p = s.as(user).get("/api/v1/clubs/" + club).expectProblemType(404, "not-found").json();
                    assertEquals("Không có câu lạc bộ với mã này, hoặc nằm ngoài phạm vi của bạn.", p.get("detail").asText(),
                            "the same answer as for a club that does not exist");
                }
            }
        });
        Scene.anonymous().get("/api/v1/clubs/" + s.clubA).expectProblemType(401, "unauthorized");
    }

    @Test
    void onlyAdminAndTheProvinceRegisterClubs() {
        long created = s.as(s.officerA).post("/api/v1/clubs", club(s.communeA2)).expect(201).id();
        assertEquals(s.communeA2, ((Number) db.row("club", created).get("commune_id")).longValue());

        Db.Snapshot clubs = db.snapshot("SELECT * FROM club WHERE commune_id IN (?, ?) ORDER BY id", s.communeA, s.communeB);
        s.as(s.officerA).post("/api/v1/clubs", club(s.communeB)).expectProblem(403, "communeId", "outside-scope");
        for (Fixtures.User u : List.of(s.auditorUnit, s.auditorClubs, s.chairA, s.treasurerA)) {
            s.as(u).post("/api/v1/clubs", club(s.communeA)).expectProblemType(403, "forbidden");
        }
        Scene.anonymous().post("/api/v1/clubs", club(s.communeA)).expectProblemType(401, "unauthorized");
        clubs.assertUnchanged();
    }

    @Test
    void theProvinceChangesItsOwnClubsOnly() {
        s.as(s.officerA).patch("/api/v1/clubs/" + s.clubA2, Body.of("foundingDecisionNo", "7/QĐ")).expect(200);
        assertEquals("7/QĐ", db.string("SELECT founding_decision_no FROM club WHERE id = ?", s.clubA2));
        Db.Snapshot b = db.snapshot("SELECT * FROM club WHERE id = ?", s.clubB);
        s.as(s.officerA).patch("/api/v1/clubs/" + s.clubB, Body.of("name", "Của tỉnh khác")).expectProblemType(404, "not-found");
        b.assertUnchanged();
    }

    @Test
    void theChairSetsTheMeetingDayAndNothingElse() {
        s.as(s.chairA).patch("/api/v1/clubs/" + s.clubA, Body.of("meetingDay", 3)).expect(200);
        assertEquals(3, db.count("SELECT meeting_day FROM club WHERE id = ?", s.clubA));

        Db.Snapshot clubs = db.snapshot("SELECT * FROM club WHERE id IN (?, ?)", s.clubA, s.clubB);
        s.as(s.chairA).patch("/api/v1/clubs/" + s.clubA, Body.of("name", "Tên khác"))
                .expectProblem(403, null, "role-not-allowed");
        s.as(s.chairA).patch("/api/v1/clubs/" + s.clubA, Body.of("meetingDay", 4, "status", "SUSPENDED"))
                .expectProblem(403, null, "role-not-allowed");
        s.as(s.chairA).patch("/api/v1/clubs/" + s.clubA, Body.of("foundedOn", "2020-01-16"))
                .expectProblem(403, null, "role-not-allowed");
        s.as(s.chairA).patch("/api/v1/clubs/" + s.clubB, Body.of("meetingDay", 4)).expectProblemType(404, "not-found");
        clubs.assertUnchanged();
    }

    @Test
    void treasurersAndAuditorsMayNotChangeClubs() {
        Db.Snapshot clubs = db.snapshot("SELECT * FROM club WHERE id IN (?, ?, ?)", s.clubA, s.clubA2, s.clubB);
        s.as(s.treasurerA).patch("/api/v1/clubs/" + s.clubA, Body.of("meetingDay", 9)).expectProblemType(403, "forbidden");
        JsonNode readOnly = s.as(s.auditorUnit).patch("/api/v1/clubs/" + s.clubA, Body.of("meetingDay", 9))
                .expectProblemType(403, "forbidden").json();
        assertEquals("Không được phép", readOnly.get("title").asText());
        s.as(s.auditorClubs).patch("/api/v1/clubs/" + s.clubB, Body.of("meetingDay", 9)).expectProblemType(403, "forbidden");
        Scene.anonymous().patch("/api/v1/clubs/" + s.clubA, Body.of("meetingDay", 9)).expectProblemType(401, "unauthorized");
        clubs.assertUnchanged();
    }

    @Test
    void aDissolvedClubIsReadButTakesNoRegistryChanges() {
        long club = Fixtures.club(s.communeB);
        long member = Fixtures.member(club);
        s.admin().patch("/api/v1/clubs/" + club, Body.of("status", "DISSOLVED")).expect(200);
        Db.Snapshot members = db.snapshot("SELECT * FROM member WHERE club_id = ?", club);
        Db.Snapshot board = db.snapshot("SELECT * FROM board_member WHERE club_id = ?", club);
        Db.Snapshot trainings = db.snapshot("SELECT * FROM training WHERE club_id = ?", club);
        Api admin = s.admin();
        admin.post("/api/v1/clubs/" + club + "/members", Body.of("fullName", "Lò Văn A", "sex", "MALE", "birthYear", 1950,
                "povertyStatus", "POOR", "joinedOn", "2022-01-01")).expectProblem(409, null, "club-dissolved");
        admin.patch("/api/v1/members/" + member, Body.of("phone", "0912345678")).expectProblem(409, null, "club-dissolved");
        admin.post("/api/v1/members/" + member + "/leave", Body.of("leftOn", "2024-01-01")).expectProblem(409, null, "club-dissolved");
        admin.delete("/api/v1/members/" + member).expectProblem(409, null, "club-dissolved");
        admin.post("/api/v1/clubs/" + club + "/board", Body.of("memberId", member, "role", "CHAIR", "termStart", "2022-01-01"))
                .expectProblem(409, null, "club-dissolved");
        admin.post("/api/v1/clubs/" + club + "/trainings", Body.of("memberId", member, "kind", "INITIAL", "trainedOn", "2022-01-01"))
                .expectProblem(409, null, "club-dissolved");
        members.assertUnchanged();
        board.assertUnchanged();
        trainings.assertUnchanged();
        assertEquals("DISSOLVED", admin.get("/api/v1/clubs/" + club).expect(200).json().get("status").asText());
        assertEquals(List.of(member), admin.get("/api/v1/clubs/" + club + "/members").expect(200).ids());
    }
}
