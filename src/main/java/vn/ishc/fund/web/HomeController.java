package vn.ishc.fund.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.security.Caller;

import java.util.Map;

/** The club's home page. Without a session: to sign-in; a club outside the user's scope: 404. */
@Hidden
@Controller("/clubs/{clubId}")
@Secured(SecurityRule.IS_ANONYMOUS)
public class HomeController {

    private final WebSession session;
    private final HomePage home;

    public HomeController(WebSession session, HomePage home) {
        this.session = session;
        this.home = home;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> home(HttpRequest<?> request, @Nullable Authentication auth, @PathVariable long clubId,
                               @Nullable @QueryValue java.time.LocalDate saved) {
        Caller caller = session.caller(auth).orElse(null);
        if (caller == null) {
            return Pages.signIn(request, auth != null || request.getCookies().contains(SessionCookies.SESSION));
        }
        Map<String, Object> model = Pages.model(request);
        try {
            model.put("home", home.of(caller, clubId));
        } catch (ApiException e) {
            return Pages.refused(request, e, model);
        }
        model.put("clubId", clubId);
        if (saved != null) {
            model.put("saved", saved);
        }
        return Pages.page("home", model);
    }
}
