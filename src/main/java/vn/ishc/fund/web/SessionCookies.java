package vn.ishc.fund.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/**
 * The web app's cookies. The session is the same access token the bearer API issues, kept in an
 * HttpOnly, SameSite=Lax cookie that scripts cannot read and other sites' forms do not send; it is
 * read on the pages only, never under {@code /api} (the API keeps its bearer tokens).
 */
public final class SessionCookies {

    public static final String SESSION = "ishc_session";
    public static final String CSRF = "ishc_csrf";

    private SessionCookies() {
    }

    public static Cookie session(HttpRequest<?> request, String token, long seconds) {
        return base(Cookie.of(SESSION, token), request).maxAge(Duration.ofSeconds(seconds));
    }

    public static Cookie cleared(HttpRequest<?> request, String name) {
        return base(Cookie.of(name, ""), request).maxAge(0);
    }

    public static Cookie csrf(HttpRequest<?> request, String token) {
        // lives as long as the browser session; the pages put the same value in every form
        return base(Cookie.of(CSRF, token), request).sameSite(SameSite.Strict);
    }

    public static Cookie language(HttpRequest<?> request, String lang) {
        return base(Cookie.of(WebLanguage.COOKIE, lang), request).maxAge(Duration.ofDays(365));
    }

    private static Cookie base(Cookie cookie, HttpRequest<?> request) {
        return cookie.path("/").httpOnly(true).sameSite(SameSite.Lax).secure(request.isSecure());
    }
}
