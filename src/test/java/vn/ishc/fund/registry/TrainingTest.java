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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** GET/POST /clubs/{id}/trainings: initial trainings and annual refreshers of club members. */
class TrainingTest {

    private static Scene s;
    private static Db db;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        db = TestApp.db();
    }

    private static Map<String, Object> training(long memberId, String kind, String on) {
        return Body.of("memberId", memberId, "kind", kind, "trainedOn", on);
    }

    private static long newClub() {
        return Fixtures.club(s.communeA, LocalDate.of(2020, 1, 15));
    }

    @Test
    void recordingATraining() {
        long club = newClub();
        long m = Fixtures.member(club); // joined 2021-03-01
        JsonNode r = s.admin().post("/api/v1/clubs/" + club + "/trainings",
                Body.with(training(m, "INITIAL", "2021-03-01"), "topic", "  Quản lý  quỹ ")).expect(201).json();
        assertEquals(club, r.get("clubId").asLong());
        assertEquals(m, r.get("memberId").asLong());
        assertEquals("INITIAL", r.get("kind").asText());
        assertEquals("2021-03-01", r.get("trainedOn").asText());
        assertEquals("Quản lý quỹ", r.get("topic").asText());
        Map<String, Object> row = db.row("training", r.get("id").asLong());
        assertEquals(club, ((Number) row.get("club_id")).longValue());
        assertEquals(m, ((Number) row.get("member_id")).longValue());
        assertEquals("INITIAL", row.get("kind"));
        assertEquals("2021-03-01", row.get("trained_on").toString());
        assertEquals("Quản lý quỹ", row.get("topic"));

        long blank = s.admin().post("/api/v1/clubs/" + club + "/trainings",
                Body.with(training(m, "REFRESHER", "2022-03-15"), "topic", " ")).expect(201).id();
        assertNull(db.row("training", blank).get("topic"));
    }

    @Test
    void listingByYearAndSorting() {
        long club = newClub();
        long a = s.admin().post("/api/v1/clubs/" + club + "/members", Body.of("fullName", "An", "sex", "MALE",
                "birthYear", 1950, "povertyStatus", "NONE", "joinedOn", "2020-02-01")).expect(201).id();
        long b = s.admin().post("/api/v1/clubs/" + club + "/members", Body.of("fullName", "Bình", "sex", "MALE",
                "birthYear", 1950, "povertyStatus", "NONE", "joinedOn", "2020-02-01")).expect(201).id();
        String path = "/api/v1/clubs/" + club + "/trainings";
        long t1 = s.admin().post(path, training(b, "INITIAL", "2020-03-01")).expect(201).id();
        long t2 = s.admin().post(path, training(a, "INITIAL", "2021-03-01")).expect(201).id();
        long t3 = s.admin().post(path, training(b, "REFRESHER", "2021-02-01")).expect(201).id();
        assertEquals(List.of(t1, t2, t3), s.admin().get(path).expect(200).ids());
        assertEquals(List.of(t2, t3), s.admin().get(path + "?year=2021").ids());
        assertEquals(List.of(), s.admin().get(path + "?year=2019").ids());
        assertEquals(List.of(t1, t3, t2), s.admin().get(path + "?sort=trainedOn").ids());
        assertEquals(List.of(t2, t3, t1), s.admin().get(path + "?sort=trainedOn,desc").ids());
        assertEquals(List.of(t1, t2, t3), s.admin().get(path + "?sort=kind").ids());
        assertEquals(List.of(t2, t1, t3), s.admin().get(path + "?sort=fullName").ids());
        assertEquals(List.of(t3), s.admin().get(path + "?size=2&page=1").ids());
        assertEquals("Bình", s.admin().get(path).items().get(0).get("fullName").asText());
        s.admin().get(path + "?sort=topic").expectProblem(400, "sort", "sort");
        s.admin().get(path + "?size=501").expectProblem(400, "size", "page-size");
        s.admin().get(path + "?year=last").expectProblem(400, "year", "invalid-type");
        s.admin().get(path + "?year=0").expectProblem(400, "year", "year-range");
        s.admin().get(path + "?year=20210").expectProblem(400, "year", "year-range");
        s.admin().get("/api/v1/clubs/987654321/trainings").expectProblemType(404, "not-found");
    }

    @Test
    void trainingValidation() {
        long club = newClub();
        long m = Fixtures.member(club); // joined 2021-03-01
        Db.Snapshot trainings = db.snapshot("SELECT * FROM training WHERE club_id = ? ORDER BY id", club);
        Api admin = s.admin();
        String path = "/api/v1/clubs/" + club + "/trainings";
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        admin.post(path, Body.without(training(m, "INITIAL", "2022-01-01"), "memberId")).expectProblem(400, "memberId", "required");
        admin.post(path, Body.without(training(m, "INITIAL", "2022-01-01"), "kind")).expectProblem(400, "kind", "required");
        admin.post(path, Body.without(training(m, "INITIAL", "2022-01-01"), "trainedOn")).expectProblem(400, "trainedOn", "required");
        admin.post(path, training(m, "ANNUAL", "2022-01-01")).expectProblem(400, "kind", "enum");
        admin.post(path, training(m, "INITIAL", "2022/01/01")).expectProblem(400, "trainedOn", "date");
        admin.post(path, Body.with(training(m, "INITIAL", "2022-01-01"), "topic", "T".repeat(201))).expectProblem(400, "topic", "size");
        admin.post(path, Body.with(training(m, "INITIAL", "2022-01-01"), "hours", 4)).expectProblem(400, "hours", "unknown-field");
        admin.post(path, training(m, "INITIAL", tomorrow)).expectProblem(400, "trainedOn", "not-future");
        admin.post(path, training(m, "INITIAL", "1899-12-31")).expectProblem(400, "trainedOn", "date-range");
        admin.post(path, training(m, "INITIAL", "2022-01-01T08:00:00")).expectProblem(400, "trainedOn", "date");
        admin.post(path, training(m, "INITIAL", "2021-02-28")).expectProblem(422, "trainedOn", "trained-before-joined");
        admin.post(path, training(987654321L, "INITIAL", "2022-01-01")).expectProblem(422, "memberId", "not-a-club-member");
        admin.post(path, training(s.memberB1, "INITIAL", "2022-01-01")).expectProblem(422, "memberId", "not-a-club-member");
        admin.post("/api/v1/clubs/987654321/trainings", training(m, "INITIAL", "2022-01-01")).expectProblemType(404, "not-found");
        trainings.assertUnchanged();
    }

    @Test
    void noTrainingAfterTheMemberLeft() {
        long club = newClub();
        long m = Fixtures.member(club); // joined 2021-03-01
        s.admin().post("/api/v1/members/" + m + "/leave", Body.of("leftOn", "2023-06-30")).expect(200);
        Db.Snapshot trainings = db.snapshot("SELECT * FROM training WHERE club_id = ? ORDER BY id", club);
        JsonNode p = s.admin().english().post("/api/v1/clubs/" + club + "/trainings", training(m, "REFRESHER", "2023-07-01"))
                .expectProblem(422, "trainedOn", "after-left").json();
        assertEquals("trainedOn: must not be after the member left (2023-06-30)", p.get("errors").get(0).get("message").asText());
        trainings.assertUnchanged();
        // what happened while they were a member can still be recorded
        s.admin().post("/api/v1/clubs/" + club + "/trainings", training(m, "REFRESHER", "2023-06-30")).expect(201);
    }

    @Test
    void whoMayReadAndRecordTrainings() {
        String path = "/api/v1/clubs/" + s.clubA + "/trainings";
        long byTreasurer = s.as(s.treasurerA).post(path, training(s.memberA1, "INITIAL", "2022-01-01")).expect(201).id();
        long byChair = s.as(s.chairA).post(path, training(s.memberA2, "INITIAL", "2022-01-01")).expect(201).id();
        long byOfficer = s.as(s.officerA).post(path, training(s.memberA1, "REFRESHER", "2023-03-01")).expect(201).id();
        for (Fixtures.User u : List.of(s.officerA, s.auditorUnit, s.chairA, s.treasurerA)) {
            assertEquals(List.of(byTreasurer, byChair, byOfficer), s.as(u).get(path).expect(200).ids());
        }
        for (Fixtures.User u : List.of(s.officerB, s.auditorClubs, s.chairB, s.treasurerB)) {
            s.as(u).get(path).expectProblemType(404, "not-found");
        }
        Db.Snapshot trainings = db.snapshot("SELECT * FROM training WHERE club_id IN (?, ?) ORDER BY id", s.clubA, s.clubB);
        s.as(s.auditorUnit).post(path, training(s.memberA1, "REFRESHER", "2024-03-01")).expectProblemType(403, "forbidden");
        s.as(s.auditorClubs).post("/api/v1/clubs/" + s.clubB + "/trainings", training(s.memberB1, "INITIAL", "2024-03-01"))
                .expectProblemType(403, "forbidden");
        s.as(s.treasurerB).post(path, training(s.memberA1, "REFRESHER", "2024-03-01")).expectProblemType(404, "not-found");
        s.as(s.officerB).post(path, training(s.memberA1, "REFRESHER", "2024-03-01")).expectProblemType(404, "not-found");
        Scene.anonymous().post(path, training(s.memberA1, "REFRESHER", "2024-03-01")).expectProblemType(401, "unauthorized");
        Scene.anonymous().get(path).expectProblemType(401, "unauthorized");
        trainings.assertUnchanged();
    }
}
