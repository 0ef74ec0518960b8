package vn.ishc.fund.web;

import vn.ishc.fund.support.TestApp;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser for HTTP-level tests of the pages: it keeps cookies, does not follow redirects, posts forms. */
final class Browser {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    final URI base = TestApp.server().getURI();
    final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    record Page(int status, String body, java.net.http.HttpHeaders headers) {
        String location() {
            return headers.firstValue("Location").orElse(null);
        }

        /** The hidden fields of the page's forms (the CSRF token, the idempotency keys). */
        Map<String, String> hidden() {
            Map<String, String> out = new LinkedHashMap<>();
            Matcher m = HIDDEN.matcher(body);
            while (m.find()) {
                out.put(m.group(1), m.group(2).replace("&amp;", "&"));
            }
            return out;
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A GET saying what it accepts, as a browser ({@code text/html,…}) or a client of the API would. */
    Page get(String path, String accept) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET());
    }

    /** Posts the form with the CSRF token the browser holds (as the pages put it in every form). */
    Page post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        csrf().ifPresent(token -> fields.put("_csrf", token));
        fields.putAll(form);
        return postRaw(path, fields);
    }

    Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Optional<String> csrf() {
        return cookie(SessionCookies.CSRF).map(HttpCookie::getValue);
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Opens the sign-in page (for the CSRF cookie) and signs in. */
    Page signIn(String username, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("username", username, "password", password));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
