package vn.ishc.fund.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.db.EmbeddedMariaDb;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service on a database server given by datasources.default.url (as with DATASOURCES_DEFAULT_URL
 * in production): a separate MariaDB, a second application context, Flyway creating the schema there;
 * while that server is away the service answers 503 at once, and serves again when it is back.
 */
class ExternalDatabaseTest {

    private static final String ADMIN_PASSWORD = "external-admin-password";

    @Test
    void runsOnAnExternalMariaDbServer() throws Exception {
        EmbeddedMariaDb external = EmbeddedMariaDb.start(Path.of("target/external-db"), 0);
        external.ensureDatabase("ishc_ext", true);
        String url = external.url("ishc_ext");

        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", url,
                "datasources.default.username", "root",
                "datasources.default.password", "",
                "micronaut.server.port", -1,
                "ishc.admin-password", ADMIN_PASSWORD,
                "ishc.jwt-secret", "external-secret-external-secret-0123456789"));
        ApplicationContext context = server.getApplicationContext();
        try {
            Api api = Api.at(server.getURI());

            assertEquals("UP", api.get("/health").expect(200).json().get("status").asText());

            try (Connection c = DriverManager.getConnection(url, "root", "")) {
                List<String> tables = strings(c, "SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'ishc_ext' ORDER BY table_name");
                assertTrue(tables.containsAll(List.of("admin_unit", "admin_unit_closure", "app_setting", "app_user",
                        "app_user_club", "board_member", "club", "flyway_schema_history", "member", "training")), tables.toString());
                assertEquals("1", strings(c, "SELECT version FROM flyway_schema_history WHERE success = 1 "
                        + "AND version IS NOT NULL ORDER BY installed_rank").get(0), "V1 applied by Flyway");
                assertEquals(List.of("admin"), strings(c, "SELECT username FROM app_user"));
            }

            JsonNode login = api.post("/api/v1/login", Body.of("username", "admin", "password", ADMIN_PASSWORD)).expect(200).json();
            Api admin = api.as(login.get("access_token").asText());
            // ADMIN sees which database the service runs on: its address (without the URL's options) and user
            JsonNode db = admin.get("/health").expect(200).json().at("/details/database");
            assertEquals("UP", db.get("status").asText());
            assertEquals(url, db.at("/details/url").asText(), "health names the external database");
            assertEquals("root", db.at("/details/user").asText());
            assertEquals("external", db.at("/details/server").asText());
            long id = admin.post("/api/v1/admin-units", Body.of("code", "EXT-P1", "name", "Tỉnh Bên Ngoài", "kind", "PROVINCE",
                    "validFrom", "2025-07-01")).expect(201).id();
            assertEquals("Tỉnh Bên Ngoài", admin.get("/api/v1/admin-units/" + id).expect(200).json().get("name").asText());
            try (Connection c = DriverManager.getConnection(url, "root", "")) {
                assertEquals(List.of("Tỉnh Bên Ngoài"), strings(c, "SELECT name FROM admin_unit WHERE code = 'EXT-P1'"));
            }
            assertEquals(0, TestApp.db().count("SELECT COUNT(*) FROM admin_unit WHERE code = 'EXT-P1'"),
                    "nothing reached the test database");
            // the main test service's tokens are not valid here (another signing key)
            api.as(Fixtures.adminToken()).get("/api/v1/me").expectProblemType(401, "unauthorized");

            // the external server goes away: 503 quickly, then serving again as soon as it is back
            int port = external.port();
            external.stop();
            long stoppedAt = System.nanoTime();
            Response away = admin.get("/api/v1/admin-units/" + id);
            assertTrue(System.nanoTime() - stoppedAt < TimeUnit.SECONDS.toNanos(5), "answered quickly");
            away.expectProblemType(503, "database-unavailable");
            assertEquals("2", away.headers().firstValue("Retry-After").orElse(null));
            awaitTrue(() -> api.get("/health").status() == 503, "/health DOWN");
            long asked = System.nanoTime();
            admin.english().get("/api/v1/admin-units/" + id).expectProblemType(503, "database-unavailable");
            assertTrue(System.nanoTime() - asked < TimeUnit.SECONDS.toNanos(1), "at once once the probe knows");
            assertEquals("DOWN", admin.get("/health").json().at("/details/database/status").asText());

            EmbeddedMariaDb.start(Path.of("target/external-db"), port);
            awaitTrue(() -> admin.get("/api/v1/admin-units/" + id).status() == 200, "serving again");
            assertEquals("UP", api.get("/health").expect(200).json().get("status").asText());
        } finally {
            context.close();
        }
        assertFalse(context.isRunning());
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " within 30 s");
            Thread.sleep(50);
        }
    }

    private static List<String> strings(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
