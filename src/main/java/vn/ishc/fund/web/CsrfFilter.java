package vn.ishc.fund.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.cookie.Cookie;

import java.nio.charset.StandardCharsets;

/**
 * CSRF protection of every form of the pages (double-submit cookie): the browser holds a random token in
 * an HttpOnly, SameSite=Strict cookie, every page puts the same token in a hidden {@code _csrf} field of
 * its forms, and any request to a page path other than GET/HEAD must carry a field equal to the cookie —
 * a form posted from another site can read neither. Refused: 403, nothing done. The API under {@code /api}
 * is not concerned: it does not read the session cookie.
 */
// the pages only (WebPaths.isPage): API requests never take the hop to the blocking pool this filter runs on
@ServerFilter(patternStyle = FilterPatternStyle.REGEX, value = "^(?!/api(/|$)|/swagger|/static/|/health(/|$)).*")
public class CsrfFilter {

    static final String FIELD = "_csrf";
    static final String ATTRIBUTE = "ishc.csrf";

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (!WebPaths.isPage(request.getPath())) {
            return null;
        }
        String cookie = request.getCookies().findCookie(SessionCookies.CSRF).map(Cookie::getValue)
                .filter(CsrfTokens::wellFormed).orElse(null);
        request.setAttribute(ATTRIBUTE, cookie == null ? CsrfTokens.fresh() : cookie);
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return null;
        }
        if (cookie == null || !(request instanceof ServerHttpRequest<?> server) || !isForm(request)) {
            return refused(request);
        }
        // read a copy of the body: the controller still reads the form
        CloseableByteBody copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).allowDiscard();
        try (CloseableAvailableByteBody body = copy.buffer().join()) {
            String field = CsrfTokens.field(new String(body.toByteArray(), StandardCharsets.UTF_8), FIELD);
            return CsrfTokens.same(cookie, field) ? null : refused(request);
        } catch (IllegalArgumentException malformed) {
            return refused(request);
        }
    }

    @ResponseFilter
    public void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Object token = request.getAttribute(ATTRIBUTE).orElse(null);
        if (token instanceof String t && request.getCookies().findCookie(SessionCookies.CSRF)
                .map(Cookie::getValue).filter(t::equals).isEmpty()) {
            response.cookie(SessionCookies.csrf(request, t));
        }
    }

    private static boolean isForm(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).orElse(false);
    }

    private static HttpResponse<?> refused(HttpRequest<?> request) {
        WebTexts t = new WebTexts(WebLanguage.of(request));
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .body(Pages.plain(t, t.get("error.title"), t.get("error.csrf")));
    }
}
