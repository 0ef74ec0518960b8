package vn.ishc.fund.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.ClientAddress;
import vn.ishc.fund.security.LoginController.LoginRequest;
import vn.ishc.fund.security.SignIn;

import java.util.Map;

/**
 * Signing in and out of the pages with the API's users, rules and login throttle ({@link SignIn}),
 * the language switch, and {@code /}, which opens the signed-in user's club.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class SignInController {

    private final SignIn signIn;
    private final ClientAddress clientAddress;
    private final WebSession session;
    private final Validator validator;

    public SignInController(SignIn signIn, ClientAddress clientAddress, WebSession session, Validator validator) {
        this.signIn = signIn;
        this.clientAddress = clientAddress;
        this.session = session;
        this.validator = validator;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> root(HttpRequest<?> request, @Nullable Authentication auth) {
        Caller caller = session.caller(auth).orElse(null);
        if (caller == null) {
            return Pages.signIn(request, false);
        }
        if (caller.clubIds().isEmpty()) {
            return Pages.error(request, HttpStatus.OK, "error.noClub", null);
        }
        return Pages.seeOther("/clubs/" + caller.clubIds().iterator().next());
    }

    @Get(value = "/sign-in", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue Boolean expired) {
        Map<String, Object> model = Pages.model(request);
        if (Boolean.TRUE.equals(expired)) {
            model.put("notice", "signin.expired");
        }
        return Pages.page("sign-in", model);
    }

    @Post(value = "/sign-in", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        String username = form.getOrDefault("username", "");
        String password = form.getOrDefault("password", "");
        Map<String, Object> model = Pages.model(request);
        model.put("username", username);
        if (!validator.validate(new LoginRequest(username, password)).isEmpty()) {
            model.put("error", "signin.required");
            return Pages.page("sign-in", model).status(HttpStatus.BAD_REQUEST);
        }
        try {
            SignIn.Session s = signIn.signIn(username, password, clientAddress.of(request));
            return Pages.seeOther("/").cookie(SessionCookies.session(request, s.token().getAccessToken(),
                    s.token().getExpiresIn()));
        } catch (ApiException e) {
            if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
                model.put("error", "signin.locked");
                model.put("minutes", e.args().length > 0 ? e.args()[0] : 15);
            } else {
                model.put("error", "signin.failed");
            }
            return Pages.page("sign-in", model).status(e.status());
        }
    }

    @Post(value = "/sign-out", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request, @Body Map<String, String> form) {
        return Pages.seeOther("/sign-in").cookie(SessionCookies.cleared(request, SessionCookies.SESSION));
    }

    /** One tap: the other language, kept in a cookie; back to the page it was tapped on. */
    @Get("/language/{lang}")
    public HttpResponse<?> language(HttpRequest<?> request, @PathVariable String lang, @Nullable @QueryValue String back) {
        String chosen = "en".equals(lang) ? "en" : "vi";
        // only a path of this site: never an open redirect
        String to = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
        return Pages.seeOther(to).cookie(SessionCookies.language(request, chosen));
    }
}
