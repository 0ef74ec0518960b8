package vn.ishc.fund.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An indicator's value over a unit's summed measures: a share with four decimals, a count, or VND (an
 * average over a denominator rounded to the dong). Null when the denominator is zero (no members, no
 * loans): nothing to divide, which is not 0%. Pure.
 */
public final class IndicatorValues {

    private IndicatorValues() {
    }

    /** The value, its numerator and its denominator (null without one). */
    public record Value(BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
    }

    public static Value of(Indicator indicator, Measures measures) {
        BigDecimal num = measures.get(indicator.numerator());
        if (indicator.denominator() == null) {
            return new Value(num, null, num);
        }
        BigDecimal den = measures.get(indicator.denominator());
        if (den.signum() == 0) {
            return new Value(num, den, null);
        }
        int scale = indicator.unit() == IndicatorUnit.SHARE ? 4 : indicator.unit() == IndicatorUnit.VND ? 0 : 2;
        return new Value(num, den, num.divide(den, scale, RoundingMode.HALF_UP));
    }
}
