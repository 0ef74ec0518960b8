package vn.ishc.fund.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.error.Messages;
import vn.ishc.fund.security.Role;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScopeRulesTest {

    @Test
    void eachRoleAcceptsItsScope() {
        assertDoesNotThrow(() -> ScopeRules.check(Role.ADMIN, null, List.of(), false));
        assertDoesNotThrow(() -> ScopeRules.check(Role.ADMIN, null, null, false));
        assertDoesNotThrow(() -> ScopeRules.check(Role.PROVINCE_OFFICER, 1L, List.of(), true));
        assertDoesNotThrow(() -> ScopeRules.check(Role.AUDITOR, 7L, List.of(), false));
        assertDoesNotThrow(() -> ScopeRules.check(Role.AUDITOR, 7L, null, true));
        assertDoesNotThrow(() -> ScopeRules.check(Role.AUDITOR, null, List.of(1L, 2L, 3L), false));
        assertDoesNotThrow(() -> ScopeRules.check(Role.CHAIR, null, List.of(4L), false));
        assertDoesNotThrow(() -> ScopeRules.check(Role.TREASURER, null, List.of(4L), false));
    }

    /** role, scopeUnitId (or -), number of clubs, unit is a province, expected field, expected rule. */
    @ParameterizedTest
    @CsvSource({
            "ADMIN,            5, 0, true,  scopeUnitId, scope-mismatch",
            "ADMIN,            -, 1, false, clubIds,     scope-mismatch",
            "PROVINCE_OFFICER, -, 0, false, scopeUnitId, required",
            "PROVINCE_OFFICER, 5, 0, false, scopeUnitId, scope-mismatch",
            "PROVINCE_OFFICER, 5, 2, true,  clubIds,     scope-mismatch",
            "AUDITOR,          -, 0, false, scopeUnitId, scope-mismatch",
            "AUDITOR,          5, 1, false, clubIds,     scope-mismatch",
            "CHAIR,            -, 0, false, clubIds,     scope-mismatch",
            "CHAIR,            -, 2, false, clubIds,     scope-mismatch",
            "CHAIR,            5, 1, false, scopeUnitId, scope-mismatch",
            "TREASURER,        -, 0, false, clubIds,     scope-mismatch",
            "TREASURER,        -, 3, false, clubIds,     scope-mismatch",
            "TREASURER,        5, 0, true,  scopeUnitId, scope-mismatch"})
    void mismatchesNameTheField(Role role, String unit, int clubs, boolean province, String field, String rule) {
        Long unitId = "-".equals(unit) ? null : Long.valueOf(unit);
        List<Long> clubIds = java.util.stream.LongStream.rangeClosed(1, clubs).boxed().toList();
        ApiException e = assertThrows(ApiException.class, () -> ScopeRules.check(role, unitId, clubIds, province));
        assertEquals(400, e.status().getCode());
        assertEquals(field, e.fieldErrors().get(0).field());
        assertEquals(rule, e.fieldErrors().get(0).rule());
    }

    @Test
    void theMismatchMessageSaysWhatTheRoleTakesInEitherLanguage() {
        ApiException e = assertThrows(ApiException.class, () -> ScopeRules.check(Role.AUDITOR, null, List.of(), false));
        Object[] args = e.fieldErrors().get(0).args();
        assertEquals("does not fit the role: AUDITOR: a unit or a list of clubs",
                Messages.text(Messages.ENGLISH, "rule.scope-mismatch", args));
        assertEquals("không phù hợp với vai trò: AUDITOR: một đơn vị hành chính hoặc một danh sách câu lạc bộ",
                Messages.text(Messages.VIETNAMESE, "rule.scope-mismatch", args));
    }
}
