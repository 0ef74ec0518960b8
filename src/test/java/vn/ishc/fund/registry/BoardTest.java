package vn.ishc.fund.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Scene;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET/POST /clubs/{id}/board and POST /clubs/{id}/board/{seatId}/end: the club board and its terms. */
class BoardTest {

    private static Scene s;
    private static Db db;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        db = TestApp.db();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private static Map<String, Object> seat(long memberId, String role, String start) {
        return Body.of("memberId", memberId, "role", role, "termStart", start);
    }

    private static Db.Snapshot boardOf(long club) {
        return db.snapshot("SELECT * FROM board_member WHERE club_id = ? ORDER BY id", club);
    }

    private static long newClub() {
        return Fixtures.club(s.communeA, LocalDate.of(2020, 1, 15));
    }

    @Test
    void appointingRecordsTheSeat() {
        long club = newClub();
        long m = Fixtures.member(club); // joined 2021-03-01
        JsonNode r = s.admin().post("/api/v1/clubs/" + club + "/board",
                Body.with(seat(m, "CHAIR", "2021-03-01"), "termEnd", "2026-02-28")).expect(201).json();
        assertEquals(club, r.get("clubId").asLong());
        assertEquals(m, r.get("memberId").asLong());
        assertTrue(r.get("fullName").asText().startsWith("Nguyễn Thị"));
        assertEquals("CHAIR", r.get("role").asText());
        assertEquals("2021-03-01", r.get("termStart").asText());
        assertEquals("2026-02-28", r.get("termEnd").asText());
        assertTrue(r.get("initialTrainingOn").isNull());
        assertFalse(r.get("trainedThisYear").asBoolean());
        Map<String, Object> row = db.row("board_member", r.get("id").asLong());
        assertEquals(club, ((Number) row.get("club_id")).longValue());
        assertEquals(m, ((Number) row.get("member_id")).longValue());
        assertEquals("CHAIR", row.get("role"));
        assertEquals("2021-03-01", row.get("term_start").toString());
        assertEquals("2026-02-28", row.get("term_end").toString());
    }

    @Test
    void theBoardIsTheSeatsHeldOnADay() {
        long club = newClub();
        long a = Fixtures.member(club);
        long b = Fixtures.member(club);
        long c = Fixtures.member(club);
        long past = s.admin().post("/api/v1/clubs/" + club + "/board",
                Body.with(seat(a, "CHAIR", "2021-03-01"), "termEnd", "2022-12-31")).expect(201).id();
        long current = s.admin().post("/api/v1/clubs/" + club + "/board", seat(b, "CHAIR", "2023-01-01")).expect(201).id();
        long treasurer = s.admin().post("/api/v1/clubs/" + club + "/board", seat(c, "TREASURER", "2021-06-01")).expect(201).id();
        String base = "/api/v1/clubs/" + club + "/board";
        assertEquals(List.of(current, treasurer), s.admin().get(base).expect(200).ids());
        assertEquals(List.of(past, treasurer), s.admin().get(base + "?asOf=2022-06-01").ids());
        assertEquals(List.of(past), s.admin().get(base + "?asOf=2021-03-01").ids());
        assertEquals(List.of(), s.admin().get(base + "?asOf=2020-12-31").ids());
        assertEquals(List.of(past, current, treasurer), s.admin().get(base + "?history=true").ids());
        assertEquals(List.of(past, treasurer, current), s.admin().get(base + "?history=true&sort=termStart").ids());
        assertEquals(List.of(past, current, treasurer), s.admin().get(base + "?history=true&sort=role").ids());
        assertEquals(List.of(treasurer), s.admin().get(base + "?history=true&sort=termStart,desc&size=1&page=1").ids());
        s.admin().get(base + "?sort=memberId").expectProblem(400, "sort", "sort");
        s.admin().get(base + "?size=0").expectProblem(400, "size", "page-size");
        s.admin().get(base + "?asOf=today").expectProblem(400, "asOf", "date");
    }

    @Test
    void eachSeatShowsItsHoldersTraining() {
        long club = newClub();
        long fresh = Fixtures.member(club);
        long veteran = Fixtures.member(club);
        long untrained = Fixtures.member(club);
        int year = today().getYear();
        s.admin().post("/api/v1/clubs/" + club + "/board", seat(fresh, "CHAIR", "2021-03-01")).expect(201);
        s.admin().post("/api/v1/clubs/" + club + "/board", seat(veteran, "VICE_CHAIR", "2021-03-01")).expect(201);
        s.admin().post("/api/v1/clubs/" + club + "/board", seat(untrained, "OTHER", "2021-03-01")).expect(201);
        String thisYear = LocalDate.of(year, 1, 1).toString();
        s.admin().post("/api/v1/clubs/" + club + "/trainings", Body.of("memberId", fresh, "kind", "INITIAL", "trainedOn", thisYear)).expect(201);
        s.admin().post("/api/v1/clubs/" + club + "/trainings", Body.of("memberId", veteran, "kind", "INITIAL", "trainedOn", "2021-04-01")).expect(201);
        s.admin().post("/api/v1/clubs/" + club + "/trainings", Body.of("memberId", veteran, "kind", "REFRESHER", "trainedOn", "2022-03-15")).expect(201);
        s.admin().post("/api/v1/clubs/" + club + "/trainings", Body.of("memberId", untrained, "kind", "REFRESHER", "trainedOn", thisYear)).expect(201);

        List<JsonNode> seats = s.admin().get("/api/v1/clubs/" + club + "/board").expect(200).items();
        assertEquals(thisYear, seats.get(0).get("initialTrainingOn").asText());
        assertTrue(seats.get(0).get("trainedThisYear").asBoolean());
        assertEquals("2021-04-01", seats.get(1).get("initialTrainingOn").asText());
        assertEquals("2022-03-15", seats.get(1).get("lastRefresherOn").asText());
        assertFalse(seats.get(1).get("trainedThisYear").asBoolean(), "no refresher this year");
        assertTrue(seats.get(2).get("initialTrainingOn").isNull());
        assertFalse(seats.get(2).get("trainedThisYear").asBoolean(), "a refresher without the initial training does not count");

        s.admin().post("/api/v1/clubs/" + club + "/trainings", Body.of("memberId", veteran, "kind", "REFRESHER", "trainedOn", thisYear)).expect(201);
        assertTrue(s.admin().get("/api/v1/clubs/" + club + "/board").items().get(1).get("trainedThisYear").asBoolean());
    }

    @Test
    void appointValidation() {
        long club = newClub();
        long m = Fixtures.member(club); // joined 2021-03-01
        long gone = Fixtures.member(club);
        s.admin().post("/api/v1/members/" + gone + "/leave", Body.of("leftOn", "2023-01-01")).expect(200);
        Db.Snapshot board = boardOf(club);
        Api admin = s.admin();
        String path = "/api/v1/clubs/" + club + "/board";
        admin.post(path, Body.without(seat(m, "CHAIR", "2022-01-01"), "memberId")).expectProblem(400, "memberId", "required");
        admin.post(path, Body.without(seat(m, "CHAIR", "2022-01-01"), "role")).expectProblem(400, "role", "required");
        admin.post(path, Body.without(seat(m, "CHAIR", "2022-01-01"), "termStart")).expectProblem(400, "termStart", "required");
        admin.post(path, seat(m, "PRESIDENT", "2022-01-01")).expectProblem(400, "role", "enum");
        admin.post(path, Body.with(seat(m, "CHAIR", "2022-01-01"), "memberId", "m1")).expectProblem(400, "memberId", "integer");
        admin.post(path, seat(m, "CHAIR", "1/1/2022")).expectProblem(400, "termStart", "date");
        // a term is recorded once it has begun; its planned end may lie ahead, but not past 2100
        admin.post(path, seat(m, "CHAIR", Dates.today().plusDays(1).toString())).expectProblem(400, "termStart", "not-future");
        admin.post(path, seat(m, "CHAIR", "1899-12-31")).expectProblem(400, "termStart", "date-range");
        admin.post(path, Body.with(seat(m, "CHAIR", "2022-01-01"), "termEnd", "2101-01-01")).expectProblem(400, "termEnd", "date-range");
        admin.post(path, Body.with(seat(m, "CHAIR", "2022-01-01"), "termEnd", "2021-12-31"))
                .expectProblem(400, "termEnd", "term-end-before-start");
        admin.post(path, Body.with(seat(m, "CHAIR", "2022-01-01"), "elected", true)).expectProblem(400, "elected", "unknown-field");
        admin.post(path, seat(987654321L, "CHAIR", "2022-01-01")).expectProblem(422, "memberId", "not-a-club-member");
        admin.post(path, seat(s.memberB1, "CHAIR", "2022-01-01")).expectProblem(422, "memberId", "not-a-club-member");
        admin.post(path, seat(m, "CHAIR", "2021-02-28")).expectProblem(422, "termStart", "before-joined");
        admin.post(path, seat(gone, "CHAIR", "2023-01-01")).expectProblem(422, "memberId", "member-left");
        admin.post(path, seat(gone, "CHAIR", "2024-01-01")).expectProblem(422, "memberId", "member-left");
        admin.post("/api/v1/clubs/987654321/board", seat(m, "CHAIR", "2022-01-01")).expectProblemType(404, "not-found");
        board.assertUnchanged();
    }

    @Test
    void oneChairAndOneTreasurerAtATime() {
        long club = newClub();
        long a = Fixtures.member(club);
        long b = Fixtures.member(club);
        long c = Fixtures.member(club);
        s.admin().post("/api/v1/clubs/" + club + "/board", Body.with(seat(a, "CHAIR", "2021-03-01"), "termEnd", "2022-12-31")).expect(201);
        s.admin().post("/api/v1/clubs/" + club + "/board", seat(b, "TREASURER", "2021-03-01")).expect(201);
        Db.Snapshot board = boardOf(club);
        String path = "/api/v1/clubs/" + club + "/board";
        s.admin().post(path, seat(c, "CHAIR", "2022-12-31")).expectProblem(409, "role", "board-role-taken");
        s.admin().post(path, Body.with(seat(c, "CHAIR", "2021-03-01"), "termEnd", "2021-03-01"))
                .expectProblem(409, "role", "board-role-taken");
        s.admin().post(path, seat(c, "TREASURER", "2025-01-01")).expectProblem(409, "role", "board-role-taken");
        JsonNode en = s.admin().english().post(path, seat(c, "TREASURER", "2025-01-01")).expect(409).json();
        assertEquals("role: another member already holds this role in that period", en.get("errors").get(0).get("message").asText());
        board.assertUnchanged();
        // the next chair from the day after; several vice-chairs and others
        s.admin().post(path, seat(c, "CHAIR", "2023-01-01")).expect(201);
        s.admin().post(path, seat(a, "VICE_CHAIR", "2023-01-01")).expect(201);
        s.admin().post(path, seat(b, "VICE_CHAIR", "2023-01-01")).expect(201);
        s.admin().post(path, seat(a, "OTHER", "2023-01-01")).expect(201);
        s.admin().post(path, seat(c, "OTHER", "2023-01-01")).expect(201);
        assertEquals(6, s.admin().get(path).totalItems());
    }

    @Test
    void endingATerm() {
        long club = newClub();
        long m = Fixtures.member(club);
        long seat = s.admin().post("/api/v1/clubs/" + club + "/board", seat(m, "TREASURER", "2021-03-01")).expect(201).id();
        JsonNode r = s.admin().post("/api/v1/clubs/" + club + "/board/" + seat + "/end", Body.of("termEnd", "2024-06-30"))
                .expect(200).json();
        assertEquals("2024-06-30", r.get("termEnd").asText());
        assertEquals("2024-06-30", db.row("board_member", seat).get("term_end").toString());
        assertEquals(List.of(), s.admin().get("/api/v1/clubs/" + club + "/board").ids());
        // ending on the first day is a one-day term
        long short_ = s.admin().post("/api/v1/clubs/" + club + "/board", seat(m, "OTHER", "2024-01-01")).expect(201).id();
        s.admin().post("/api/v1/clubs/" + club + "/board/" + short_ + "/end", Body.of("termEnd", "2024-01-01")).expect(200);
    }

    @Test
    void endTermValidation() {
        long club = newClub();
        long m = Fixtures.member(club);
        long seat = s.admin().post("/api/v1/clubs/" + club + "/board", seat(m, "CHAIR", "2022-01-01")).expect(201).id();
        long otherClubSeat = s.admin().post("/api/v1/clubs/" + s.clubB + "/board", seat(s.memberB1, "OTHER", "2022-01-01"))
                .expect(201).id();
        Db.Snapshot board = db.snapshot("SELECT * FROM board_member WHERE club_id IN (?, ?) ORDER BY id", club, s.clubB);
        String path = "/api/v1/clubs/" + club + "/board/" + seat + "/end";
        s.admin().post(path, Body.of()).expectProblem(400, "termEnd", "required");
        s.admin().post(path, Body.of("termEnd", "2021-12-31")).expectProblem(400, "termEnd", "term-end-before-start");
        s.admin().post(path, Body.of("termEnd", "2024-13-01")).expectProblem(400, "termEnd", "date");
        s.admin().post(path, Body.of("termEnd", "2024-01-01", "reason", "x")).expectProblem(400, "reason", "unknown-field");
        JsonNode p = s.admin().post("/api/v1/clubs/" + club + "/board/" + otherClubSeat + "/end", Body.of("termEnd", "2024-01-01"))
                .expectProblemType(404, "not-found").json();
        assertEquals("Không có vị trí trong ban chủ nhiệm với mã này, hoặc nằm ngoài phạm vi của bạn.", p.get("detail").asText());
        s.admin().post("/api/v1/clubs/" + club + "/board/987654321/end", Body.of("termEnd", "2024-01-01"))
                .expectProblemType(404, "not-found");
        s.admin().post("/api/v1/clubs/" + club + "/board/abc/end", Body.of("termEnd", "2024-01-01"))
                .expectProblem(400, "seatId", "invalid-type");
        board.assertUnchanged();
    }

    @Test
    void movingATermsEndMustNotMakeTwoChairs() {
        long club = newClub();
        long a = Fixtures.member(club);
        long b = Fixtures.member(club);
        long first = s.admin().post("/api/v1/clubs/" + club + "/board",
                Body.with(seat(a, "CHAIR", "2021-06-01"), "termEnd", "2022-06-01")).expect(201).id();
        s.admin().post("/api/v1/clubs/" + club + "/board", seat(b, "CHAIR", "2023-01-01")).expect(201);
        Db.Snapshot board = boardOf(club);
        s.admin().post("/api/v1/clubs/" + club + "/board/" + first + "/end", Body.of("termEnd", "2024-01-01"))
                .expectProblem(409, "termEnd", "board-role-taken");
        board.assertUnchanged();
        assertEquals(1, s.admin().get("/api/v1/clubs/" + club + "/board?asOf=2023-06-01").totalItems());
        // up to the day before the next chair is fine
        s.admin().post("/api/v1/clubs/" + club + "/board/" + first + "/end", Body.of("termEnd", "2022-12-31")).expect(200);
    }

    @Test
    void whoMayReadAndChangeTheBoard() {
        long chairSeat = s.as(s.chairA).post("/api/v1/clubs/" + s.clubA + "/board", seat(s.memberA1, "CHAIR", "2022-01-01"))
                .expect(201).id();
        long officerSeat = s.as(s.officerA).post("/api/v1/clubs/" + s.clubA + "/board", seat(s.memberA2, "OTHER", "2022-01-01"))
                .expect(201).id();
        s.as(s.chairA).post("/api/v1/clubs/" + s.clubA + "/board/" + officerSeat + "/end", Body.of("termEnd", "2023-01-01"))
                .expect(200);
        assertEquals("2023-01-01", db.row("board_member", officerSeat).get("term_end").toString());
        for (Fixtures.User u : List.of(s.officerA, s.auditorUnit, s.chairA, s.treasurerA)) {
            assertEquals(List.of(chairSeat), s.as(u).get("/api/v1/clubs/" + s.clubA + "/board").expect(200).ids());
        }
        for (Fixtures.User u : List.of(s.officerB, s.auditorClubs, s.chairB, s.treasurerB)) {
            s.as(u).get("/api/v1/clubs/" + s.clubA + "/board").expectProblemType(404, "not-found");
        }

        Db.Snapshot board = db.snapshot("SELECT * FROM board_member WHERE club_id IN (?, ?) ORDER BY id", s.clubA, s.clubB);
        String appoint = "/api/v1/clubs/" + s.clubA + "/board";
        String end = "/api/v1/clubs/" + s.clubA + "/board/" + chairSeat + "/end";
        s.as(s.treasurerA).post(appoint, seat(s.memberA2, "OTHER", "2024-01-01")).expectProblemType(403, "forbidden");
        s.as(s.treasurerA).post(end, Body.of("termEnd", "2024-01-01")).expectProblemType(403, "forbidden");
        s.as(s.auditorUnit).post(appoint, seat(s.memberA2, "OTHER", "2024-01-01")).expectProblemType(403, "forbidden");
        s.as(s.auditorUnit).post(end, Body.of("termEnd", "2024-01-01")).expectProblemType(403, "forbidden");
        s.as(s.chairB).post(appoint, seat(s.memberA2, "OTHER", "2024-01-01")).expectProblemType(404, "not-found");
        s.as(s.chairB).post(end, Body.of("termEnd", "2024-01-01")).expectProblemType(404, "not-found");
        s.as(s.officerB).post(appoint, seat(s.memberA2, "OTHER", "2024-01-01")).expectProblemType(404, "not-found");
        s.as(s.chairA).post("/api/v1/clubs/" + s.clubB + "/board", seat(s.memberB1, "OTHER", "2024-01-01"))
                .expectProblemType(404, "not-found");
        Scene.anonymous().post(appoint, seat(s.memberA2, "OTHER", "2024-01-01")).expectProblemType(401, "unauthorized");
        Scene.anonymous().get(appoint).expectProblemType(401, "unauthorized");
        board.assertUnchanged();
    }
}
