package vn.ishc.fund.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;
import vn.ishc.fund.common.error.Problem;
import vn.ishc.fund.common.error.ProblemResponses;

/**
 * A browser asking for a page gets an error page, not the API's problem+json: an address that does not exist,
 * a method a page does not take, the database away (503, its Retry-After kept), an unexpected error. The
 * status stays; only what the framework answered as a problem is replaced, pages' own error pages pass.
 */
@ServerFilter(patternStyle = FilterPatternStyle.REGEX, value = "^(?!/api(/|$)|/swagger|/static/|/health(/|$)).*")
public class WebErrorPages implements Ordered {

    @Override
    public int getOrder() {
        // first in, so last out: it sees the answers of every filter after it (a parameter refused, the database away)
        return ServerFilterPhase.FIRST.order();
    }


    @ResponseFilter
    public void htmlForBrowsers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!WebPaths.isPage(request.getPath()) || !wantsHtml(request)
                || response.getContentType().filter(t -> t.matches(ProblemResponses.PROBLEM_JSON)).isEmpty()) {
            return;
        }
        WebTexts t = new WebTexts(WebLanguage.of(request));
        int status = response.code();
        String message = switch (status) {
            case 404 -> "error.notFound";
            case 403 -> "error.forbidden";
            case 503 -> "error.unavailable";
            default -> status >= 500 ? "error.unexpected" : "error.badRequest";
        };
        // a request the page does not take (a parameter it does not know) says which, as the API does
        String text = status == 400 && response.getBody().orElse(null) instanceof Problem problem && problem.detail() != null
                ? problem.detail() : t.get(message);
        response.contentType(MediaType.TEXT_HTML + ";charset=utf-8").header(HttpHeaders.CACHE_CONTROL, "no-store");
        response.body(Pages.plain(t, t.get("error.title"), text));
    }

    private static boolean wantsHtml(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
    }
}
