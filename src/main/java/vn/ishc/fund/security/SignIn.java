package vn.ishc.fund.security;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a username and password under the login throttle and issues the access token: the one
 * way in, for the bearer API ({@link LoginController}) and the web app's sign-in page alike.
 */
@Singleton
public class SignIn {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AccessRefreshTokenGenerator tokens;
    private final LoginThrottle throttle;

    public SignIn(UserRepository users, PasswordHasher hasher, AccessRefreshTokenGenerator tokens, LoginThrottle throttle) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /** Who signed in, and their token. */
    public record Session(String username, Role role, AccessRefreshToken token) {
    }

    /** 401 {@code login-failed} for a wrong username or password or an inactive user; 429 while locked. */
    public Session signIn(String name, String password, String address) {
        String username = name.trim().toLowerCase(Locale.ROOT);
        // counted as a failure from here on, unless it succeeds
        throttle.attempt(username, address);
        AppUser user = users.findByUsername(username).orElse(null);
        boolean ok = hasher.matches(password, user == null ? null : user.passwordHash());
        if (!ok || !user.active()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "login-failed", List.of());
        }
        throttle.succeeded(username, address);
        Authentication auth = Authentication.build(user.username(), List.of(user.role().name()),
                Map.of(Callers.USER_ID, user.id()));
        return new Session(user.username(), user.role(), tokens.generate(auth).orElseThrow());
    }
}
