package vn.ishc.fund.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import vn.ishc.fund.common.error.ApiException;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What every page's template is given, and the answers pages share (redirects, error pages). */
final class Pages {

    private Pages() {
    }

    /** The model of a page: texts and formats in the user's language, the CSRF token, the path (for the language switch). */
    static Map<String, Object> model(HttpRequest<?> request) {
        Locale locale = WebLanguage.of(request);
        Map<String, Object> model = new HashMap<>();
        model.put("t", new WebTexts(locale));
        model.put("f", new WebFormat(locale));
        model.put("csrf", request.getAttribute(CsrfFilter.ATTRIBUTE, String.class).orElse(""));
        model.put("path", request.getUri().toString());
        return model;
    }

    /**
     * A page, never kept by the browser: going back to a sheet already saved loads it afresh rather than showing
     * the old form, and a shared phone keeps no club's figures.
     */
    static MutableHttpResponse<?> page(String view, Map<String, Object> model) {
        return HttpResponse.ok(new ModelAndView<>(view, model)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    static MutableHttpResponse<?> seeOther(String location) {
        return HttpResponse.seeOther(URI.create(location));
    }

    static MutableHttpResponse<?> signIn(HttpRequest<?> request, boolean expired) {
        return seeOther("/sign-in" + (expired ? "?expired=true" : ""));
    }

    static MutableHttpResponse<?> error(HttpRequest<?> request, HttpStatus status, String messageKey, Map<String, Object> base) {
        Map<String, Object> model = new HashMap<>(base == null ? model(request) : base);
        model.put("message", messageKey);
        return HttpResponse.status(status).header(HttpHeaders.CACHE_CONTROL, "no-store").body(new ModelAndView<>("error", model));
    }

    /** A service refused: not found or outside the scope (404, nothing leaks), or not allowed (403). */
    static MutableHttpResponse<?> refused(HttpRequest<?> request, ApiException e, Map<String, Object> model) {
        if (e.status() == HttpStatus.FORBIDDEN) {
            return error(request, HttpStatus.FORBIDDEN, "error.forbidden", model);
        }
        if (e.status() == HttpStatus.NOT_FOUND) {
            return error(request, HttpStatus.NOT_FOUND, "error.notFound", model);
        }
        throw e;
    }

    /** A page without a template, for answers given before any controller runs (a refused form). */
    static String plain(WebTexts t, String title, String message) {
        return "<!doctype html><html lang=\"" + t.lang() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main class=\"page\"><h1>"
                + escape(title) + "</h1><p class=\"notice notice-error\">" + escape(message)
                + "</p><p><a class=\"button\" href=\"/\">" + escape(t.get("error.back")) + "</a></p></main></body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
