package vn.ishc.fund.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public, unauthenticated endpoints: health with the database, the OpenAPI spec and its UI. */
class HealthAndOpenApiTest {

    @Test
    void healthIsUpAndNamesTheServiceForEveryone() {
        JsonNode anonymous = TestApp.api().get("/health").expect(200).json();
        assertEquals("UP", anonymous.get("status").asText());
        assertEquals("ishc-fund", anonymous.get("name").asText(), anonymous.toString());
        assertTrue(anonymous.get("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"), anonymous.toString());
        assertTrue(anonymous.path("details").isMissingNode(), "no details without login: " + anonymous);
    }

    @Test
    void onlyAdminSeesTheDetails() {
        long province = Fixtures.province();
        String officer = Fixtures.user("PROVINCE_OFFICER", province, null);
        JsonNode notAdmin = TestApp.api().as(officer).get("/health").expect(200).json();
        assertEquals("UP", notAdmin.get("status").asText());
        assertTrue(notAdmin.path("details").isMissingNode(), "no details for a non-admin: " + notAdmin);

        JsonNode health = Fixtures.admin().get("/health").expect(200).json();
        assertEquals("UP", health.get("status").asText());
        assertEquals("ishc-fund", health.get("name").asText());
        JsonNode db = health.at("/details/database");
        assertEquals("UP", db.get("status").asText(), health.toString());
        String url = db.at("/details/url").asText();
        assertTrue(url.startsWith("jdbc:mariadb://127.0.0.1:"), url);
        assertTrue(url.endsWith("/ishc"), "the address only, no options such as allowMultiQueries: " + url);
        assertEquals("root", db.at("/details/user").asText());
        assertEquals("embedded", db.at("/details/server").asText());
        assertTrue(db.at("/details/version").asText().contains("MariaDB"), db.toString());
        assertFalse(health.toString().contains("allowMultiQueries"), health.toString());
    }

    @Test
    void theOpenApiSpecIsServedWithoutLoginAndListsEveryEndpoint() {
        Response r = TestApp.api().get("/swagger/ishc-fund.yml").expect(200);
        String spec = r.text();
        assertTrue(spec.startsWith("openapi: 3."), spec.substring(0, 40));
        for (String path : List.of("/api/v1/login:", "/api/v1/me:", "/api/v1/me/password:", "/api/v1/admin-units:", "/api/v1/admin-units/{id}:",
                "/api/v1/admin-units/{id}/merge:", "/api/v1/clubs:", "/api/v1/clubs/{id}:", "/api/v1/members:",
                "/api/v1/clubs/{clubId}/members:", "/api/v1/members/{id}:", "/api/v1/members/{id}/leave:",
                "/api/v1/clubs/{clubId}/board:", "/api/v1/clubs/{clubId}/board/{seatId}/end:",
                "/api/v1/clubs/{clubId}/trainings:", "/api/v1/users:", "/api/v1/users/{id}:", "/api/v1/users/{id}/role:",
                "/api/v1/users/{id}/deactivate:", "/api/v1/users/{id}/activate:", "/api/v1/users/{id}/password:")) {
            assertTrue(spec.contains("\n  " + path + "\n"), "spec lists " + path);
        }
        assertTrue(spec.contains("bearerFormat: JWT"), "bearer security scheme");
    }

    @Test
    @SuppressWarnings("unchecked")
    void trueFalseParametersAreDocumentedAsBooleans() {
        Map<String, Object> spec = new Yaml().load(TestApp.api().get("/swagger/ishc-fund.yml").expect(200).text());
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        Map<String, String> expected = Map.of("/api/v1/members", "elderly", "/api/v1/clubs/{clubId}/members", "elderly",
                "/api/v1/clubs/{clubId}/board", "history", "/api/v1/users", "active");
        expected.forEach((path, name) -> {
            Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get("get");
            Map<String, Object> parameter = ((List<Map<String, Object>>) get.get("parameters")).stream()
                    .filter(p -> name.equals(p.get("name"))).findFirst().orElseThrow();
            assertEquals("query", parameter.get("in"), path);
            assertEquals("boolean", ((Map<String, Object>) parameter.get("schema")).get("type"), path + " " + name);
        });
    }

    @Test
    void theSwaggerUiIsServedWithoutLogin() {
        Response r = TestApp.api().get("/swagger-ui/index.html").expect(200);
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.text().contains("ishc-fund.yml"), "the UI points at the spec");
    }

    @Test
    void nothingElseIsOpen() {
        TestApp.api().get("/api/v1/clubs").expectProblemType(401, "unauthorized");
        TestApp.api().get("/api/v1/admin-units").expectProblemType(401, "unauthorized");
        TestApp.api().get("/api/v1/users").expectProblemType(401, "unauthorized");
    }
}
