package vn.ishc.fund.monitoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** A club's (or a unit's summed) {@link Measure}s; absent measures are zero. Immutable. */
public final class Measures {

    public static final Measures ZERO = new Measures(new EnumMap<>(Measure.class));

    private final EnumMap<Measure, BigDecimal> values;

    private Measures(EnumMap<Measure, BigDecimal> values) {
        this.values = values;
    }

    public static Measures of(Map<Measure, ? extends Number> values) {
        EnumMap<Measure, BigDecimal> m = new EnumMap<>(Measure.class);
        values.forEach((k, v) -> m.put(k, v instanceof BigDecimal b ? b : new BigDecimal(v.toString())));
        return new Measures(m);
    }

    public BigDecimal get(Measure m) {
        return values.getOrDefault(m, BigDecimal.ZERO);
    }

    public Measures plus(Measures o) {
        EnumMap<Measure, BigDecimal> sum = new EnumMap<>(values);
        o.values.forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
        return new Measures(sum);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Measures other)) {
            return false;
        }
        for (Measure m : Measure.values()) {
            if (get(m).compareTo(other.get(m)) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
