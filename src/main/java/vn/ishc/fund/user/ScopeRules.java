package vn.ishc.fund.user;

import vn.ishc.fund.security.Role;

import vn.ishc.fund.common.error.ApiException;

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
                if (hasUnit) throw mismatch("scopeUnitId", "ADMIN: no scope");
                if (clubs > 0) throw mismatch("clubIds", "ADMIN: no scope");
            }
            case PROVINCE_OFFICER -> {
                if (!hasUnit) throw ApiException.invalid("scopeUnitId", "required");
                if (!unitIsProvince) throw mismatch("scopeUnitId", "PROVINCE_OFFICER: a province");
                if (clubs > 0) throw mismatch("clubIds", "PROVINCE_OFFICER: a province");
            }
            case AUDITOR -> {
                if (hasUnit == (clubs > 0)) {
                    throw mismatch(hasUnit ? "clubIds" : "scopeUnitId", "AUDITOR: a unit or a list of clubs");
                }
            }
            case CHAIR, TREASURER -> {
                if (hasUnit) throw mismatch("scopeUnitId", role + ": exactly one club");
                if (clubs != 1) throw mismatch("clubIds", role + ": exactly one club");
            }
        }
    }

    private static ApiException mismatch(String field, String expected) {
        return ApiException.invalid(field, "scope-mismatch", expected);
    }
}
