package vn.ishc.fund.monitoring;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.monitoring.MonitoringDtos.ChildIndicators;
import vn.ishc.fund.monitoring.MonitoringDtos.Figure;
import vn.ishc.fund.monitoring.MonitoringDtos.Ranked;
import vn.ishc.fund.monitoring.MonitoringDtos.UnitRef;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Four communes: A 0.50, B 0.70, C none, D 0.50. */
class RankingTest {

    private final List<ChildIndicators> communes = List.of(child("A", "0.5"), child("B", "0.7"), child("C", null),
            child("D", "0.5"));

    @Test
    void higherIsBetterBestFirstTiesShareARankNoValueLast() {
        List<Ranked> r = Ranking.rank(IndicatorFormulasTest.share(Measure.WOMEN, Measure.MEMBERS), communes);
        assertEquals(List.of("B", "A", "D", "C"), r.stream().map(x -> x.unit().name()).toList());
        assertEquals(List.of(1, 2, 2, 4), r.stream().map(Ranked::rank).toList());
    }

    @Test
    void lowerIsBetterTurnsTheOrderButNotTheMissing() {
        List<Ranked> r = Ranking.rank(IndicatorFormulasTest.share(Measure.AT_RISK_30, Measure.OUTSTANDING), communes);
        assertEquals(List.of("A", "D", "B", "C"), r.stream().map(x -> x.unit().name()).toList());
        assertEquals(List.of(1, 1, 3, 4), r.stream().map(Ranked::rank).toList());
    }

    private static ChildIndicators child(String name, String value) {
        BigDecimal v = value == null ? null : new BigDecimal(value);
        List<Figure> figures = List.of(figure("WOMEN/MEMBERS", v), figure("AT_RISK_30/OUTSTANDING", v));
        return new ChildIndicators(new UnitRef((long) name.charAt(0), name, name, "COMMUNE", "PLAINS"), figures);
    }

    private static Figure figure(String code, BigDecimal v) {
        return new Figure(code, code, IndicatorUnit.SHARE, Direction.HIGHER, BigDecimal.ONE, BigDecimal.ONE, v,
                null, null, null, null, null, null, null);
    }
}
