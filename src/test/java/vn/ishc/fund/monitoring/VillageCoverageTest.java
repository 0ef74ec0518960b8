package vn.ishc.fund.monitoring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Commune 1 has 4 villages, clubs in villages 11, 11 and 12 and one without a village; commune 2 has 3
 * villages and no club; commune 3 has none.
 */
class VillageCoverageTest {

    @Test
    void eachCommuneCountsItsVillagesAndThoseWithAClubOnce() {
        Map<Long, Measures> m = VillageCoverage.of(List.of(1L, 2L, 3L), Map.of(1L, 4, 2L, 3),
                List.of(new VillageCoverage.ClubPlace(1, 11L), new VillageCoverage.ClubPlace(1, 11L),
                        new VillageCoverage.ClubPlace(1, 12L), new VillageCoverage.ClubPlace(1, null)));
        assertEquals(4, m.get(1L).get(Measure.VILLAGES).intValue());
        assertEquals(2, m.get(1L).get(Measure.VILLAGES_WITH_CLUB).intValue(), "villages 11 and 12");
        assertEquals(3, m.get(2L).get(Measure.VILLAGES).intValue());
        assertEquals(0, m.get(2L).get(Measure.VILLAGES_WITH_CLUB).intValue());
        assertEquals(0, m.get(3L).get(Measure.VILLAGES).intValue());
        // the three communes: 2 of 7 villages have a club
        Measures all = m.get(1L).plus(m.get(2L)).plus(m.get(3L));
        Indicator coverage = new Indicator("village_coverage", "", "", Measure.VILLAGES_WITH_CLUB, Measure.VILLAGES,
                IndicatorUnit.SHARE, Direction.HIGHER, 0);
        assertEquals(new IndicatorValues.Value(new java.math.BigDecimal("2"), new java.math.BigDecimal("7"),
                new java.math.BigDecimal("0.2857")), IndicatorValues.of(coverage, all));
    }
}
