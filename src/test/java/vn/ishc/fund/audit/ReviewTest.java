package vn.ishc.fund.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditor's review through HTTP: the auditor opens a review, records findings and signs off the chain
 * head; the chair answers; the auditor closes. Every other caller is refused (403 for a role that may not,
 * 404 outside the scope), and bad input is a problem naming the field and rule that writes nothing.
 */
class ReviewTest {

    private static final LocalDate TODAY = vn.ishc.fund.support.Dates.today();
    private static final LocalDate FROM = TODAY.minusYears(1);

    private static ClubBooks books;
    private static Fixtures.User auditor;
    private static Db db;

    @BeforeAll
    static void setUp() {
        db = TestApp.db();
        books = new ClubBooks(2);
        for (int i = 1; i <= 4; i++) {
            books.op("contribution", Map.of("memberId", books.member(i % 2), "amount", 100000 * i, "date", TODAY.toString()))
                    .expect(201);
        }
        books.op("fee", Map.of("memberId", books.member(0), "amount", 5000, "date", TODAY.toString())).expect(201);
        auditor = Fixtures.createUser("AUDITOR", null, List.of(books.club));
    }

    private static Api as(String token) {
        return TestApp.api().as(token);
    }

    private static Api asAuditor() {
        return as(auditor.token());
    }

    private static Map<String, Object> period(Object from, Object to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from == null ? null : from.toString());
        body.put("to", to == null ? null : to.toString());
        return body;
    }

    private static long openReview() {
        return asAuditor().post("/api/v1/ledgers/" + books.igf + "/reviews", period(FROM, TODAY)).expect(201).id();
    }

    private static long entry(long ledger, int seq) {
        return db.count("SELECT id FROM journal_entry WHERE ledger_id = ? AND seq = ?", ledger, seq);
    }

    private static Response addFinding(Api api, long review, Object entryId, String severity, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (entryId != null) {
            body.put("entryId", entryId);
        }
        body.put("severity", severity);
        body.put("text", text);
        return api.post("/api/v1/reviews/" + review + "/findings", body);
    }

    private static String path(long review, long finding, String action) {
        return "/api/v1/reviews/" + review + "/findings/" + finding + "/" + action;
    }

    @Test
    void theAuditorReviewsTheChairAnswersTheAuditorCloses() {
        JsonNode opened = asAuditor().post("/api/v1/ledgers/" + books.igf + "/reviews", period(FROM, TODAY))
                .expect(201).json();
        long review = opened.get("id").asLong();
        assertEquals("OPEN", opened.get("status").asText());
        assertEquals("IGF", opened.get("fund").asText());
        assertEquals(books.club, opened.get("clubId").asLong());
        assertEquals(db.string("SELECT code FROM club WHERE id = ?", books.club), opened.get("clubCode").asText());
        assertEquals(FROM.toString(), opened.get("periodFrom").asText());
        assertEquals(TODAY.toString(), opened.get("periodTo").asText());
        assertEquals(auditor.id(), opened.get("auditorId").asLong());
        assertEquals(auditor.username(), opened.get("auditorName").asText());
        assertTrue(opened.get("signedSeq").isNull());
        assertEquals(0, opened.get("findings").size());

        long third = entry(books.igf, 3);
        JsonNode major = addFinding(asAuditor(), review, third, "MAJOR", "  Phiếu thu   thiếu chữ ký\tthủ quỹ ").expect(201).json();
        assertEquals("Phiếu thu thiếu chữ ký thủ quỹ", major.get("text").asText(), "text cleaned");
        assertEquals(3, major.get("entrySeq").asLong());
        assertEquals("OPEN", major.get("status").asText());
        long general = addFinding(asAuditor(), review, null, "INFO", "Sổ quỹ ghi đầy đủ").expect(201).id();
        assertEquals(2, db.count("SELECT COUNT(*) FROM audit_finding WHERE review_id = ?", review));

        // the chair sees the findings and answers one before the sign-off
        JsonNode seen = books.asChair().get("/api/v1/reviews/" + review).expect(200).json();
        assertEquals(2, seen.get("findings").size());
        assertEquals("MAJOR", seen.get("findings").get(0).get("severity").asText());
        JsonNode answered = books.asChair().post(path(review, major.get("id").asLong(), "answer"),
                Map.of("text", "Đã bổ sung chữ ký")).expect(200).json();
        assertEquals("ANSWERED", answered.get("status").asText());
        assertEquals("Đã bổ sung chữ ký", answered.get("answer").asText());
        assertTrue(answered.hasNonNull("answeredAt"));

        // the sign-off stores the head the chain verified at
        JsonNode signed = asAuditor().post("/api/v1/reviews/" + review + "/sign-off", null).expect(200).json();
        assertEquals("SIGNED", signed.get("status").asText());
        assertEquals(4, signed.get("signedSeq").asLong(), "four contributions in IGF (the fee went to AF)");
        assertEquals(db.string("SELECT last_hash FROM ledger WHERE id = ?", books.igf), signed.get("signedHash").asText());
        assertEquals(TODAY.toString(), signed.get("signedOn").asText());
        Map<String, Object> row = db.row("audit_review", review);
        assertEquals("SIGNED", row.get("status"));
        assertEquals(4L, ((Number) row.get("signed_seq")).longValue());

        // no new findings and no second sign-off; answering and closing go on
        addFinding(asAuditor(), review, null, "MINOR", "muộn").expectProblem(409, null, "review-signed");
        asAuditor().post("/api/v1/reviews/" + review + "/sign-off", null).expectProblem(409, null, "review-signed");
        books.asChair().post(path(review, general, "answer"), Map.of("text", "Cảm ơn")).expect(200);
        for (JsonNode f : asAuditor().get("/api/v1/reviews/" + review).expect(200).json().get("findings")) {
            JsonNode closed = asAuditor().post(path(review, f.get("id").asLong(), "close"), null).expect(200).json();
            assertEquals("CLOSED", closed.get("status").asText());
            assertEquals(auditor.username(), closed.get("closedBy").asText());
        }
        asAuditor().post(path(review, general, "close"), null).expectProblem(409, null, "finding-closed");
        books.asChair().post(path(review, general, "answer"), Map.of("text", "lần nữa")).expectProblem(409, null, "finding-answered");
        assertEquals("Cảm ơn", db.string("SELECT answer FROM audit_finding WHERE id = ?", general));

        // the report's view: everything in one answer
        JsonNode view = Fixtures.admin().get("/api/v1/reviews/" + review).expect(200).json();
        assertEquals(List.of("CLOSED", "CLOSED"), view.get("findings").findValuesAsText("status"));
        assertEquals(List.of("Đã bổ sung chữ ký", "Cảm ơn"), view.get("findings").findValuesAsText("answer"));
        assertTrue(view.hasNonNull("openedAt") && view.hasNonNull("signedAt"));

        JsonNode page = asAuditor().get("/api/v1/ledgers/" + books.igf + "/reviews?status=SIGNED").expect(200).json();
        JsonNode summary = null;
        for (JsonNode s : page.get("items")) {
            if (s.get("id").asLong() == review) {
                summary = s;
            }
        }
        assertEquals(2, summary.get("findings").asLong());
        assertEquals(0, summary.get("openFindings").asLong());

        JsonNode report = asAuditor().get("/api/v1/ledgers/" + books.igf + "/verify").expect(200).json();
        assertTrue(report.get("valid").asBoolean(), report.toString());
        assertTrue(report.get("signOffsChecked").asInt() >= 1);
        assertEquals(0, report.get("brokenSignOffs").size());
    }

    @Test
    void anEntryOfAnotherLedgerIsRefused() {
        long review = openReview();
        Db.Snapshot findings = db.snapshot("SELECT * FROM audit_finding WHERE review_id = ?", review);
        long afEntry = entry(books.af, 1);
        addFinding(asAuditor(), review, afEntry, "MINOR", "x").expectProblem(422, "entryId", "entry-other-ledger");
        addFinding(asAuditor(), review, 999_999_999L, "MINOR", "x").expectProblem(422, "entryId", "entry-other-ledger");
        findings.assertUnchanged();
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        String reviews = "/api/v1/ledgers/" + books.igf + "/reviews";
        Db.Snapshot all = db.snapshot("SELECT * FROM audit_review WHERE ledger_id = ?", books.igf);
        asAuditor().post(reviews, period(TODAY, TODAY.minusDays(1))).expectProblem(400, "from", "from-after-to");
        asAuditor().post(reviews, period(TODAY, TODAY.plusDays(1))).expectProblem(400, "to", "not-future");
        asAuditor().post(reviews, period(TODAY.minusYears(5), TODAY)).expectProblem(400, "to", "review-too-long");
        asAuditor().post(reviews, period(books.founded.minusDays(1), books.founded.plusYears(1)))
                .expectProblem(422, "from", "before-founding");
        asAuditor().post(reviews, period(null, TODAY)).expectProblem(400, "from", "required");
        asAuditor().post(reviews, "{\"from\":\"2025-02-30\",\"to\":\"2025-03-01\"}").expectProblem(400, "from", "date");
        JsonNode en = asAuditor().english().post(reviews, period(TODAY.minusYears(6), TODAY)).expect(400).json();
        assertEquals("to: a review covers at most 5 years", en.get("detail").asText());
        JsonNode vi = asAuditor().post(reviews, period(TODAY.minusYears(6), TODAY)).expect(400).json();
        assertEquals("to: một đợt kiểm toán bao quát tối đa 5 năm", vi.get("detail").asText());
        all.assertUnchanged();

        long review = openReview();
        Db.Snapshot findings = db.snapshot("SELECT * FROM audit_finding WHERE review_id = ?", review);
        addFinding(asAuditor(), review, null, null, "x").expectProblem(400, "severity", "required");
        addFinding(asAuditor(), review, null, "SEVERE", "x").expectProblem(400, "severity", "enum");
        addFinding(asAuditor(), review, null, "INFO", "   ").expectProblem(400, "text", "required");
        addFinding(asAuditor(), review, null, "INFO", "a".repeat(2001)).expectProblem(400, "text", "size");
        addFinding(asAuditor(), review, null, "INFO", "chuông\u0007").expectProblem(400, "text", "control-character");
        addFinding(asAuditor(), 999_999_999L, null, "INFO", "x").expectProblem(404);
        findings.assertUnchanged();
        assertEquals(List.of(), findings.before());
        long finding = addFinding(asAuditor(), review, null, "INFO", "ok").expect(201).id();
        Db.Snapshot answers = db.snapshot("SELECT * FROM audit_finding WHERE review_id = ?", review);
        books.asChair().post(path(review, finding, "answer"), Map.of("text", "")).expectProblem(400, "text", "required");
        books.asChair().post(path(review, 999_999_999L, "answer"), Map.of("text", "x")).expectProblem(404);
        long other = openReview();
        books.asChair().post(path(other, finding, "answer"), Map.of("text", "x")).expectProblem(404);
        asAuditor().post(path(review, finding, "close"), null).expectProblem(409, null, "finding-not-answered");
        answers.assertUnchanged();
    }

    @Test
    void othersAreRefused() {
        long review = openReview();
        long finding = addFinding(asAuditor(), review, null, "MINOR", "Thiếu biên bản họp").expect(201).id();
        String reviews = "/api/v1/ledgers/" + books.igf + "/reviews";
        Db.Snapshot rows = db.snapshot("SELECT r.id, r.status, f.id AS f, f.status AS fs, f.answer FROM audit_review r "
                + "LEFT JOIN audit_finding f ON f.review_id = r.id WHERE r.ledger_id = ? ORDER BY r.id, f.id", books.igf);

        // roles that may not open, record, sign or close
        for (String token : List.of(books.treasurer, books.chair, Fixtures.user("PROVINCE_OFFICER", books.province, null))) {
            as(token).post(reviews, period(FROM, TODAY)).expectProblem(403);
            addFinding(as(token), review, null, "INFO", "x").expectProblem(403);
            as(token).post("/api/v1/reviews/" + review + "/sign-off", null).expectProblem(403);
            as(token).post(path(review, finding, "close"), null).expectProblem(403);
        }
        // only the chair answers: not the treasurer, not an auditor
        as(books.treasurer).post(path(review, finding, "answer"), Map.of("text", "x")).expectProblem(403);
        asAuditor().post(path(review, finding, "answer"), Map.of("text", "x")).expectProblem(403);

        // another auditor of the club reads the review but may not act on it
        String colleague = Fixtures.user("AUDITOR", books.commune, null);
        as(colleague).get("/api/v1/reviews/" + review).expect(200);
        addFinding(as(colleague), review, null, "INFO", "x").expectProblem(403, null, "not-the-reviewer");
        as(colleague).post("/api/v1/reviews/" + review + "/sign-off", null).expectProblem(403, null, "not-the-reviewer");

        // outside the scope: 404, whatever the role
        ClubBooks elsewhere = new ClubBooks(0);
        String stranger = Fixtures.user("AUDITOR", elsewhere.commune, null);
        as(stranger).get("/api/v1/reviews/" + review).expectProblem(404);
        as(stranger).get(reviews).expectProblem(404);
        as(stranger).post(reviews, period(FROM, TODAY)).expectProblem(404);
        addFinding(as(stranger), review, null, "INFO", "x").expectProblem(404);
        as(stranger).post("/api/v1/reviews/" + review + "/sign-off", null).expectProblem(404);
        elsewhere.asChair().post(path(review, finding, "answer"), Map.of("text", "x")).expectProblem(404);
        elsewhere.asChair().get("/api/v1/reviews/" + review).expectProblem(404);
        as(Fixtures.user("PROVINCE_OFFICER", elsewhere.province, null)).get("/api/v1/reviews/" + review).expectProblem(404);
        rows.assertUnchanged();

        // those who keep or watch the club read its reviews
        for (String token : List.of(books.treasurer, books.chair, Fixtures.user("PROVINCE_OFFICER", books.province, null))) {
            assertTrue(as(token).get(reviews).expect(200).ids().contains(review));
            as(token).get("/api/v1/reviews/" + review).expect(200);
        }
    }
}
