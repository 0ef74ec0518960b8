package vn.ishc.fund.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.Scene;
import vn.ishc.fund.support.TestApp;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /login and GET /me: tokens, who the caller is, and that the database decides on every request. */
class LoginTest {

    private static Scene s;
    private static Db db;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        db = TestApp.db();
    }

    @Test
    void loginReturnsABearerTokenThatIdentifiesTheUser() {
        JsonNode r = Scene.anonymous().post("/api/v1/login",
                Body.of("username", s.chairA.username(), "password", Fixtures.PASSWORD)).expect(200).json();
        assertEquals("Bearer", r.get("token_type").asText());
        assertEquals(43200, r.get("expires_in").asInt());
        assertEquals(s.chairA.username(), r.get("username").asText());
        assertEquals("CHAIR", r.get("role").asText());
        String token = r.get("access_token").asText();
        assertEquals(3, token.split("\\.").length, "a JWT");

        JsonNode me = TestApp.api().as(token).get("/api/v1/me").expect(200).json();
        assertEquals(s.chairA.id(), me.get("id").asLong());
        assertEquals("CHAIR", me.get("role").asText());
        assertEquals(List.of(s.clubA), Fixtures.longs(me.get("clubIds")));
        assertEquals(1, db.count("SELECT COUNT(*) FROM app_user WHERE id = ? AND username = ? AND active",
                s.chairA.id(), s.chairA.username()));
    }

    @Test
    void usernameIsTrimmedAndCaseInsensitive() {
        Scene.anonymous().post("/api/v1/login",
                Body.of("username", "  " + s.treasurerA.username().toUpperCase() + " ", "password", Fixtures.PASSWORD))
                .expect(200);
    }

    @Test
    void aStaleTokenDoesNotStopALogin() {
        TestApp.api().as("expired-or-garbage").post("/api/v1/login",
                Body.of("username", s.chairA.username(), "password", Fixtures.PASSWORD)).expect(200);
    }

    @Test
    void wrongPasswordAndUnknownUserFailAlikeAndChangeNothing() {
        Db.Snapshot users = db.snapshot("SELECT * FROM app_user WHERE id = ?", s.chairA.id());
        JsonNode wrong = Scene.anonymous().post("/api/v1/login",
                Body.of("username", s.chairA.username(), "password", "not-the-password"))
                .expectProblemType(401, "login-failed").json();
        JsonNode unknown = Scene.anonymous().post("/api/v1/login",
                Body.of("username", "nobody-" + Fixtures.unique("x"), "password", "whatever-password"))
                .expectProblemType(401, "login-failed").json();
        assertEquals("Đăng nhập không thành công", wrong.get("title").asText());
        assertEquals(wrong.get("detail"), unknown.get("detail"), "no hint which of the two was wrong");
        JsonNode en = Scene.anonymous().english().post("/api/v1/login",
                Body.of("username", s.chairA.username(), "password", "not-the-password")).expect(401).json();
        assertEquals("Login failed", en.get("title").asText());
        users.assertUnchanged();
    }

    @Test
    void repeatedWrongPasswordsLockTheUsernameForAWhile() {
        Fixtures.User u = Fixtures.createUser("TREASURER", null, List.of(s.clubB));
        var login = Scene.anonymous();
        for (int i = 0; i < 5; i++) {
            login.post("/api/v1/login", Body.of("username", u.username(), "password", "guess-" + i))
                    .expectProblemType(401, "login-failed");
        }
        // now even the right password is refused, before it is checked, and the answer says when to retry
        Response locked = login.post("/api/v1/login", Body.of("username", u.username().toUpperCase(), "password", Fixtures.PASSWORD))
                .expectProblemType(429, "login-locked");
        long retry = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= 15 * 60, "Retry-After " + retry);
        assertTrue(locked.json().get("detail").asText().contains("15 phút"), locked.text());
        // other users log in as before; unknown names lock alike, so the lock tells nothing
        login.post("/api/v1/login", Body.of("username", s.chairA.username(), "password", Fixtures.PASSWORD)).expect(200);
        String nobody = "nobody-" + Fixtures.unique("x");
        for (int i = 0; i < 5; i++) {
            login.post("/api/v1/login", Body.of("username", nobody, "password", "guess-" + i)).expectProblemType(401, "login-failed");
        }
        login.post("/api/v1/login", Body.of("username", nobody, "password", "guess")).expectProblemType(429, "login-locked");
    }

    @Test
    void loginValidation() {
        Db.Snapshot users = db.snapshot("SELECT * FROM app_user WHERE id = ?", s.chairA.id());
        var login = Scene.anonymous();
        login.post("/api/v1/login", Body.of("password", "x")).expectProblem(400, "username", "required");
        login.post("/api/v1/login", Body.of("username", "admin")).expectProblem(400, "password", "required");
        login.post("/api/v1/login", Body.of("username", "  ", "password", "x")).expectProblem(400, "username", "required");
        login.post("/api/v1/login", Body.of("username", "admin", "password", null)).expectProblem(400, "password", "required");
        login.post("/api/v1/login", Body.of("username", "a".repeat(61), "password", "x")).expectProblem(400, "username", "size");
        login.post("/api/v1/login", Body.of("username", "admin", "password", "p".repeat(201))).expectProblem(400, "password", "size");
        login.post("/api/v1/login", Body.of("username", "admin", "password", "x", "remember", true))
                .expectProblem(400, "remember", "unknown-field");
        login.post("/api/v1/login", Body.of("username", List.of("admin"), "password", "x"))
                .expectProblem(400, "username", "invalid-type");
        login.post("/api/v1/login", "{\"username\":\"admin\",").expectProblem(400, null, "malformed-json");
        login.send("POST", "/api/v1/login", "").expectProblem(400, null, "body-required");
        users.assertUnchanged();
    }

    @Test
    void deactivatedUserCannotLogIn() {
        Fixtures.User u = Fixtures.createUser("TREASURER", null, List.of(s.clubB));
        s.admin().post("/api/v1/users/" + u.id() + "/deactivate", null).expect(200);
        Scene.anonymous().post("/api/v1/login", Body.of("username", u.username(), "password", Fixtures.PASSWORD))
                .expectProblemType(401, "login-failed");
    }

    @Test
    void meDescribesEachRoleAndScope() {
        JsonNode officer = s.as(s.officerA).get("/api/v1/me").expect(200).json();
        assertEquals("PROVINCE_OFFICER", officer.get("role").asText());
        assertEquals(s.provinceA, officer.get("scopeUnitId").asLong());
        assertTrue(officer.get("scopeUnitName").asText().startsWith("Tỉnh"), officer.toString());
        assertTrue(officer.get("clubIds").isEmpty());

        JsonNode unitAuditor = s.as(s.auditorUnit).get("/api/v1/me").expect(200).json();
        assertEquals("AUDITOR", unitAuditor.get("role").asText());
        assertEquals(s.communeA, unitAuditor.get("scopeUnitId").asLong());

        JsonNode clubAuditor = s.as(s.auditorClubs).get("/api/v1/me").expect(200).json();
        assertTrue(clubAuditor.get("scopeUnitId").isNull());
        assertEquals(List.of(s.clubA2, s.clubB), Fixtures.longs(clubAuditor.get("clubIds")));

        JsonNode treasurer = s.as(s.treasurerB).get("/api/v1/me").expect(200).json();
        assertEquals("TREASURER", treasurer.get("role").asText());
        assertEquals(List.of(s.clubB), Fixtures.longs(treasurer.get("clubIds")));

        JsonNode admin = s.admin().get("/api/v1/me").expect(200).json();
        assertEquals("admin", admin.get("username").asText());
        assertEquals("ADMIN", admin.get("role").asText());
        assertFalse(admin.has("passwordHash") || admin.has("password_hash"), "never the hash");
    }

    @Test
    void meWithoutTokenIs401() {
        Scene.anonymous().get("/api/v1/me").expectProblemType(401, "unauthorized");
    }

    @Test
    void deactivationStopsExistingTokensAtOnceAndActivationRestoresThem() {
        Fixtures.User u = Fixtures.createUser("CHAIR", null, List.of(s.clubB));
        TestApp.api().as(u.token()).get("/api/v1/clubs/" + s.clubB).expect(200);
        s.admin().post("/api/v1/users/" + u.id() + "/deactivate", null).expect(200);
        assertEquals(0, db.count("SELECT COUNT(*) FROM app_user WHERE id = ? AND active", u.id()));
        TestApp.api().as(u.token()).get("/api/v1/clubs/" + s.clubB).expectProblemType(401, "unauthorized");
        TestApp.api().as(u.token()).get("/api/v1/me").expectProblemType(401, "unauthorized");
        TestApp.api().as(u.token()).patch("/api/v1/clubs/" + s.clubB, Body.of("meetingDay", 3))
                .expectProblemType(401, "unauthorized");
        assertEquals(15, db.count("SELECT meeting_day FROM club WHERE id = ?", s.clubB));

        s.admin().post("/api/v1/users/" + u.id() + "/activate", null).expect(200);
        TestApp.api().as(u.token()).get("/api/v1/clubs/" + s.clubB).expect(200);
    }

    @Test
    void aRoleChangeTakesEffectOnTheNextRequest() {
        Fixtures.User u = Fixtures.createUser("CHAIR", null, List.of(s.clubB));
        s.admin().put("/api/v1/users/" + u.id() + "/role", Body.of("role", "AUDITOR", "clubIds", List.of(s.clubB)))
                .expect(200);
        // the old token carries the old role: refused until the user logs in again
        TestApp.api().as(u.token()).get("/api/v1/clubs/" + s.clubB).expectProblemType(401, "unauthorized");
        String fresh = Fixtures.login(u.username(), Fixtures.PASSWORD);
        TestApp.api().as(fresh).get("/api/v1/clubs/" + s.clubB).expect(200);
        TestApp.api().as(fresh).patch("/api/v1/clubs/" + s.clubB, Body.of("meetingDay", 3)).expectProblemType(403, "forbidden");
    }

    @Test
    void aDemotedAdminLosesAdminRightsAtOnce() {
        Fixtures.User u = Fixtures.createUser("ADMIN", null, null);
        TestApp.api().as(u.token()).get("/api/v1/users").expect(200);
        s.admin().put("/api/v1/users/" + u.id() + "/role", Body.of("role", "AUDITOR", "scopeUnitId", s.communeA)).expect(200);
        TestApp.api().as(u.token()).get("/api/v1/users").expectProblemType(401, "unauthorized");
        TestApp.api().as(u.token()).get("/api/v1/clubs/" + s.clubB).expectProblemType(401, "unauthorized");
    }

    @Test
    void aScopeChangeWithinTheSameRoleTakesEffectOnTheNextRequest() {
        Fixtures.User u = Fixtures.createUser("TREASURER", null, List.of(s.clubA));
        TestApp.api().as(u.token()).get("/api/v1/clubs/" + s.clubA).expect(200);
        s.admin().put("/api/v1/users/" + u.id() + "/role", Body.of("role", "TREASURER", "clubIds", List.of(s.clubB)))
                .expect(200);
        TestApp.api().as(u.token()).get("/api/v1/clubs/" + s.clubA).expectProblemType(404, "not-found");
        TestApp.api().as(u.token()).get("/api/v1/clubs/" + s.clubB).expect(200);
        assertEquals(List.of(s.clubB), Fixtures.longs(TestApp.api().as(u.token()).get("/api/v1/me").json().get("clubIds")));
    }
}
