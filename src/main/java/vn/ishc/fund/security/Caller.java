package vn.ishc.fund.security;

import vn.ishc.fund.common.error.ApiException;

import java.util.Set;

/**
 * The authenticated user of a request, loaded fresh from the database: role and scope.
 * Scope is everything (ADMIN), an administrative unit and all below it (PROVINCE_OFFICER,
 * AUDITOR), or a set of clubs (AUDITOR, CHAIR, TREASURER). {@code club.ClubScope} turns it into SQL.
 */
public record Caller(long userId, String username, Role role, Long scopeUnitId, Set<Long> clubIds) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Refuses callers whose role only reads. */
    public void requireRole(Role... allowed) {
        for (Role r : allowed) {
            if (r == role) {
                return;
            }
        }
        throw ApiException.forbidden(role == Role.AUDITOR ? "read-only" : "role-not-allowed");
    }
}
