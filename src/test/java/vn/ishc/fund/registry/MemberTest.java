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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Members: add, read, list and search, correct, leave, delete — and the rules of each. */
class MemberTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static Scene s;
    private static Db db;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        db = TestApp.db();
    }

    private static int thisYear() {
        return LocalDate.now(VIETNAM).getYear();
    }

    private static String tomorrow() {
        return LocalDate.now(VIETNAM).plusDays(1).toString();
    }

    private static Map<String, Object> member(String name) {
        return Body.of("fullName", name, "sex", "FEMALE", "birthYear", 1958, "povertyStatus", "NEAR_POOR",
                "joinedOn", "2020-02-01");
    }

    private static long newClub() {
        return Fixtures.club(s.communeA, LocalDate.of(2020, 1, 15));
    }

    private static Db.Snapshot membersOf(long club) {
        return db.snapshot("SELECT * FROM member WHERE club_id = ? ORDER BY id", club);
    }

    @Test
    void addingAMemberNumbersThemInOrder() {
        long club = newClub();
        Map<String, Object> body = Body.with(member("  Hoàng   Thị  Huệ "), "ethnicity", "Tày", "villageId", s.villageA,
                "phone", "+84912345678");
        JsonNode first = s.admin().post("/api/v1/clubs/" + club + "/members", body).expect(201).json();
        long second = s.admin().post("/api/v1/clubs/" + club + "/members", member("Nông Văn Dũng")).expect(201).id();
        long third = Fixtures.member(club);
        assertEquals(1, first.get("memberNo").asInt());
        assertEquals("Hoàng Thị Huệ", first.get("fullName").asText());
        assertEquals(club, first.get("clubId").asLong());
        assertEquals(s.villageA, first.get("villageId").asLong());
        assertTrue(first.get("villageName").asText().startsWith("Thôn"));
        assertEquals(thisYear() - 1958, first.get("age").asInt());
        assertTrue(first.get("active").asBoolean());
        assertTrue(first.get("leftOn").isNull());

        Map<String, Object> row = db.row("member", first.get("id").asLong());
        assertEquals(club, ((Number) row.get("club_id")).longValue());
        assertEquals("Hoàng Thị Huệ", row.get("full_name"));
        assertEquals("FEMALE", row.get("sex"));
        assertEquals(1958, ((Number) row.get("birth_year")).intValue());
        assertEquals("NEAR_POOR", row.get("poverty_status"));
        assertEquals("Tày", row.get("ethnicity"));
        assertEquals("+84912345678", row.get("phone"));
        assertEquals("2020-02-01", row.get("joined_on").toString());
        assertEquals(2, ((Number) db.row("member", second).get("member_no")).intValue());
        assertEquals(3, ((Number) db.row("member", third).get("member_no")).intValue());
        // numbers count per club
        assertEquals(1, ((Number) db.row("member", Fixtures.member(newClub())).get("member_no")).intValue());
    }

    @Test
    void blankOptionalTextsAreStoredAsNothing() {
        long club = newClub();
        long id = s.admin().post("/api/v1/clubs/" + club + "/members",
                Body.with(member("Lý Thị Mai"), "ethnicity", "  ", "phone", "")).expect(201).id();
        Map<String, Object> row = db.row("member", id);
        assertNull(row.get("ethnicity"));
        assertNull(row.get("phone"));
    }

    @Test
    void createValidation() {
        long club = newClub();
        Db.Snapshot members = membersOf(club);
        Api admin = s.admin();
        String path = "/api/v1/clubs/" + club + "/members";
        Map<String, Object> ok = member("Vi Thị Lan");
        admin.post(path, Body.without(ok, "fullName")).expectProblem(400, "fullName", "required");
        admin.post(path, Body.with(ok, "fullName", "  ")).expectProblem(400, "fullName", "required");
        admin.post(path, Body.with(ok, "fullName", "N".repeat(151))).expectProblem(400, "fullName", "size");
        admin.post(path, Body.without(ok, "sex")).expectProblem(400, "sex", "required");
        admin.post(path, Body.with(ok, "sex", "F")).expectProblem(400, "sex", "enum");
        admin.post(path, Body.without(ok, "birthYear")).expectProblem(400, "birthYear", "required");
        admin.post(path, Body.with(ok, "birthYear", 1899)).expectProblem(400, "birthYear", "min");
        admin.post(path, Body.with(ok, "birthYear", thisYear() + 1)).expectProblem(400, "birthYear", "birth-year-range");
        admin.post(path, Body.with(ok, "birthYear", "nineteen")).expectProblem(400, "birthYear", "integer");
        admin.post(path, Body.with(ok, "birthYear", 1958.5)).expectProblem(400, "birthYear", "integer");
        admin.post(path, Body.without(ok, "povertyStatus")).expectProblem(400, "povertyStatus", "required");
        admin.post(path, Body.with(ok, "povertyStatus", "RICH")).expectProblem(400, "povertyStatus", "enum");
        admin.post(path, Body.with(ok, "ethnicity", "E".repeat(51))).expectProblem(400, "ethnicity", "size");
        admin.post(path, Body.with(ok, "phone", "call me")).expectProblem(400, "phone", "pattern");
        admin.post(path, Body.with(ok, "phone", "0912")).expectProblem(400, "phone", "pattern");
        admin.post(path, Body.without(ok, "joinedOn")).expectProblem(400, "joinedOn", "required");
        admin.post(path, Body.with(ok, "joinedOn", "2020-02-30")).expectProblem(400, "joinedOn", "date");
        admin.post(path, Body.with(ok, "joinedOn", tomorrow())).expectProblem(400, "joinedOn", "not-future");
        admin.post(path, Body.with(ok, "joinedOn", "1899-12-31")).expectProblem(400, "joinedOn", "date-range");
        admin.post(path, Body.with(ok, "joinedOn", "2020-01-14")).expectProblem(422, "joinedOn", "before-founding");
        admin.post(path, Body.with(ok, "villageId", s.villageA2)).expectProblem(422, "villageId", "village-of-commune");
        admin.post(path, Body.with(ok, "villageId", s.communeA)).expectProblem(422, "villageId", "village-level");
        admin.post(path, Body.with(ok, "villageId", 987654321L)).expectProblem(422, "villageId", "unknown-reference");
        admin.post(path, Body.with(ok, "memberNo", 7)).expectProblem(400, "memberNo", "unknown-field");
        admin.post(path, Body.with(ok, "leftOn", "2024-01-01")).expectProblem(400, "leftOn", "unknown-field");
        admin.send("POST", path, "").expectProblem(400, null, "body-required");
        members.assertUnchanged();
        admin.post("/api/v1/clubs/987654321/members", ok).expectProblemType(404, "not-found");
    }

    @Test
    void birthYearAndFoundingMessagesNameTheLimits() {
        long club = newClub();
        JsonNode future = s.admin().english().post("/api/v1/clubs/" + club + "/members",
                Body.with(member("A"), "birthYear", 3000)).expect(400).json();
        assertEquals("birthYear: must be between 1900 and " + thisYear(), future.get("errors").get(0).get("message").asText());
        JsonNode early = s.admin().post("/api/v1/clubs/" + club + "/members",
                Body.with(member("A"), "joinedOn", "2019-12-31")).expect(422).json();
        assertEquals("joinedOn: không được trước ngày thành lập câu lạc bộ (2020-01-15)",
                early.get("errors").get(0).get("message").asText());
        assertEquals("urn:ishc-fund:problem:business-rule", early.get("type").asText());
    }

    @Test
    void elderlyIsDerivedFromTheBirthYearAtSixty() {
        long club = newClub();
        long sixty = s.admin().post("/api/v1/clubs/" + club + "/members",
                Body.with(member("Bà Sáu Mươi"), "birthYear", thisYear() - 60)).expect(201).id();
        long fiftyNine = s.admin().post("/api/v1/clubs/" + club + "/members",
                Body.with(member("Chị Năm Chín"), "birthYear", thisYear() - 59)).expect(201).id();
        JsonNode a = s.admin().get("/api/v1/members/" + sixty).expect(200).json();
        assertEquals(60, a.get("age").asInt());
        assertTrue(a.get("elderly").asBoolean());
        JsonNode b = s.admin().get("/api/v1/members/" + fiftyNine).expect(200).json();
        assertEquals(59, b.get("age").asInt());
        assertFalse(b.get("elderly").asBoolean());
        assertEquals(List.of(sixty), s.admin().get("/api/v1/clubs/" + club + "/members?elderly=true").ids());
        assertEquals(List.of(fiftyNine), s.admin().get("/api/v1/clubs/" + club + "/members?elderly=false").ids());

        s.admin().patch("/api/v1/members/" + fiftyNine, Body.of("birthYear", thisYear() - 61)).expect(200);
        assertTrue(s.admin().get("/api/v1/members/" + fiftyNine).json().get("elderly").asBoolean());
    }

    @Test
    void searchIgnoresCaseAndVietnameseAccents() {
        long club = newClub();
        long nguyen = s.admin().post("/api/v1/clubs/" + club + "/members", member("Nguyễn Thị Lan")).expect(201).id();
        long dang = s.admin().post("/api/v1/clubs/" + club + "/members", member("Đặng Văn Đức")).expect(201).id();
        long other = s.admin().post("/api/v1/clubs/" + club + "/members", member("Hoàng Thị Thu")).expect(201).id();
        String base = "/api/v1/members?clubId=" + club + "&q=";
        assertEquals(List.of(nguyen), s.admin().get(base + "nguyen").ids());
        assertEquals(List.of(nguyen), s.admin().get(base + "NGUYEN").ids());
        assertEquals(List.of(nguyen), s.admin().get(base + "Nguy%E1%BB%85n").ids()); // "Nguyễn", URL-encoded
        assertEquals(List.of(nguyen), s.admin().get(base + "thi%20lan").ids());
        assertEquals(List.of(dang), s.admin().get(base + "dang").ids());
        assertEquals(List.of(dang), s.admin().get(base + "van%20duc").ids());
        assertEquals(List.of(nguyen, other), s.admin().get(base + "thi").ids());
        assertEquals(List.of(), s.admin().get(base + "_").ids(), "_ is not a wildcard");
        // a blank search is a mistake, not "no search": refused, never read as absent
        s.admin().get(base + "%20").expectProblem(400, "q", "empty");
        s.admin().get(base).expectProblem(400, "q", "empty");
    }

    @Test
    void listFiltersByStateSexPovertyAndSorts() {
        long club = newClub();
        long a = s.admin().post("/api/v1/clubs/" + club + "/members", Body.of("fullName", "Bế Văn An", "sex", "MALE",
                "birthYear", 1990, "povertyStatus", "NONE", "joinedOn", "2022-05-01")).expect(201).id();
        long b = s.admin().post("/api/v1/clubs/" + club + "/members", Body.of("fullName", "Lương Thị Cúc", "sex", "FEMALE",
                "birthYear", 1945, "povertyStatus", "POOR", "joinedOn", "2020-03-01")).expect(201).id();
        long c = s.admin().post("/api/v1/clubs/" + club + "/members", Body.of("fullName", "Chu Thị Bích", "sex", "FEMALE",
                "birthYear", 1960, "povertyStatus", "DISADVANTAGED", "joinedOn", "2021-01-01")).expect(201).id();
        s.admin().post("/api/v1/members/" + c + "/leave", Body.of("leftOn", "2024-06-30")).expect(200);
        String base = "/api/v1/clubs/" + club + "/members";
        assertEquals(List.of(a, b), s.admin().get(base).ids());
        assertEquals(List.of(a, b), s.admin().get(base + "?state=ACTIVE").ids());
        assertEquals(List.of(c), s.admin().get(base + "?state=LEFT").ids());
        assertEquals(List.of(a, b, c), s.admin().get(base + "?state=ALL").ids());
        assertEquals(List.of(b), s.admin().get(base + "?sex=FEMALE").ids());
        assertEquals(List.of(c), s.admin().get(base + "?state=ALL&povertyStatus=DISADVANTAGED").ids());
        assertEquals(List.of(a, b, c), s.admin().get("/api/v1/members?state=ALL&clubId=" + club).ids());

        assertEquals(List.of(a, c, b), s.admin().get(base + "?state=ALL&sort=fullName").ids());
        assertEquals(List.of(b, c, a), s.admin().get(base + "?state=ALL&sort=fullName,desc").ids());
        assertEquals(List.of(b, c, a), s.admin().get(base + "?state=ALL&sort=birthYear").ids());
        assertEquals(List.of(b, c, a), s.admin().get(base + "?state=ALL&sort=joinedOn").ids());
        assertEquals(List.of(c, b, a), s.admin().get(base + "?state=ALL&sort=memberNo,desc").ids());
        assertEquals(List.of(a, b, c), s.admin().get(base + "?state=ALL&sort=club").ids());
        Response page = s.admin().get(base + "?state=ALL&sort=memberNo&size=2&page=1").expect(200);
        assertEquals(List.of(c), page.ids());
        assertEquals(3, page.totalItems());
        s.admin().get(base + "?sort=phone").expectProblem(400, "sort", "sort");
        s.admin().get(base + "?size=0").expectProblem(400, "size", "page-size");
        s.admin().get(base + "?size=501").expectProblem(400, "size", "page-size");
        s.admin().get(base + "?sex=X").expectProblem(400, "sex", "enum");
        s.admin().get(base + "?povertyStatus=RICH").expectProblem(400, "povertyStatus", "enum");
    }

    @Test
    void getAndUnknownIds() {
        JsonNode m = s.admin().get("/api/v1/members/" + s.memberA1).expect(200).json();
        assertEquals(s.clubA, m.get("clubId").asLong());
        assertEquals(db.string("SELECT code FROM club WHERE id = ?", s.clubA), m.get("clubCode").asText());
        JsonNode p = s.admin().get("/api/v1/members/987654321").expectProblemType(404, "not-found").json();
        assertEquals("Không có thành viên với mã này, hoặc nằm ngoài phạm vi của bạn.", p.get("detail").asText());
        s.admin().patch("/api/v1/members/987654321", Body.of("phone", "0912345678")).expectProblemType(404, "not-found");
        s.admin().post("/api/v1/members/987654321/leave", Body.of("leftOn", "2024-01-01")).expectProblemType(404, "not-found");
        s.admin().delete("/api/v1/members/987654321").expectProblemType(404, "not-found");
        s.admin().get("/api/v1/members?clubId=987654321").expectProblemType(404, "not-found");
    }

    @Test
    void patchCorrectsWhatIsGiven() {
        long club = newClub();
        long id = Fixtures.member(club);
        Map<String, Object> before = db.row("member", id);
        s.admin().patch("/api/v1/members/" + id, Body.of("fullName", "Triệu Thị Nga", "sex", "FEMALE", "birthYear", 1961,
                "povertyStatus", "NONE", "ethnicity", "Nùng", "villageId", s.villageA, "phone", "0987654321",
                "joinedOn", "2020-01-15")).expect(200);
        Map<String, Object> after = db.row("member", id);
        assertEquals("Triệu Thị Nga", after.get("full_name"));
        assertEquals(1961, ((Number) after.get("birth_year")).intValue());
        assertEquals("NONE", after.get("poverty_status"));
        assertEquals("Nùng", after.get("ethnicity"));
        assertEquals(s.villageA, ((Number) after.get("village_id")).longValue());
        assertEquals("0987654321", after.get("phone"));
        assertEquals("2020-01-15", after.get("joined_on").toString());
        assertEquals(before.get("member_no"), after.get("member_no"));
        assertEquals(before.get("club_id"), after.get("club_id"));

        s.admin().patch("/api/v1/members/" + id, Body.of("phone", "")).expect(200);
        assertNull(db.row("member", id).get("phone"), "an empty phone clears it");
        s.admin().patch("/api/v1/members/" + id, Body.of()).expect(200);
        assertEquals("Triệu Thị Nga", db.row("member", id).get("full_name"));
    }

    @Test
    void patchValidation() {
        long club = newClub();
        long id = Fixtures.member(club); // joined 2021-03-01
        s.admin().post("/api/v1/members/" + id + "/leave", Body.of("leftOn", "2023-01-01")).expect(200);
        Db.Snapshot row = db.snapshot("SELECT * FROM member WHERE id = ?", id);
        Api admin = s.admin();
        String path = "/api/v1/members/" + id;
        admin.patch(path, Body.of("fullName", "")).expectProblem(400, "fullName", "size");
        admin.patch(path, Body.of("fullName", "   ")).expectProblem(400, "fullName", "required");
        admin.patch(path, Body.of("fullName", "N".repeat(151))).expectProblem(400, "fullName", "size");
        admin.patch(path, Body.of("sex", "OTHER")).expectProblem(400, "sex", "enum");
        admin.patch(path, Body.of("birthYear", 1800)).expectProblem(400, "birthYear", "min");
        admin.patch(path, Body.of("birthYear", thisYear() + 1)).expectProblem(400, "birthYear", "birth-year-range");
        admin.patch(path, Body.of("povertyStatus", "POORER")).expectProblem(400, "povertyStatus", "enum");
        admin.patch(path, Body.of("ethnicity", "E".repeat(51))).expectProblem(400, "ethnicity", "size");
        admin.patch(path, Body.of("phone", "12-34")).expectProblem(400, "phone", "pattern");
        admin.patch(path, Body.of("joinedOn", tomorrow())).expectProblem(400, "joinedOn", "not-future");
        admin.patch(path, Body.of("joinedOn", "2019-01-01")).expectProblem(422, "joinedOn", "before-founding");
        admin.patch(path, Body.of("joinedOn", "2023-01-02")).expectProblem(422, "joinedOn", "after-left");
        admin.patch(path, Body.of("villageId", s.villageB)).expectProblem(422, "villageId", "village-of-commune");
        admin.patch(path, Body.of("clubId", s.clubB)).expectProblem(400, "clubId", "unknown-field");
        admin.patch(path, Body.of("leftOn", "2024-01-01")).expectProblem(400, "leftOn", "unknown-field");
        row.assertUnchanged();
    }

    @Test
    void leavingKeepsTheMemberAndTheirHistory() {
        long club = newClub();
        long id = Fixtures.member(club);
        JsonNode r = s.admin().post("/api/v1/members/" + id + "/leave", Body.of("leftOn", "2024-02-29", "reason", " Chuyển  nhà "))
                .expect(200).json();
        assertEquals("2024-02-29", r.get("leftOn").asText());
        assertEquals("Chuyển nhà", r.get("leftReason").asText());
        assertFalse(r.get("active").asBoolean());
        Map<String, Object> row = db.row("member", id);
        assertEquals("2024-02-29", row.get("left_on").toString());
        assertEquals("Chuyển nhà", row.get("left_reason"));
        assertEquals(0, s.admin().get("/api/v1/clubs/" + club).json().get("activeMembers").asInt());
    }

    @Test
    void leaveValidation() {
        long club = newClub();
        long id = Fixtures.member(club); // joined 2021-03-01
        Db.Snapshot row = db.snapshot("SELECT * FROM member WHERE id = ?", id);
        Api admin = s.admin();
        String path = "/api/v1/members/" + id + "/leave";
        admin.post(path, Body.of()).expectProblem(400, "leftOn", "required");
        admin.post(path, Body.of("leftOn", "soon")).expectProblem(400, "leftOn", "date");
        admin.post(path, Body.of("leftOn", "2021-02-28")).expectProblem(422, "leftOn", "before-joined");
        admin.post(path, Body.of("leftOn", tomorrow())).expectProblem(400, "leftOn", "not-future");
        admin.post(path, Body.of("leftOn", "0001-01-01")).expectProblem(400, "leftOn", "date-range");
        admin.post(path, Body.of("leftOn", "2024-01-01", "reason", "chuyển\u001bđi")).expectProblem(400, "reason", "control-character");
        admin.post(path, Body.of("leftOn", "2024-01-01", "reason", "R".repeat(201))).expectProblem(400, "reason", "size");
        admin.post(path, Body.of("leftOn", "2024-01-01", "why", "x")).expectProblem(400, "why", "unknown-field");
        row.assertUnchanged();
        // leaving on the joining day is allowed; leaving twice is a conflict
        admin.post(path, Body.of("leftOn", "2021-03-01")).expect(200);
        Db.Snapshot left = db.snapshot("SELECT * FROM member WHERE id = ?", id);
        admin.post(path, Body.of("leftOn", "2024-01-01")).expectProblem(409, null, "member-already-left");
        left.assertUnchanged();
    }

    @Test
    void joiningAndLeavingDatesMustEncloseTheMembersHistory() {
        long club = newClub();
        long id = Fixtures.member(club); // joined 2021-03-01
        s.admin().post("/api/v1/clubs/" + club + "/board", Body.of("memberId", id, "role", "OTHER", "termStart", "2022-01-01"))
                .expect(201);
        s.admin().post("/api/v1/clubs/" + club + "/trainings", Body.of("memberId", id, "kind", "INITIAL", "trainedOn", "2021-06-01"))
                .expect(201);
        s.admin().post("/api/v1/clubs/" + club + "/trainings", Body.of("memberId", id, "kind", "REFRESHER", "trainedOn", "2023-03-15"))
                .expect(201);
        Db.Snapshot row = db.snapshot("SELECT * FROM member WHERE id = ?", id);
        JsonNode joined = s.admin().english().patch("/api/v1/members/" + id, Body.of("joinedOn", "2021-06-02"))
                .expectProblem(422, "joinedOn", "after-history").json();
        assertEquals("joinedOn: must not be after the member's first board term or training (2021-06-01)",
                joined.get("errors").get(0).get("message").asText());
        JsonNode left = s.admin().english().post("/api/v1/members/" + id + "/leave", Body.of("leftOn", "2023-03-14"))
                .expectProblem(422, "leftOn", "before-history").json();
        assertEquals("leftOn: must not be before the member's last board term or training (2023-03-15)",
                left.get("errors").get(0).get("message").asText());
        row.assertUnchanged();
        s.admin().patch("/api/v1/members/" + id, Body.of("joinedOn", "2021-06-01")).expect(200);
        s.admin().post("/api/v1/members/" + id + "/leave", Body.of("leftOn", "2023-03-15")).expect(200);
    }

    @Test
    void aMemberWithoutHistoryCanBeDeleted() {
        long club = newClub();
        long id = Fixtures.member(club);
        s.admin().delete("/api/v1/members/" + id).expect(204);
        assertNull(db.row("member", id));
        s.admin().get("/api/v1/members/" + id).expectProblemType(404, "not-found");
        // a member who left without any history too
        long left = Fixtures.member(club);
        s.admin().post("/api/v1/members/" + left + "/leave", Body.of("leftOn", "2024-01-01")).expect(200);
        s.admin().delete("/api/v1/members/" + left).expect(204);
        assertNull(db.row("member", left));
    }

    @Test
    void aMemberOnTheBoardOrTrainedCannotBeDeleted() {
        long club = newClub();
        long boardMember = Fixtures.member(club);
        long trained = Fixtures.member(club);
        long formerBoardMember = Fixtures.member(club);
        s.admin().post("/api/v1/clubs/" + club + "/board", Body.of("memberId", boardMember, "role", "VICE_CHAIR",
                "termStart", "2022-01-01")).expect(201);
        s.admin().post("/api/v1/clubs/" + club + "/trainings", Body.of("memberId", trained, "kind", "INITIAL",
                "trainedOn", "2022-01-01")).expect(201);
        long seat = s.admin().post("/api/v1/clubs/" + club + "/board", Body.of("memberId", formerBoardMember, "role", "OTHER",
                "termStart", "2022-01-01")).expect(201).id();
        s.admin().post("/api/v1/clubs/" + club + "/board/" + seat + "/end", Body.of("termEnd", "2022-12-31")).expect(200);
        Db.Snapshot members = membersOf(club);
        for (long id : List.of(boardMember, trained, formerBoardMember)) {
            s.admin().delete("/api/v1/members/" + id).expectProblem(409, null, "member-has-history");
        }
        JsonNode en = s.admin().english().delete("/api/v1/members/" + trained).expect(409).json();
        assertEquals("the member has history; mark them as left instead of deleting",
                en.get("errors").get(0).get("message").asText());
        members.assertUnchanged();
        // leaving is the way
        s.admin().post("/api/v1/members/" + trained + "/leave", Body.of("leftOn", "2024-01-01")).expect(200);
    }
}
