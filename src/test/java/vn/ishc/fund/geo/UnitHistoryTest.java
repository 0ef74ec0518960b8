package vn.ishc.fund.geo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Provinces 1 and 2; communes 10 and 11 under 1, 20 under 2. Commune 11 merged into 20 (another province)
 * after 2025-06-30; province 2 merged into province 3 after 2026-06-30.
 */
class UnitHistoryTest {

    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final LocalDate MERGED = LocalDate.of(2025, 6, 30);
    private static final LocalDate PROVINCES_MERGED = LocalDate.of(2026, 6, 30);

    private final UnitHistory history = new UnitHistory(List.of(
            unit(1, UnitLevel.PROVINCE, null, null, null),
            unit(2, UnitLevel.PROVINCE, null, PROVINCES_MERGED, 3L),
            unit(3, UnitLevel.PROVINCE, null, null, null),
            unit(10, UnitLevel.COMMUNE, 1L, null, null),
            unit(11, UnitLevel.COMMUNE, 1L, MERGED, 20L),
            unit(20, UnitLevel.COMMUNE, 2L, null, null)));

    @Test
    void aMergedCommuneCountsUnderItsSuccessorAfterTheMergerAndUnderItselfUpToIt() {
        assertEquals(11, history.at(11, MERGED));
        assertEquals(1L, history.provinceAt(11, MERGED));
        assertEquals(20, history.at(11, MERGED.plusDays(1)));
        assertEquals(2L, history.provinceAt(11, MERGED.plusDays(1)));
        // and the successor's province merged in its turn
        assertEquals(3L, history.provinceAt(11, PROVINCES_MERGED.plusDays(1)));
        assertEquals(3L, history.provinceAt(20, PROVINCES_MERGED.plusDays(1)));
        assertEquals(10, history.at(10, LocalDate.of(2030, 1, 1)));
    }

    @Test
    void childrenAreTheUnitsValidAtTheDateUnderTheParentThen() {
        assertEquals(List.of(10L, 11L), ids(history.childrenAt(1L, MERGED)));
        assertEquals(List.of(10L), ids(history.childrenAt(1L, MERGED.plusDays(1))));
        assertEquals(List.of(20L), ids(history.childrenAt(2L, MERGED.plusDays(1))));
        assertEquals(List.of(20L), ids(history.childrenAt(3L, PROVINCES_MERGED.plusDays(1))));
        assertEquals(List.of(1L, 2L, 3L), ids(history.childrenAt(null, PROVINCES_MERGED)));
        assertEquals(List.of(1L, 3L), ids(history.childrenAt(null, PROVINCES_MERGED.plusDays(1))));
    }

    @Test
    void anUnknownUnitHasNoProvince() {
        assertNull(history.provinceAt(99, MERGED));
        assertEquals(99, history.at(99, MERGED));
    }

    private static List<Long> ids(List<AdminUnit> units) {
        return units.stream().map(AdminUnit::id).sorted().toList();
    }

    private static AdminUnit unit(long id, UnitLevel level, Long parent, LocalDate validTo, Long successor) {
        return new AdminUnit(id, "U" + id, "Unit " + id, level, level == UnitLevel.PROVINCE ? UnitKind.PROVINCE
                : UnitKind.COMMUNE, parent, level == UnitLevel.COMMUNE ? AreaType.PLAINS : null, START, validTo,
                successor, null, null);
    }
}
