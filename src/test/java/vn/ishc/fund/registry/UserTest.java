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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User administration (ADMIN only): accounts, role and scope, deactivation, passwords. */
class UserTest {

    private static Scene s;
    private static Db db;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        db = TestApp.db();
    }

    private static String username() {
        return Fixtures.unique("user.").toLowerCase();
    }

    private static Map<String, Object> user(String username, String role) {
        return Body.of("username", username, "password", "a-long-password", "role", role);
    }

    private static List<Long> clubsOf(long userId) {
        return db.rows("SELECT club_id FROM app_user_club WHERE user_id = ? ORDER BY club_id", userId).stream()
                .map(r -> ((Number) r.get("club_id")).longValue()).toList();
    }

    private static Db.Snapshot usersNamed(String username) {
        return db.snapshot("SELECT * FROM app_user WHERE username = ?", username);
    }

    private static Db.Snapshot userAndClubs(long id) {
        return db.snapshot("SELECT u.*, (SELECT GROUP_CONCAT(club_id ORDER BY club_id) FROM app_user_club WHERE user_id = u.id) "
                + "AS clubs FROM app_user u WHERE u.id = ?", id);
    }

    @Test
    void createsAUserOfEachRoleWithItsScope() {
        String name = username();
        JsonNode officer = s.admin().post("/api/v1/users", Body.with(user(name, "PROVINCE_OFFICER"),
                "scopeUnitId", s.provinceA, "fullName", "  Cán bộ   tỉnh ")).expect(201).json();
        long id = officer.get("id").asLong();
        assertEquals(name, officer.get("username").asText());
        assertEquals("Cán bộ tỉnh", officer.get("fullName").asText());
        assertEquals("PROVINCE_OFFICER", officer.get("role").asText());
        assertEquals(s.provinceA, officer.get("scopeUnitId").asLong());
        assertTrue(officer.get("active").asBoolean());
        assertFalse(officer.get("createdAt").isNull());
        assertFalse(officer.toString().contains("a-long-password") || officer.has("passwordHash"), "no password in views");
        Map<String, Object> row = db.row("app_user", id);
        assertEquals("PROVINCE_OFFICER", row.get("role"));
        assertEquals(s.provinceA, ((Number) row.get("scope_unit_id")).longValue());
        assertEquals("Cán bộ tỉnh", row.get("full_name"));
        assertTrue((Boolean) row.get("active"));
        String hash = (String) row.get("password_hash");
        assertTrue(hash.startsWith("$argon2id$"), hash);
        assertFalse(hash.contains("a-long-password"));

        long auditor = s.admin().post("/api/v1/users", Body.with(user(username(), "AUDITOR"),
                "clubIds", List.of(s.clubB, s.clubA2, s.clubB))).expect(201).id();
        assertEquals(List.of(s.clubA2, s.clubB), clubsOf(auditor), "duplicates are stored once");
        long villageAuditor = s.admin().post("/api/v1/users", Body.with(user(username(), "AUDITOR"), "scopeUnitId", s.villageA))
                .expect(201).id();
        assertEquals(s.villageA, ((Number) db.row("app_user", villageAuditor).get("scope_unit_id")).longValue());
        for (String role : List.of("CHAIR", "TREASURER")) {
            JsonNode u = s.admin().post("/api/v1/users", Body.with(user(username(), role), "clubIds", List.of(s.clubA)))
                    .expect(201).json();
            assertEquals(List.of(s.clubA), Fixtures.longs(u.get("clubIds")));
            assertEquals(List.of(s.clubA), clubsOf(u.get("id").asLong()));
        }
        long admin = s.admin().post("/api/v1/users", user(username(), "ADMIN")).expect(201).id();
        assertNull(db.row("app_user", admin).get("scope_unit_id"));
        assertEquals(List.of(), clubsOf(admin));
        // the new user logs in
        Fixtures.login(name, "a-long-password");
    }

    @Test
    void createValidation() {
        String name = username();
        Db.Snapshot users = usersNamed(name);
        Api admin = s.admin();
        Map<String, Object> ok = Body.with(user(name, "CHAIR"), "clubIds", List.of(s.clubA));
        admin.post("/api/v1/users", Body.without(ok, "username")).expectProblem(400, "username", "required");
        admin.post("/api/v1/users", Body.with(ok, "username", " ")).expectProblem(400, "username", "required");
        admin.post("/api/v1/users", Body.with(ok, "username", "Upper.Case")).expectProblem(400, "username", "pattern");
        admin.post("/api/v1/users", Body.with(ok, "username", "ab")).expectProblem(400, "username", "pattern");
        admin.post("/api/v1/users", Body.with(ok, "username", "with space")).expectProblem(400, "username", "pattern");
        admin.post("/api/v1/users", Body.with(ok, "username", "u".repeat(61))).expectProblem(400, "username", "pattern");
        admin.post("/api/v1/users", Body.without(ok, "password")).expectProblem(400, "password", "required");
        admin.post("/api/v1/users", Body.with(ok, "password", "123456789")).expectProblem(400, "password", "size");
        admin.post("/api/v1/users", Body.with(ok, "password", "p".repeat(201))).expectProblem(400, "password", "size");
        admin.post("/api/v1/users", Body.with(ok, "fullName", "F".repeat(151))).expectProblem(400, "fullName", "size");
        admin.post("/api/v1/users", Body.without(ok, "role")).expectProblem(400, "role", "required");
        admin.post("/api/v1/users", Body.with(ok, "role", "SUPERUSER")).expectProblem(400, "role", "enum");
        admin.post("/api/v1/users", Body.with(ok, "scopeUnitId", "P1")).expectProblem(400, "scopeUnitId", "integer");
        admin.post("/api/v1/users", Body.with(ok, "clubIds", List.of("a"))).expectProblem(400, "clubIds[0]", "integer");
        admin.post("/api/v1/users", Body.with(ok, "clubIds", s.clubA)).expectProblem(400, "clubIds", "invalid-type");
        admin.post("/api/v1/users", Body.with(ok, "clubIds", Collections.singletonList(null))).expectProblem(400, "clubIds", "required");
        admin.post("/api/v1/users", Body.with(ok, "clubIds", Collections.nCopies(501, s.clubA))).expectProblem(400, "clubIds", "size");
        admin.post("/api/v1/users", Body.with(ok, "active", false)).expectProblem(400, "active", "unknown-field");
        users.assertUnchanged();
    }

    @Test
    void usernamesAreUnique() {
        String name = username();
        s.admin().post("/api/v1/users", Body.with(user(name, "TREASURER"), "clubIds", List.of(s.clubA))).expect(201);
        Db.Snapshot users = usersNamed(name);
        s.admin().post("/api/v1/users", Body.with(user(name, "CHAIR"), "clubIds", List.of(s.clubB)))
                .expectProblem(409, "username", "duplicate");
        s.admin().post("/api/v1/users", user("admin", "ADMIN")).expectProblem(409, "username", "duplicate");
        users.assertUnchanged();
    }

    @Test
    void eachRoleTakesItsOwnKindOfScope() {
        String name = username();
        Db.Snapshot users = usersNamed(name);
        Api admin = s.admin();
        String path = "/api/v1/users";
        admin.post(path, Body.with(user(name, "ADMIN"), "scopeUnitId", s.provinceA)).expectProblem(400, "scopeUnitId", "scope-mismatch");
        admin.post(path, Body.with(user(name, "ADMIN"), "clubIds", List.of(s.clubA))).expectProblem(400, "clubIds", "scope-mismatch");
        admin.post(path, user(name, "PROVINCE_OFFICER")).expectProblem(400, "scopeUnitId", "required");
        admin.post(path, Body.with(user(name, "PROVINCE_OFFICER"), "scopeUnitId", s.communeA))
                .expectProblem(400, "scopeUnitId", "scope-mismatch");
        admin.post(path, Body.with(user(name, "PROVINCE_OFFICER"), "scopeUnitId", s.provinceA, "clubIds", List.of(s.clubA)))
                .expectProblem(400, "clubIds", "scope-mismatch");
        admin.post(path, user(name, "AUDITOR")).expectProblem(400, "scopeUnitId", "scope-mismatch");
        admin.post(path, Body.with(user(name, "AUDITOR"), "clubIds", List.of())).expectProblem(400, "scopeUnitId", "scope-mismatch");
        admin.post(path, Body.with(user(name, "AUDITOR"), "scopeUnitId", s.communeA, "clubIds", List.of(s.clubA)))
                .expectProblem(400, "clubIds", "scope-mismatch");
        for (String role : List.of("CHAIR", "TREASURER")) {
            admin.post(path, user(name, role)).expectProblem(400, "clubIds", "scope-mismatch");
            admin.post(path, Body.with(user(name, role), "clubIds", List.of(s.clubA, s.clubB))).expectProblem(400, "clubIds", "scope-mismatch");
            admin.post(path, Body.with(user(name, role), "scopeUnitId", s.communeA, "clubIds", List.of(s.clubA)))
                    .expectProblem(400, "scopeUnitId", "scope-mismatch");
        }
        admin.post(path, Body.with(user(name, "AUDITOR"), "scopeUnitId", 987654321L))
                .expectProblem(422, "scopeUnitId", "unknown-reference");
        admin.post(path, Body.with(user(name, "AUDITOR"), "clubIds", List.of(s.clubA, s.clubA, 987654321L)))
                .expectProblem(422, "clubIds[2]", "unknown-reference");
        users.assertUnchanged();
    }

    @Test
    void scopeMismatchSaysWhatTheRoleTakesInTheRequestLanguage() {
        Map<String, Object> body = Body.with(user(username(), "CHAIR"), "clubIds", List.of(s.clubA, s.clubB));
        JsonNode vi = s.admin().post("/api/v1/users", body).expect(400).json();
        assertEquals("clubIds: không phù hợp với vai trò: CHAIR: đúng một câu lạc bộ", vi.get("errors").get(0).get("message").asText());
        JsonNode en = s.admin().english().post("/api/v1/users", body).expect(400).json();
        assertEquals("clubIds: does not fit the role: CHAIR: exactly one club", en.get("errors").get(0).get("message").asText());
    }

    @Test
    void listFiltersSortsAndPages() {
        String prefix = Fixtures.unique("lst").toLowerCase();
        long a = s.admin().post("/api/v1/users", Body.with(user(prefix + ".b", "AUDITOR"), "scopeUnitId", s.provinceB,
                "fullName", "Kiểm tra viên")).expect(201).id();
        long b = s.admin().post("/api/v1/users", Body.with(user(prefix + ".a", "CHAIR"), "clubIds", List.of(s.clubB))).expect(201).id();
        long c = s.admin().post("/api/v1/users", Body.with(user(prefix + ".c", "AUDITOR"), "clubIds", List.of(s.clubB))).expect(201).id();
        s.admin().post("/api/v1/users/" + c + "/deactivate", null).expect(200);
        String base = "/api/v1/users?q=" + prefix;
        assertEquals(List.of(a, b, c), s.admin().get(base).expect(200).ids());
        assertEquals(List.of(b, a, c), s.admin().get(base + "&sort=username").ids());
        assertEquals(List.of(c, a, b), s.admin().get(base + "&sort=username,desc").ids());
        assertEquals(List.of(a, c, b), s.admin().get(base + "&sort=role").ids());
        assertEquals(List.of(a, c), s.admin().get(base + "&role=AUDITOR").ids());
        assertEquals(List.of(c), s.admin().get(base + "&active=false").ids());
        assertEquals(List.of(a, b), s.admin().get(base + "&active=true").ids());
        assertEquals(List.of(a), s.admin().get("/api/v1/users?q=" + prefix + "&role=AUDITOR&active=true").ids());
        assertTrue(s.admin().get("/api/v1/users?q=" + "ki%E1%BB%83m%20tra&size=500").ids().contains(a), "q also searches names");
        Response page = s.admin().get(base + "&sort=username&size=2&page=1").expect(200);
        assertEquals(List.of(c), page.ids());
        assertEquals(3, page.totalItems());
        page.items().forEach(u -> assertFalse(u.has("passwordHash")));
        s.admin().get(base + "&sort=password").expectProblem(400, "sort", "sort");
        s.admin().get(base + "&size=0").expectProblem(400, "size", "page-size");
        s.admin().get(base + "&role=ROOT").expectProblem(400, "role", "enum");
    }

    @Test
    void getOne() {
        JsonNode u = s.admin().get("/api/v1/users/" + s.auditorClubs.id()).expect(200).json();
        assertEquals(s.auditorClubs.username(), u.get("username").asText());
        assertEquals(List.of(s.clubA2, s.clubB), Fixtures.longs(u.get("clubIds")));
        JsonNode p = s.admin().get("/api/v1/users/987654321").expectProblemType(404, "not-found").json();
        assertEquals("Không có người dùng với mã này, hoặc nằm ngoài phạm vi của bạn.", p.get("detail").asText());
    }

    @Test
    void patchChangesTheFullNameOnly() {
        long id = s.admin().post("/api/v1/users", Body.with(user(username(), "AUDITOR"), "scopeUnitId", s.communeA,
                "fullName", "Trần Văn Kiểm")).expect(201).id();
        s.admin().patch("/api/v1/users/" + id, Body.of()).expect(200);
        assertEquals("Trần Văn Kiểm", db.row("app_user", id).get("full_name"), "an absent field stays unchanged");
        assertEquals("Trần Văn Kiểm Tra", s.admin().patch("/api/v1/users/" + id, Body.of("fullName", "Trần Văn  Kiểm Tra "))
                .expect(200).json().get("fullName").asText());
        assertEquals("Trần Văn Kiểm Tra", db.row("app_user", id).get("full_name"));
        s.admin().patch("/api/v1/users/" + id, Body.of("fullName", "")).expect(200);
        assertNull(db.row("app_user", id).get("full_name"), "an empty name clears it");

        Db.Snapshot row = userAndClubs(id);
        s.admin().patch("/api/v1/users/" + id, Body.of("fullName", "F".repeat(151))).expectProblem(400, "fullName", "size");
        s.admin().patch("/api/v1/users/" + id, Body.of("role", "ADMIN")).expectProblem(400, "role", "unknown-field");
        s.admin().patch("/api/v1/users/" + id, Body.of("username", "renamed")).expectProblem(400, "username", "unknown-field");
        s.admin().patch("/api/v1/users/987654321", Body.of("fullName", "X")).expectProblemType(404, "not-found");
        row.assertUnchanged();
    }

    @Test
    void assigningARoleReplacesRoleAndScope() {
        long id = s.admin().post("/api/v1/users", Body.with(user(username(), "AUDITOR"), "clubIds", List.of(s.clubA, s.clubB)))
                .expect(201).id();
        JsonNode r = s.admin().put("/api/v1/users/" + id + "/role", Body.of("role", "TREASURER", "clubIds", List.of(s.clubA2)))
                .expect(200).json();
        assertEquals("TREASURER", r.get("role").asText());
        assertEquals(List.of(s.clubA2), clubsOf(id));
        assertEquals("TREASURER", db.row("app_user", id).get("role"));
        s.admin().put("/api/v1/users/" + id + "/role", Body.of("role", "PROVINCE_OFFICER", "scopeUnitId", s.provinceB)).expect(200);
        Map<String, Object> row = db.row("app_user", id);
        assertEquals("PROVINCE_OFFICER", row.get("role"));
        assertEquals(s.provinceB, ((Number) row.get("scope_unit_id")).longValue());
        assertEquals(List.of(), clubsOf(id));

        Db.Snapshot before = userAndClubs(id);
        String path = "/api/v1/users/" + id + "/role";
        s.admin().put(path, Body.of()).expectProblem(400, "role", "required");
        s.admin().put(path, Body.of("role", "GUEST")).expectProblem(400, "role", "enum");
        s.admin().put(path, Body.of("role", "CHAIR")).expectProblem(400, "clubIds", "scope-mismatch");
        s.admin().put(path, Body.of("role", "PROVINCE_OFFICER", "scopeUnitId", s.villageB)).expectProblem(400, "scopeUnitId", "scope-mismatch");
        s.admin().put(path, Body.of("role", "CHAIR", "clubIds", List.of(987654321L))).expectProblem(422, "clubIds[0]", "unknown-reference");
        s.admin().put(path, Body.of("role", "AUDITOR", "scopeUnitId", s.communeB, "fullName", "x"))
                .expectProblem(400, "fullName", "unknown-field");
        s.admin().put("/api/v1/users/987654321/role", Body.of("role", "ADMIN")).expectProblemType(404, "not-found");
        before.assertUnchanged();
    }

    @Test
    void deactivateAndActivate() {
        long id = s.admin().post("/api/v1/users", Body.with(user(username(), "CHAIR"), "clubIds", List.of(s.clubB))).expect(201).id();
        assertFalse(s.admin().post("/api/v1/users/" + id + "/deactivate", null).expect(200).json().get("active").asBoolean());
        assertFalse((Boolean) db.row("app_user", id).get("active"));
        s.admin().post("/api/v1/users/" + id + "/deactivate", null).expect(200);
        assertTrue(s.admin().post("/api/v1/users/" + id + "/activate", null).expect(200).json().get("active").asBoolean());
        assertTrue((Boolean) db.row("app_user", id).get("active"));
        s.admin().post("/api/v1/users/987654321/deactivate", null).expectProblemType(404, "not-found");
        s.admin().post("/api/v1/users/987654321/activate", null).expectProblemType(404, "not-found");
    }

    @Test
    void resettingAPassword() {
        String name = username();
        long id = s.admin().post("/api/v1/users", Body.with(user(name, "CHAIR"), "clubIds", List.of(s.clubB))).expect(201).id();
        String oldHash = (String) db.row("app_user", id).get("password_hash");
        s.admin().post("/api/v1/users/" + id + "/password", Body.of("password", "brand-new-password")).expect(200);
        String newHash = (String) db.row("app_user", id).get("password_hash");
        assertFalse(oldHash.equals(newHash));
        assertTrue(newHash.startsWith("$argon2id$"));
        Scene.anonymous().post("/api/v1/login", Body.of("username", name, "password", "a-long-password"))
                .expectProblemType(401, "login-failed");
        Fixtures.login(name, "brand-new-password");

        Db.Snapshot row = userAndClubs(id);
        String path = "/api/v1/users/" + id + "/password";
        s.admin().post(path, Body.of()).expectProblem(400, "password", "required");
        s.admin().post(path, Body.of("password", "short")).expectProblem(400, "password", "size");
        s.admin().post(path, Body.of("password", "p".repeat(201))).expectProblem(400, "password", "size");
        s.admin().post(path, Body.of("password", "long-enough-1", "oldPassword", "x")).expectProblem(400, "oldPassword", "unknown-field");
        s.admin().post("/api/v1/users/987654321/password", Body.of("password", "long-enough-1")).expectProblemType(404, "not-found");
        row.assertUnchanged();
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        Fixtures.User u = Fixtures.createUser("TREASURER", null, List.of(s.clubB));
        Api me = TestApp.api().as(u.token());
        String path = "/api/v1/me/password";
        Db.Snapshot row = db.snapshot("SELECT * FROM app_user WHERE id = ?", u.id());
        me.post(path, Body.of("currentPassword", "not-my-password", "newPassword", "my-own-new-password"))
                .expectProblem(422, "currentPassword", "wrong-password");
        me.post(path, Body.of("currentPassword", Fixtures.PASSWORD, "newPassword", Fixtures.PASSWORD))
                .expectProblem(400, "newPassword", "same-password");
        me.post(path, Body.of("currentPassword", Fixtures.PASSWORD, "newPassword", "short"))
                .expectProblem(400, "newPassword", "size");
        me.post(path, Body.of("newPassword", "my-own-new-password")).expectProblem(400, "currentPassword", "required");
        Scene.anonymous().post(path, Body.of("currentPassword", Fixtures.PASSWORD, "newPassword", "my-own-new-password"))
                .expectProblemType(401, "unauthorized");
        row.assertUnchanged();

        assertEquals(u.id(), me.post(path, Body.of("currentPassword", Fixtures.PASSWORD, "newPassword", "my-own-new-password"))
                .expect(200).json().get("id").asLong());
        Scene.anonymous().post("/api/v1/login", Body.of("username", u.username(), "password", Fixtures.PASSWORD))
                .expectProblemType(401, "login-failed");
        Fixtures.login(u.username(), "my-own-new-password");
    }

    @Test
    void guessingTheCurrentPasswordLocksLikeLoggingIn() {
        Fixtures.User u = Fixtures.createUser("CHAIR", null, List.of(s.clubB));
        Api me = TestApp.api().as(u.token());
        for (int i = 0; i < 5; i++) {
            me.post("/api/v1/me/password", Body.of("currentPassword", "guess-" + i, "newPassword", "my-own-new-password"))
                    .expectProblem(422, "currentPassword", "wrong-password");
        }
        me.post("/api/v1/me/password", Body.of("currentPassword", Fixtures.PASSWORD, "newPassword", "my-own-new-password"))
                .expectProblemType(429, "login-locked");
        Scene.anonymous().post("/api/v1/login", Body.of("username", u.username(), "password", Fixtures.PASSWORD))
                .expectProblemType(429, "login-locked");
    }

    @Test
    void theLastActiveAdministratorStays() {
        long adminId = ((Number) db.scalar("SELECT id FROM app_user WHERE username = 'admin'")).longValue();
        long second = s.admin().post("/api/v1/users", user(username(), "ADMIN")).expect(201).id();
        // with another active admin, an admin may be deactivated or lose the role
        s.admin().post("/api/v1/users/" + second + "/deactivate", null).expect(200);
        s.admin().post("/api/v1/users/" + second + "/activate", null).expect(200);
        s.admin().put("/api/v1/users/" + second + "/role", Body.of("role", "AUDITOR", "scopeUnitId", s.communeA)).expect(200);

        List<Long> others = new ArrayList<>();
        db.rows("SELECT id FROM app_user WHERE role = 'ADMIN' AND active AND id <> ?", adminId)
                .forEach(r -> others.add(((Number) r.get("id")).longValue()));
        try {
            for (long other : others) {
                s.admin().post("/api/v1/users/" + other + "/deactivate", null).expect(200);
            }
            Db.Snapshot admin = userAndClubs(adminId);
            s.admin().post("/api/v1/users/" + adminId + "/deactivate", null).expectProblem(409, "role", "last-admin");
            s.admin().put("/api/v1/users/" + adminId + "/role", Body.of("role", "AUDITOR", "scopeUnitId", s.communeA))
                    .expectProblem(409, "role", "last-admin");
            JsonNode en = s.admin().english().post("/api/v1/users/" + adminId + "/deactivate", null).expect(409).json();
            assertEquals("role: the last active administrator cannot be deactivated or lose the role",
                    en.get("errors").get(0).get("message").asText());
            admin.assertUnchanged();
            // keeping the role is not losing it
            s.admin().put("/api/v1/users/" + adminId + "/role", Body.of("role", "ADMIN")).expect(200);
        } finally {
            for (long other : others) {
                s.admin().post("/api/v1/users/" + other + "/activate", null).expect(200);
            }
        }
    }

    @Test
    void onlyAdminsManageUsers() {
        long target = s.treasurerB.id();
        Db.Snapshot row = userAndClubs(target);
        for (Fixtures.User u : List.of(s.officerA, s.auditorUnit, s.auditorClubs, s.chairA, s.treasurerA)) {
            Api api = s.as(u);
            api.get("/api/v1/users").expectProblemType(403, "forbidden");
            api.get("/api/v1/users/" + target).expectProblemType(403, "forbidden");
            api.get("/api/v1/users/" + u.id()).expectProblemType(403, "forbidden");
            api.post("/api/v1/users", user(username(), "ADMIN")).expectProblemType(403, "forbidden");
            api.patch("/api/v1/users/" + target, Body.of("fullName", "X")).expectProblemType(403, "forbidden");
            api.put("/api/v1/users/" + u.id() + "/role", Body.of("role", "ADMIN")).expectProblemType(403, "forbidden");
            api.post("/api/v1/users/" + target + "/deactivate", null).expectProblemType(403, "forbidden");
            api.post("/api/v1/users/" + target + "/activate", null).expectProblemType(403, "forbidden");
            api.post("/api/v1/users/" + target + "/password", Body.of("password", "hijacked-password")).expectProblemType(403, "forbidden");
        }
        Scene.anonymous().get("/api/v1/users").expectProblemType(401, "unauthorized");
        Scene.anonymous().post("/api/v1/users", user(username(), "ADMIN")).expectProblemType(401, "unauthorized");
        Scene.anonymous().post("/api/v1/users/" + target + "/password", Body.of("password", "hijacked-password"))
                .expectProblemType(401, "unauthorized");
        row.assertUnchanged();
        assertEquals(0, db.count("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND id IN (?, ?, ?, ?, ?)",
                s.officerA.id(), s.auditorUnit.id(), s.auditorClubs.id(), s.chairA.id(), s.treasurerA.id()),
                "nobody made themselves ADMIN");
    }
}
