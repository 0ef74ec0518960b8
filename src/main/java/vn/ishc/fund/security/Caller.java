package vn.ishc.fund.security;

import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.SqlFragment;

import java.util.Set;

/**
 * The authenticated user of a request, loaded fresh from the database: role and scope.
 * Scope is everything (ADMIN), an administrative unit and all below it (PROVINCE_OFFICER,
 * AUDITOR), or a set of clubs (AUDITOR, CHAIR, TREASURER).
 */
public record Caller(long userId, String username, Role role, Long scopeUnitId, Set<Long> clubIds) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** SQL restricting a club alias to the clubs this caller may see. */
    public SqlFragment clubScope(String alias) {
        if (isAdmin()) {
            return SqlFragment.of("TRUE");
        }
        if (scopeUnitId != null) {
            return SqlFragment.of(alias + ".commune_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ?)"
                    + " OR " + alias + ".village_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ?)",
                    scopeUnitId, scopeUnitId);
        }
        if (clubIds.isEmpty()) {
            return SqlFragment.of("FALSE");
        }
        // the caller's clubs were read with the caller (Callers): no subquery per request
        return SqlFragment.of(alias + ".id IN (" + "?, ".repeat(clubIds.size() - 1) + "?)", clubIds.toArray());
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
