package vn.ishc.fund.user;

import vn.ishc.fund.security.Role;

import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.error.Messages;

import java.util.List;

/** Which scope each role takes: pure rules, checked before anything is written. */
final class ScopeRules {

    private ScopeRules() {
    }

    static void check(Role role, Long unitId, List<Long> clubIds, boolean unitIsProvince) {
        boolean hasUnit = unitId != null;
        int clubs = clubIds == null ? 0 : clubIds.size();
        switch (role) {
            case ADMIN -> {
                if (hasUnit) throw mismatch("scopeUnitId", role);
                if (clubs > 0) throw mismatch("clubIds", role);
            }
            case PROVINCE_OFFICER -> {
                if (!hasUnit) throw ApiException.invalid("scopeUnitId", "required");
                if (!unitIsProvince) throw mismatch("scopeUnitId", role);
                if (clubs > 0) throw mismatch("clubIds", role);
            }
            case AUDITOR -> {
                if (hasUnit == (clubs > 0)) {
                    throw mismatch(hasUnit ? "clubIds" : "scopeUnitId", role);
                }
            }
            case CHAIR, TREASURER -> {
                if (hasUnit) throw mismatch("scopeUnitId", role);
                if (clubs != 1) throw mismatch("clubIds", role);
            }
        }
    }

    /** The message names what the role takes ({@code scope.<ROLE>}), in the request's language. */
    private static ApiException mismatch(String field, Role role) {
        return ApiException.invalid(field, "scope-mismatch", new Messages.Key("scope." + role.name()));
    }
}
