package vn.ishc.fund.security;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Resolves the caller of a request from the database, not from the token alone: a deactivated
 * user, or one whose role changed, is refused at once rather than when the token expires.
 */
@Singleton
public class Callers {

    public static final String USER_ID = "uid";

    private final UserRepository users;

    public Callers(UserRepository users) {
        this.users = users;
    }

    public Caller of(Authentication authentication) {
        Object uid = authentication == null ? null : authentication.getAttributes().get(USER_ID);
        if (!(uid instanceof Number id)) {
            throw unauthorized();
        }
        AppUser user = users.findById(id.longValue()).orElseThrow(Callers::unauthorized);
        if (!user.active() || !authentication.getRoles().contains(user.role().name())) {
            throw unauthorized();
        }
        List<Long> clubs = users.findClubIds(user.id());
        return new Caller(user.id(), user.username(), user.role(), user.scopeUnitId(), new LinkedHashSet<>(clubs));
    }

    private static ApiException unauthorized() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", List.of());
    }
}
