package vn.ishc.fund.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ishc.fund.db.DatabaseConfigurer;
import vn.ishc.fund.db.EmbeddedMariaDb;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service started on its own embedded MariaDB (a data folder under target/, never the shared
 * test database), for tests that kill, stop, back up or restore its database.
 */
public final class OwnService implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "own-service-admin-password";

    private final EmbeddedServer server;
    private final Api api;
    private String adminToken;

    private OwnService(EmbeddedServer server) {
        this.server = server;
        this.api = Api.at(server.getURI());
    }

    /** A service on {@code target/<folder>}; {@code fresh} drops its database first (once per JVM). */
    public static OwnService start(String folder, boolean fresh, Map<String, Object> extra) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("ishc.data-dir", Path.of("target", folder).toString());
        config.put("ishc.db.fresh", fresh);
        config.put("ishc.db.durable", true);
        config.put("ishc.admin-password", ADMIN_PASSWORD);
        config.put("ishc.jwt-secret", "own-service-secret-own-service-secret-0123");
        config.put("micronaut.server.port", -1);
        config.putAll(extra);
        return new OwnService(ApplicationContext.run(EmbeddedServer.class, config));
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public EmbeddedMariaDb database() {
        return context().getBean(DatabaseConfigurer.class).embedded().orElseThrow();
    }

    public Db db() {
        return new Db(context().getBean(DataSource.class));
    }

    public Api anonymous() {
        return api;
    }

    public synchronized Api admin() {
        if (adminToken == null) {
            adminToken = login("admin", ADMIN_PASSWORD);
        }
        return api.as(adminToken);
    }

    public String login(String username, String password) {
        return api.post("/api/v1/login", Map.of("username", username, "password", password)).expect(200)
                .json().get("access_token").asText();
    }

    /** A club with {@code members} members and the token of its treasurer. */
    public record Club(long id, long igf, long af, List<Long> members, String treasurer) {
    }

    public Club club(int members) {
        Api admin = admin();
        long province = admin.post("/api/v1/admin-units", Map.of("code", Fixtures.unique("OP"), "name", "Tỉnh Riêng",
                "kind", "PROVINCE", "validFrom", "2025-07-01")).expect(201).id();
        long commune = admin.post("/api/v1/admin-units", Map.of("code", Fixtures.unique("OC"), "name", "Xã Riêng",
                "kind", "COMMUNE", "parentId", province, "areaType", "PLAINS", "validFrom", "2025-07-01")).expect(201).id();
        long club = admin.post("/api/v1/clubs", Map.of("code", Fixtures.unique("OCLB"), "name", "CLB Riêng",
                "communeId", commune, "foundedOn", "2020-01-15", "meetingDay", 15)).expect(201).id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            ids.add(admin.post("/api/v1/clubs/" + club + "/members", Map.of("fullName", "Lê Thị " + Fixtures.unique("Hoa"),
                    "sex", "FEMALE", "birthYear", 1955, "povertyStatus", "POOR", "joinedOn", "2021-03-01")).expect(201).id());
        }
        String username = Fixtures.unique("owntreasurer").toLowerCase();
        admin.post("/api/v1/users", Map.of("username", username, "password", Fixtures.PASSWORD, "role", "TREASURER",
                "clubIds", List.of(club))).expect(201);
        Db db = db();
        return new Club(club, db.count("SELECT id FROM ledger WHERE club_id = ? AND fund = 'IGF'", club),
                db.count("SELECT id FROM ledger WHERE club_id = ? AND fund = 'AF'", club), ids,
                login(username, Fixtures.PASSWORD));
    }

    @Override
    public void close() {
        context().close();
    }
}
