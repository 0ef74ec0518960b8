package vn.ishc.fund.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Scene;
import vn.ishc.fund.support.TestApp;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out of the pages, the session cookie, CSRF on every form, the language switch, and the API left as it was. */
class WebSignInTest {

    private static Scene scene;

    @BeforeAll
    static void setUp() {
        scene = Scene.create();
    }

    @Test
    void withoutASessionEveryPageSendsToSignIn() {
        Browser b = new Browser();
        assertEquals(303, b.get("/").status());
        assertEquals("/sign-in", b.get("/").location());
        Browser.Page home = b.get("/clubs/" + scene.clubA);
        assertEquals(303, home.status());
        assertTrue(home.location().startsWith("/sign-in"));
        assertTrue(b.get("/clubs/" + scene.clubA + "/meeting").location().startsWith("/sign-in"));
        Browser.Page signIn = b.get("/sign-in");
        assertEquals(200, signIn.status());
        assertTrue(signIn.body().contains("<html lang=\"vi\""), "Vietnamese first");
        assertTrue(signIn.body().contains("Đăng nhập"));
        assertTrue(signIn.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(200, b.get("/static/app.css").status());
        assertEquals(200, b.get("/static/app.js").status());
    }

    @Test
    void signsInWithTheSameUsersAndOut() {
        Browser b = new Browser();
        Browser.Page wrong = b.signIn(scene.treasurerA.username(), "not-the-password");
        assertEquals(401, wrong.status());
        assertTrue(wrong.body().contains("Tên đăng nhập hoặc mật khẩu không đúng."), wrong.body());
        assertTrue(b.cookie(SessionCookies.SESSION).isEmpty());

        Browser.Page in = b.signIn(scene.treasurerA.username(), Fixtures.PASSWORD);
        assertEquals(303, in.status());
        String setCookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(SessionCookies.SESSION + "="))
                .findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertEquals("/clubs/" + scene.clubA, b.get("/").location());
        Browser.Page home = b.get("/clubs/" + scene.clubA);
        assertEquals(200, home.status());
        assertTrue(home.body().contains("Quy mô quỹ"), home.body());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""), "no club's figures kept by the browser");

        Browser.Page out = b.post("/sign-out", Map.of());
        assertEquals(303, out.status());
        assertEquals("/sign-in", out.location());
        assertTrue(b.cookie(SessionCookies.SESSION).isEmpty(), "the session cookie is cleared");
        assertEquals(303, b.get("/clubs/" + scene.clubA).status());
    }

    @Test
    void anEmptyFormIsRefusedWithTheRule() {
        Browser b = new Browser();
        b.get("/sign-in");
        Browser.Page p = b.post("/sign-in", Map.of("username", "", "password", ""));
        assertEquals(400, p.status());
        assertTrue(p.body().contains("Hãy nhập tên đăng nhập và mật khẩu."));
    }

    @Test
    void aSessionThatIsNotValidSendsToSignInSayingSo() {
        Browser b = new Browser();
        b.cookies.getCookieStore().add(b.base, cookie(SessionCookies.SESSION, "eyJhbGciOiJIUzI1NiJ9.e30.bad"));
        Browser.Page p = b.get("/clubs/" + scene.clubA);
        assertEquals(303, p.status());
        assertEquals("/sign-in?expired=true", p.location());
        assertTrue(b.get(p.location()).body().contains("Phiên làm việc đã hết"));
    }

    @Test
    void aUserDeactivatedSinceSigningInIsSentToSignIn() {
        Fixtures.User user = Fixtures.createUser("TREASURER", null, List.of(scene.clubA));
        Browser b = new Browser();
        assertEquals(303, b.signIn(user.username(), Fixtures.PASSWORD).status());
        assertEquals(200, b.get("/clubs/" + scene.clubA).status());
        scene.admin().post("/api/v1/users/" + user.id() + "/deactivate", null).expect(200);
        Browser.Page p = b.get("/clubs/" + scene.clubA);
        assertEquals(303, p.status());
        assertTrue(p.location().startsWith("/sign-in"));
        assertEquals(401, b.signIn(user.username(), Fixtures.PASSWORD).status(), "and cannot sign in again");
    }

    @Test
    void everyFormNeedsTheCsrfTokenOfTheBrowser() {
        Browser b = new Browser();
        b.get("/sign-in");
        String token = b.csrf().orElseThrow();
        String setCookie = b.get("/sign-in").headers().allValues("Set-Cookie").toString();
        assertFalse(setCookie.contains(SessionCookies.CSRF + "="), "the token stays the same: " + setCookie);
        Browser.Page noToken = b.postRaw("/sign-in", Map.of("username", scene.treasurerA.username(), "password", Fixtures.PASSWORD));
        assertEquals(403, noToken.status());
        assertTrue(noToken.body().contains("Biểu mẫu đã hết hạn"));
        Browser.Page otherToken = b.postRaw("/sign-in", Map.of("_csrf", "x".repeat(43), "username", scene.treasurerA.username(),
                "password", Fixtures.PASSWORD));
        assertEquals(403, otherToken.status());
        assertTrue(b.cookie(SessionCookies.SESSION).isEmpty(), "nothing was done");

        // a form of another site: it cannot read the cookie, so it cannot send the field
        Browser fresh = new Browser();
        Browser.Page noCookie = fresh.postRaw("/sign-in", Map.of("_csrf", token, "username", scene.treasurerA.username(),
                "password", Fixtures.PASSWORD));
        assertEquals(403, noCookie.status());

        assertEquals(303, b.signIn(scene.treasurerA.username(), Fixtures.PASSWORD).status());
        assertEquals(403, b.postRaw("/sign-out", Map.of()).status());
        assertEquals(403, b.postRaw("/clubs/" + scene.clubA + "/meeting", Map.of("date", "2026-01-10")).status());
        assertEquals(200, b.get("/clubs/" + scene.clubA).status(), "still signed in");
    }

    @Test
    void oneTapSwitchesToEnglishAndBack() {
        Browser b = new Browser();
        b.signIn(scene.treasurerA.username(), Fixtures.PASSWORD);
        String home = "/clubs/" + scene.clubA;
        assertTrue(b.get(home).body().contains("Quy mô quỹ"));
        Browser.Page tap = b.get("/language/en?back=" + home);
        assertEquals(303, tap.status());
        assertEquals(home, tap.location());
        String english = b.get(home).body();
        assertTrue(english.contains("Fund size"), english);
        assertTrue(english.contains("<html lang=\"en\""));
        assertTrue(b.get("/sign-in").body().contains("Sign in"));
        b.get("/language/vi?back=" + home);
        assertTrue(b.get(home).body().contains("Quy mô quỹ"));
        assertEquals("/", b.get("/language/en?back=//evil.example").location(), "never an open redirect");
    }

    @Test
    void aTreasurerSeesNoOtherClubsPages() {
        Browser b = new Browser();
        b.signIn(scene.treasurerA.username(), Fixtures.PASSWORD);
        Browser.Page other = b.get("/clubs/" + scene.clubB);
        assertEquals(404, other.status());
        assertFalse(other.body().contains("Quy mô quỹ"));
        assertEquals(404, b.get("/clubs/" + scene.clubB + "/meeting").status());
        Browser.Page post = b.post("/clubs/" + scene.clubB + "/meeting", Map.of("date", "2026-01-10",
                "paid_" + scene.memberB1, "on", "fee_" + scene.memberB1, "20000"));
        assertEquals(404, post.status());
        assertEquals(0, TestApp.db().count("SELECT COUNT(*) FROM journal_entry e JOIN ledger l ON l.id = e.ledger_id WHERE l.club_id = ?",
                scene.clubB));
    }

    @Test
    void anAuditorReadsTheClubsPagesButRecordsNothing() {
        Browser b = new Browser();
        b.signIn(scene.auditorClubs.username(), Fixtures.PASSWORD);
        assertEquals(200, b.get("/clubs/" + scene.clubB).status());
        Browser.Page sheet = b.get("/clubs/" + scene.clubB + "/meeting");
        assertEquals(200, sheet.status());
        Map<String, String> form = new java.util.LinkedHashMap<>(sheet.hidden());
        form.remove("_csrf");
        form.put("paid_" + scene.memberB1, "on");
        form.put("fee_" + scene.memberB1, "20000");
        Browser.Page p = b.post("/clubs/" + scene.clubB + "/meeting", form);
        assertEquals(403, p.status(), p.body());
        assertTrue(p.body().contains("Bạn không có quyền làm việc này."));
        assertEquals(0, TestApp.db().count("SELECT COUNT(*) FROM journal_entry e JOIN ledger l ON l.id = e.ledger_id WHERE l.club_id = ?",
                scene.clubB));
    }

    @Test
    void theApiKeepsBearerTokensOnly() throws Exception {
        Browser b = new Browser();
        b.signIn(scene.treasurerA.username(), Fixtures.PASSWORD);
        String session = b.cookie(SessionCookies.SESSION).orElseThrow().getValue();
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> withCookie = plain.send(HttpRequest.newBuilder(b.base.resolve("/api/v1/clubs/" + scene.clubA))
                .header("Cookie", SessionCookies.SESSION + "=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, withCookie.statusCode(), "the session cookie does not open the API");
        HttpResponse<String> bearer = plain.send(HttpRequest.newBuilder(b.base.resolve("/api/v1/clubs/" + scene.clubA))
                .header("Authorization", "Bearer " + session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, bearer.statusCode(), "it is the API's own token");
        scene.as(scene.treasurerA).get("/api/v1/clubs/" + scene.clubA).expect(200);
        assertEquals(List.of(), List.of());
    }

    private static java.net.HttpCookie cookie(String name, String value) {
        java.net.HttpCookie c = new java.net.HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        return c;
    }
}
