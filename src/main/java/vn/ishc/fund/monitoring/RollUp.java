package vn.ishc.fund.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sums the clubs' measures per child unit (the commune, province or club they count under) and in all. Pure. */
public final class RollUp {

    private RollUp() {
    }

    /** A club placed under a child of the unit asked for. */
    public record Placed(long clubId, long child, Measures measures) {
    }

    public record Totals(Measures total, Map<Long, Measures> perChild) {

        public Measures of(long child) {
            return perChild.getOrDefault(child, Measures.ZERO);
        }
    }

    public static Totals of(List<Placed> clubs) {
        Measures total = Measures.ZERO;
        Map<Long, Measures> perChild = new LinkedHashMap<>();
        for (Placed c : clubs) {
            total = total.plus(c.measures());
            perChild.merge(c.child(), c.measures(), Measures::plus);
        }
        return new Totals(total, perChild);
    }
}
