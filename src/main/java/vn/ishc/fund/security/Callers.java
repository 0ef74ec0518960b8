package vn.ishc.fund.security;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        UserRepository.CallerRow caller = users.findCaller(id.longValue()).orElseThrow(Callers::unauthorized);
        if (!caller.active() || !authentication.getRoles().contains(caller.role())) {
            throw unauthorized();
        }
        Set<Long> clubs = new LinkedHashSet<>();
        if (caller.clubIds() != null) {
            for (String club : caller.clubIds().split(",")) {
                clubs.add(Long.valueOf(club));
            }
        }
        return new Caller(caller.id(), caller.username(), Role.valueOf(caller.role()), caller.scopeUnitId(), clubs);
    }

    private static ApiException unauthorized() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", List.of());
    }
}
