package vn.ishc.fund.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import vn.ishc.fund.common.error.Messages;

import java.util.Locale;

/** Vietnamese first; English when the user tapped it (kept in a cookie for a year). */
public final class WebLanguage {

    public static final String COOKIE = "ishc_lang";

    private WebLanguage() {
    }

    public static Locale of(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter("en"::equals).isPresent()
                ? Messages.ENGLISH : Messages.VIETNAMESE;
    }
}
