package vn.ishc.fund.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the access token from the session cookie on the pages. Under {@code /api} it reads nothing,
 * so a browser's cookie never authenticates an API call (which is not CSRF-protected): the API
 * takes bearer tokens only, as before. The token is checked like a bearer token (signature, issuer, lifetime).
 */
@Singleton
public class SessionTokenReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (WebPaths.isApi(request.getPath()) || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(SessionCookies.SESSION).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    @Override
    public int getOrder() {
        return 100;
    }
}
