package vn.ishc.fund.monitoring;

import vn.ishc.fund.monitoring.MonitoringDtos.ChildIndicators;
import vn.ishc.fund.monitoring.MonitoringDtos.Figure;
import vn.ishc.fund.monitoring.MonitoringDtos.Ranked;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Children ordered by one indicator, best first in its direction, those without a value last (then by name);
 * equal values share a rank and the next rank skips ("1, 2, 2, 4"). Pure.
 */
public final class Ranking {

    private Ranking() {
    }

    public static List<Ranked> rank(Indicator indicator, List<ChildIndicators> children) {
        record Row(ChildIndicators child, Figure figure) {
        }
        List<Row> rows = new ArrayList<>();
        for (ChildIndicators c : children) {
            Figure f = c.indicators().stream().filter(x -> x.code().equals(indicator.code())).findFirst().orElseThrow();
            rows.add(new Row(c, f));
        }
        Comparator<BigDecimal> better = indicator.direction() == Direction.HIGHER ? Comparator.reverseOrder()
                : Comparator.naturalOrder();
        rows.sort(Comparator.comparing((Row r) -> r.figure().value(), Comparator.nullsLast(better))
                .thenComparing(r -> r.child().unit().name()));
        List<Ranked> out = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal v = rows.get(i).figure().value();
            if (i == 0 || v == null || previous == null || v.compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = v;
            out.add(new Ranked(rank, rows.get(i).child().unit(), rows.get(i).figure()));
        }
        return out;
    }
}
