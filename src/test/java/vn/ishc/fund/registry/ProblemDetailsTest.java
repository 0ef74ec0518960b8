package vn.ishc.fund.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one error format: application/problem+json with a stable type, title and detail in
 * Vietnamese (default) or English, and per-field errors — also for errors the framework raises.
 */
class ProblemDetailsTest {

    private static final String NOT_FOUND_VI = "Không có câu lạc bộ với mã này, hoặc nằm ngoài phạm vi của bạn.";
    private static final String NOT_FOUND_EN = "No club with that identifier exists, or it is outside your scope.";

    private static Db db;
    private static long commune;
    private static long club;

    @BeforeAll
    static void setUp() {
        db = TestApp.db();
        commune = Fixtures.commune(Fixtures.province());
        club = Fixtures.club(commune);
    }

    private static Api admin() {
        return Fixtures.admin();
    }

    private static String validClub() {
        return "{\"code\":\"" + Fixtures.unique("PD") + "\",\"name\":\"CLB\",\"communeId\":" + commune
                + ",\"foundedOn\":\"2020-01-01\"}";
    }

    @Test
    void missingTokenIs401InVietnameseByDefault() {
        JsonNode p = TestApp.api().get("/api/v1/clubs").expectProblemType(401, "unauthorized").json();
        assertEquals("Cần đăng nhập", p.get("title").asText());
        assertTrue(p.get("detail").asText().contains("đăng nhập"), p.toString());
        assertEquals("/api/v1/clubs", p.get("instance").asText());
    }

    @Test
    void missingTokenIs401InEnglishWhenAsked() {
        JsonNode p = TestApp.api().english().get("/api/v1/clubs").expectProblemType(401, "unauthorized").json();
        assertEquals("Authentication required", p.get("title").asText());
        assertTrue(p.get("detail").asText().contains("POST /api/v1/login"), p.toString());
    }

    @Test
    void garbageAndForgedTokensAre401() {
        TestApp.api().as("not-a-jwt").get("/api/v1/me").expectProblemType(401, "unauthorized");
        // a well-formed token signed with another key
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbIkFETUlOIl0sInVpZCI6MX0."
                + "c2lnbmF0dXJlLW5vdC1tYWRlLXdpdGgtdGhlLXNlY3JldA";
        TestApp.api().as(forged).get("/api/v1/me").expectProblemType(401, "unauthorized");
    }

    @Test
    void notFoundNamesTheThingInTheRequestLanguage() {
        JsonNode vi = admin().get("/api/v1/clubs/987654321").expectProblemType(404, "not-found").json();
        assertEquals("Không tìm thấy", vi.get("title").asText());
        assertEquals(NOT_FOUND_VI, vi.get("detail").asText());
        JsonNode en = admin().english().get("/api/v1/clubs/987654321").expectProblemType(404, "not-found").json();
        assertEquals("Not found", en.get("title").asText());
        assertEquals(NOT_FOUND_EN, en.get("detail").asText());
    }

    /** Each kind of thing a 404 can name is named in words, never as its message key. */
    @Test
    void everyNotFoundNamesTheThingInWords() {
        ClubBooks books = new ClubBooks(1);
        long loan = new Lending(books).apply(books.member(0), new Lending(books).product(Map.of()), 1000000,
                Dates.today()).expect(201).id();
        Api treasurer = books.asTreasurer().header("Idempotency-Key", Money.key());
        Map<String, Response> answers = new LinkedHashMap<>();
        answers.put("ledger|sổ kế toán|ledger", treasurer.get("/api/v1/ledgers/987654321/trial-balance"));
        answers.put("loan|khoản vay|loan", treasurer.get("/api/v1/loans/987654321"));
        answers.put("entry|bút toán|journal entry", treasurer.get("/api/v1/entries/987654321"));
        answers.put("donor|nhà tài trợ|donor", treasurer.get("/api/v1/clubs/" + books.club + "/donors/987654321"));
        answers.put("account|tài khoản|account", treasurer.get("/api/v1/ledgers/" + books.igf + "/accounts/9999/statement"));
        answers.put("repayment|lần trả nợ|repayment", treasurer.post("/api/v1/loans/" + loan + "/repayments/987654321/reverse",
                Map.of("reason", "nhầm")));
        answers.put("loan-product|sản phẩm cho vay|loan product", books.asChair().patch("/api/v1/loan-products/987654321",
                Map.of("minAmount", 1000000)));
        answers.forEach((what, vi) -> {
            String[] names = what.split("\\|");
            vi.expectProblemType(404, "not-found");
            assertEquals("Không có " + names[1] + " với mã này, hoặc nằm ngoài phạm vi của bạn.", vi.json().get("detail").asText(),
                    names[0]);
        });
        JsonNode en = books.asTreasurer().english().get("/api/v1/ledgers/987654321/trial-balance").expect(404).json();
        assertEquals("No ledger with that identifier exists, or it is outside your scope.", en.get("detail").asText());
        en = books.asTreasurer().english().get("/api/v1/entries/987654321").expect(404).json();
        assertEquals("No journal entry with that identifier exists, or it is outside your scope.", en.get("detail").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|en",
            "en-US,en;q=0.9|en",
            "EN-gb|en",
            "vi-VN|vi",
            "vi|vi",
            "fr|vi",
            "fr-FR, en;q=0.5|en",
            "en;q=0.2, vi;q=0.8|vi",
            "!!!not a language range|vi",
            "*|vi"})
    void acceptLanguagePicksTheFirstSupportedLanguage(String header, String expected) {
        JsonNode p = admin().header("Accept-Language", header).get("/api/v1/clubs/987654321").expect(404).json();
        assertEquals(expected.equals("en") ? NOT_FOUND_EN : NOT_FOUND_VI, p.get("detail").asText(), header);
    }

    @Test
    void fieldErrorsCarryFieldRuleAndLocalisedMessage() {
        String body = "{\"name\":\"CLB\",\"communeId\":" + commune + ",\"foundedOn\":\"2020-01-01\"}";
        JsonNode vi = admin().post("/api/v1/clubs", body).expectProblem(400, "code", "required").json();
        assertEquals("urn:ishc-fund:problem:validation", vi.get("type").asText());
        assertEquals("Yêu cầu không hợp lệ", vi.get("title").asText());
        assertEquals(1, vi.get("errors").size(), vi.toString());
        JsonNode error = vi.get("errors").get(0);
        assertEquals("code: bắt buộc phải nhập", error.get("message").asText());
        assertTrue(vi.get("detail").asText().contains("code: bắt buộc phải nhập"), vi.toString());

        JsonNode en = admin().english().post("/api/v1/clubs", body).expectProblem(400, "code", "required").json();
        assertEquals("The request is not valid", en.get("title").asText());
        assertEquals("code: is required", en.get("errors").get(0).get("message").asText());
    }

    @Test
    void severalBrokenRulesAreAllReported() {
        String body = "{\"code\":\"bad code!\",\"name\":\"\",\"communeId\":" + commune + ",\"foundedOn\":\"2020-01-01\","
                + "\"meetingDay\":40}";
        admin().post("/api/v1/clubs", body)
                .expectProblem(400, "code", "pattern")
                .expectProblem(400, "name", "required")
                .expectProblem(400, "meetingDay", "max");
    }

    @Test
    void malformedJsonIs400AndChangesNothing() {
        Db.Snapshot clubs = db.snapshot("SELECT * FROM club WHERE commune_id = ?", commune);
        admin().post("/api/v1/clubs", "{\"code\":").expectProblem(400, null, "malformed-json");
        admin().post("/api/v1/clubs", "not json at all").expectProblem(400, null, "malformed-json");
        admin().post("/api/v1/clubs", validClub() + " {}").expectProblem(400, null, "malformed-json");
        admin().post("/api/v1/clubs", "[]").expectProblemType(400, "validation");
        clubs.assertUnchanged();
    }

    @Test
    void missingBodyIs400NamingTheRule() {
        Db.Snapshot clubs = db.snapshot("SELECT * FROM club WHERE commune_id = ?", commune);
        admin().send("POST", "/api/v1/clubs", "").expectProblem(400, null, "body-required");
        admin().send("POST", "/api/v1/clubs", null).expectProblem(400, null, "body-required");
        admin().english().send("PATCH", "/api/v1/clubs/" + club, "").expectProblem(400, null, "body-required");
        clubs.assertUnchanged();
    }

    @Test
    void unknownFieldsAndWrongTypesAreNamed() {
        Db.Snapshot clubs = db.snapshot("SELECT * FROM club WHERE commune_id = ?", commune);
        String valid = validClub();
        admin().post("/api/v1/clubs", valid.replace("}", ",\"colour\":\"red\"}")).expectProblem(400, "colour", "unknown-field");
        admin().post("/api/v1/clubs", valid.replace("\"communeId\":" + commune, "\"communeId\":\"abc\""))
                .expectProblem(400, "communeId", "integer");
        admin().post("/api/v1/clubs", valid.replace("}", ",\"meetingDay\":1.5}")).expectProblem(400, "meetingDay", "integer");
        admin().post("/api/v1/clubs", valid.replace("}", ",\"meetingDay\":\"15\"}")).expectProblem(400, "meetingDay", "integer");
        admin().post("/api/v1/clubs", valid.replace("}", ",\"meetingDay\":true}")).expectProblem(400, "meetingDay", "integer");
        admin().post("/api/v1/clubs", valid.replace("\"name\":\"CLB\"", "\"name\":true")).expectProblem(400, "name", "invalid-type");
        admin().post("/api/v1/clubs", valid.replace("\"name\":\"CLB\"", "\"name\":12.5")).expectProblem(400, "name", "invalid-type");
        admin().post("/api/v1/clubs", valid.replace("\"name\":\"CLB\"", "\"name\":{\"vi\":\"CLB\"}"))
                .expectProblem(400, "name", "invalid-type");
        admin().post("/api/v1/clubs", valid.replace("2020-01-01", "01/01/2020")).expectProblem(400, "foundedOn", "date");
        admin().post("/api/v1/clubs", valid.replace("2020-01-01", "2020-02-30")).expectProblem(400, "foundedOn", "date");
        admin().post("/api/v1/clubs", valid.replace("}", ",\"status\":\"CLOSED\"}")).expectProblem(400, "status", "enum");
        clubs.assertUnchanged();
    }

    @Test
    void enumErrorListsTheAllowedValues() {
        String body = validClub().replace("}", ",\"status\":\"CLOSED\"}");
        JsonNode en = admin().english().post("/api/v1/clubs", body).expectProblem(400, "status", "enum").json();
        assertEquals("status: must be one of: ACTIVE, SUSPENDED, DISSOLVED", en.get("errors").get(0).get("message").asText());
    }

    @Test
    void badPathAndQueryParametersAre400NamingTheParameter() {
        admin().get("/api/v1/clubs/abc").expectProblem(400, "id", "invalid-type");
        admin().get("/api/v1/clubs/99999999999999999999").expectProblem(400, "id", "invalid-type");
        admin().get("/api/v1/clubs?page=abc").expectProblem(400, "page", "invalid-type");
        admin().get("/api/v1/clubs?status=CLOSED").expectProblem(400, "status", "enum");
        admin().get("/api/v1/admin-units?level=DISTRICT").expectProblem(400, "level", "enum");
        admin().get("/api/v1/admin-units?validOn=yesterday").expectProblem(400, "validOn", "date");
        admin().get("/api/v1/members?state=GONE").expectProblem(400, "state", "enum");
        JsonNode en = admin().english().get("/api/v1/clubs?status=CLOSED").json();
        assertEquals("status: must be one of: ACTIVE, SUSPENDED, DISSOLVED", en.get("errors").get(0).get("message").asText());
    }

    @Test
    void unknownRouteIs404Problem() {
        admin().get("/api/v1/nothing-here").expectProblemType(404, "not-found");
        JsonNode en = admin().english().get("/api/v1/nothing-here").expectProblemType(404, "not-found").json();
        assertEquals("Not found", en.get("title").asText());
        TestApp.api().get("/api/v1/nothing-here").expectProblemType(404, "not-found");
    }

    @Test
    void wrongMethodIs405Problem() {
        admin().delete("/api/v1/clubs").expectProblemType(405, "method-not-allowed");
        JsonNode en = admin().english().put("/api/v1/clubs/" + club, "{}").expectProblemType(405, "method-not-allowed").json();
        assertEquals("Method not allowed", en.get("title").asText());
    }

    @Test
    void wrongContentTypeIs415Problem() {
        Db.Snapshot clubs = db.snapshot("SELECT * FROM club WHERE commune_id = ?", commune);
        admin().header("Content-Type", "text/plain").send("POST", "/api/v1/clubs", null)
                .expectProblemType(415, "unsupported-media-type");
        TestApp.api().header("Content-Type", "application/xml")
                .send("POST", "/api/v1/login", null).expectProblemType(415, "unsupported-media-type");
        clubs.assertUnchanged();
    }

    @Test
    void tooLargeBodyIs413Problem() {
        String huge = "{\"name\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        admin().post("/api/v1/clubs", huge).expectProblemType(413, "too-large");
    }
}
