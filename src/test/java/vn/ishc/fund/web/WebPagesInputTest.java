package vn.ishc.fund.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.TestApp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route of the pages refuses what it does not take: a form sent without the browser's CSRF token is
 * 403 before anything runs, and a query parameter a page does not declare is 400, as on the API.
 */
class WebPagesInputTest {

    @Test
    void everyFormRouteNeedsTheCsrfTokenAndEveryPageItsOwnParameters() {
        List<UriRouteInfo<?, ?>> routes = TestApp.bean(Router.class).uriRoutes()
                .filter(r -> r.getTargetMethod().getDeclaringType().getName().startsWith("vn.ishc.fund.web.")).toList();
        int posts = 0;
        int gets = 0;
        for (UriRouteInfo<?, ?> r : routes) {
            Map<String, Object> variables = new HashMap<>();
            r.getUriMatchTemplate().getVariableNames().forEach(v -> variables.put(v, v.equals("lang") ? "en" : 1));
            String path = r.getUriMatchTemplate().expand(variables);
            Browser b = new Browser();
            b.get("/sign-in");
            if (r.getHttpMethod() == HttpMethod.POST) {
                Browser.Page p = b.postRaw(path, Map.of("username", "x", "password", "y"));
                assertEquals(403, p.status(), path);
                posts++;
            } else if (r.getHttpMethod() == HttpMethod.GET) {
                Browser.Page p = b.get(path + "?bogus=1");
                assertEquals(400, p.status(), path + ": " + p.body());
                assertTrue(p.body().contains("bogus"), p.body());
                gets++;
            }
        }
        assertTrue(posts >= 3, "the form routes: " + posts);
        assertTrue(gets >= 5, "the pages: " + gets);
    }

    @Test
    void aBrowserGetsAnErrorPageWhereTheApiGetsAProblem() {
        Browser b = new Browser();
        Browser.Page page = b.get("/clubs/1/no-such-page", "text/html,application/xhtml+xml");
        assertEquals(404, page.status());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("<html lang=\"vi\"") && page.body().contains("Không tìm thấy trang này"), page.body());
        Browser.Page bogus = b.get("/sign-in?bogus=1", "text/html");
        assertEquals(400, bogus.status());
        assertTrue(bogus.body().startsWith("<!doctype html>") && bogus.body().contains("bogus"), bogus.body());
        // a client that asks for JSON, and the API whatever is asked, keep the problem
        Browser.Page json = b.get("/clubs/1/no-such-page", "application/json");
        assertEquals(404, json.status());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Browser.Page api = b.get("/api/v1/no-such-thing", "text/html");
        assertEquals(404, api.status());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}
