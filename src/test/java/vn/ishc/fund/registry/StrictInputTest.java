package vn.ishc.fund.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Body;
import io.micronaut.security.annotation.Secured;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input the framework used to let through, on every endpoint: bodies that are not JSON objects,
 * stray or empty query parameters, control characters and malformed UTF-8. Each is a 400 problem naming
 * the field and the rule, and nothing is written.
 */
class StrictInputTest {

    private static final List<String> TABLES = List.of("club", "member", "admin_unit", "journal_entry", "posting",
            "loan", "loan_product", "donor", "board_member", "training", "app_user");

    private static Db db;
    private static long commune;
    private static long club;
    private static Map<String, String> tokens;

    @BeforeAll
    static void setUp() {
        db = TestApp.db();
        long province = Fixtures.province();
        commune = Fixtures.commune(province);
        club = Fixtures.club(commune);
        tokens = Map.of("ADMIN", Fixtures.adminToken(),
                "PROVINCE_OFFICER", Fixtures.user("PROVINCE_OFFICER", province, null),
                "AUDITOR", Fixtures.user("AUDITOR", commune, null),
                "CHAIR", Fixtures.chair(club), "TREASURER", Fixtures.treasurer(club));
    }

    /** Our controllers' routes, each with a path whose variables are filled in and a caller it admits. */
    private record Endpoint(HttpMethod method, String path, String token, boolean takesBody, String fileType) {
        Response send(String query, String body) {
            Api api = TestApp.api().as(token).header("Idempotency-Key", Money.key());
            if (fileType != null && body != null) {
                // a route that takes a file, not JSON (the club intake): the body in the type it consumes
                return api.sendBytes(method.name(), path + query, fileType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return api.send(method.name(), path + query, body);
        }

        /** Takes a JSON body (a route that takes a file is judged by its own rules on what it reads). */
        boolean takesJson() {
            return takesBody && fileType == null;
        }
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        Stream<UriRouteInfo<?, ?>> routes = TestApp.bean(Router.class).uriRoutes();
        // the JSON API's routes; the web app's pages take forms behind a CSRF check (web.WebSignInTest, WebPagesInputTest)
        routes.filter(r -> r.getTargetMethod().getDeclaringType().getName().startsWith("vn.ishc.fund."))
                .filter(r -> !r.getTargetMethod().getDeclaringType().getName().startsWith("vn.ishc.fund.web.")).forEach(r -> {
            Map<String, Object> variables = new HashMap<>();
            r.getUriMatchTemplate().getVariableNames().forEach(v -> variables.put(v, v.equals("clubId") ? club : 1));
            String path = r.getUriMatchTemplate().expand(variables);
            String[] roles = r.getAnnotationMetadata().stringValues(Secured.class);
            // a role the route admits; isAuthenticated() takes anyone logged in; isAnonymous() no one
            String token = List.of(roles).contains("isAnonymous()") ? null
                    : Stream.of(roles).map(tokens::get).filter(t -> t != null).findFirst().orElse(tokens.get("ADMIN"));
            boolean body = Stream.of(r.getTargetMethod().getArguments())
                    .anyMatch(a -> a.getAnnotationMetadata().hasAnnotation(Body.class)
                            || a.getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Part.class));
            List<io.micronaut.http.MediaType> consumes = r.getConsumes();
            String fileType = consumes.isEmpty() || consumes.contains(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE)
                    ? null : consumes.get(0).toString();
            out.add(new Endpoint(r.getHttpMethod(), path, token, body, fileType));
        });
        return out;
    }

    private long rows() {
        return TABLES.stream().mapToLong(t -> db.count("SELECT COUNT(*) FROM " + t)).sum();
    }

    @Test
    void aBareScalarBodyIs400OnEveryEndpointThatTakesABody() {
        long before = rows();
        int checked = 0;
        for (Endpoint e : endpoints()) {
            if (!e.takesJson()) {
                continue;
            }
            for (String scalar : List.of("123", "true", "1.5", "\"text\"", "[]")) {
                Response r = e.send("", scalar);
                assertEquals(400, r.status(), () -> e.method() + " " + e.path() + " " + scalar + ": " + r.text());
                r.expectProblem(400, null, "body-object");
            }
            checked++;
        }
        assertTrue(checked >= 30, "only " + checked + " endpoints with a body");
        assertEquals(before, rows(), "nothing written");
    }

    @Test
    void aStrayQueryParameterIs400OnEveryEndpoint() {
        long before = rows();
        int checked = 0;
        for (Endpoint e : endpoints()) {
            Response r = e.send("?bogus=1", e.takesBody() ? "{}" : null);
            assertEquals(400, r.status(), () -> e.method() + " " + e.path() + ": " + r.text());
            checked++;
            if (e.method() == HttpMethod.HEAD) {
                continue; // the same check as its GET, answered without a body
            }
            JsonNode error = r.expectProblem(400).json().get("errors").get(0);
            assertEquals("bogus", error.get("field").asText(), r.text());
            assertTrue(Set.of("unknown-parameter", "no-parameters").contains(error.get("rule").asText()), r.text());
        }
        assertTrue(checked >= 60, "only " + checked + " endpoints");
        assertEquals(before, rows(), "nothing written");
    }

    @Test
    void anotherParameterForTheDateIsRefusedNotAnsweredForToday() {
        long ledger = db.count("SELECT id FROM ledger WHERE club_id = ? AND fund = 'IGF'", club);
        String path = "/api/v1/ledgers/" + ledger + "/trial-balance";
        Api admin = Fixtures.admin();
        admin.get(path + "?asOf=2025-01-31").expect(200);
        JsonNode vi = admin.get(path + "?date=2025-01-31").expectProblem(400, "date", "unknown-parameter").json();
        assertEquals("date: không phải là tham số của yêu cầu này; được dùng: asOf", vi.get("detail").asText());
        JsonNode en = admin.english().get(path + "?date=2025-01-31").expect(400).json();
        assertEquals("date: is not a parameter of this request; allowed: asOf", en.get("detail").asText());
        admin.get(path + "?asOf=").expectProblem(400, "asOf", "empty");
        admin.get(path + "?asOf").expectProblem(400, "asOf", "empty");
        admin.get(path + "?asOf=2025-01-31&asOf=2025-02-28").expectProblem(400, "asOf", "repeated");
        admin.get(path + "?asOf=0001-01-01").expectProblem(400, "asOf", "date-range");
        admin.get(path + "?asOf=2101-01-01").expectProblem(400, "asOf", "date-range");
        admin.get(path + "?asOf=2025-01-31T00:00:00").expectProblem(400, "asOf", "date");
        JsonNode both = admin.english().get(path + "?asOf=&date=x").expect(400).json();
        assertEquals(2, both.get("errors").size(), both.toString());
        assertEquals("asOf: must not be empty; date: is not a parameter of this request; allowed: asOf",
                both.get("detail").asText());
        admin.get("/api/v1/clubs?q=%00").expectProblem(400, "q", "control-character");
        admin.get("/api/v1/clubs/" + club + "/trainings?year=0").expectProblem(400, "year", "year-range");
        admin.get("/api/v1/clubs/" + club + "/trainings?year=2025").expect(200);
    }

    @Test
    void anAnonymousCallerIsToldToLogInFirst() {
        TestApp.api().get("/api/v1/clubs?bogus=1").expectProblemType(401, "unauthorized");
    }

    @Test
    void controlCharactersAreNeverStored() {
        long member = Fixtures.member(club);
        long before = rows();
        Api admin = Fixtures.admin();
        for (String bad : List.of("\\u0000", "CLB\\u001b[2J", "Chuông\\u0007", "\\u0000\\u0000")) {
            admin.post("/api/v1/clubs", "{\"code\":\"" + Fixtures.unique("CC") + "\",\"name\":\"" + bad + "\",\"communeId\":"
                    + commune + ",\"foundedOn\":\"2020-01-01\"}").expectProblem(400, "name", "control-character");
        }
        admin.post("/api/v1/clubs", "{\"code\":\"" + Fixtures.unique("CC") + "\",\"name\":\"\\uD83C\",\"communeId\":"
                + commune + ",\"foundedOn\":\"2020-01-01\"}").expectProblem(400, "name", "invalid-unicode");
        admin.post("/api/v1/members/" + member + "/leave", "{\"leftOn\":\"2024-01-01\",\"reason\":\"chuyển đi\\u0000\"}")
                .expectProblem(400, "reason", "control-character");
        assertEquals(before, rows(), "nothing written");
        assertEquals(null, db.string("SELECT left_on FROM member WHERE id = ?", member));
    }

    @Test
    void vietnameseTextIsStoredComposed() {
        String decomposed = Normalizer.normalize("CLB Đoàn Kết Xã Nguyễn", Normalizer.Form.NFD);
        long id = Fixtures.admin().post("/api/v1/clubs", Map.of("code", Fixtures.unique("NFC"), "name", decomposed,
                "communeId", commune, "foundedOn", "2020-01-01")).expect(201).id();
        String stored = db.string("SELECT name FROM club WHERE id = ?", id);
        assertEquals("CLB Đoàn Kết Xã Nguyễn", stored);
        assertTrue(Normalizer.isNormalized(stored, Normalizer.Form.NFC));
    }

    @Test
    void overlongUtf8IsRefusedNotReadAsASlash() throws Exception {
        long before = rows();
        String code = Fixtures.unique("UTF");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("{\"code\":\"" + code + "\",\"name\":\"..").getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[]{(byte) 0xC0, (byte) 0xAF}); // an overlong "/"
        body.write(("etc\",\"communeId\":" + commune + ",\"foundedOn\":\"2020-01-01\"}").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestApp.server().getURI().resolve("/api/v1/clubs"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + Fixtures.adminToken())
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        Response response = new Response(r.statusCode(), r.body(), r.headers()).expectProblem(400, null, "invalid-utf8");
        assertEquals("the request body is not valid UTF-8", response.json().get("detail").asText());
        assertEquals(before, rows(), "nothing written");
        assertEquals(0, db.count("SELECT COUNT(*) FROM club WHERE code = ?", code));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        String code = Fixtures.unique("DUP");
        Fixtures.admin().post("/api/v1/clubs", "{\"code\":\"" + code + "\",\"name\":\"A\",\"name\":\"B\",\"communeId\":"
                + commune + ",\"foundedOn\":\"2020-01-01\"}").expectProblem(400, "name", "duplicate-field");
        assertEquals(0, db.count("SELECT COUNT(*) FROM club WHERE code = ?", code));
    }
}
