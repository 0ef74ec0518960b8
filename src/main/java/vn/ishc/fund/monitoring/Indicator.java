package vn.ishc.fund.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;

/**
 * An indicator as the {@code indicator} table defines it: value = numerator ÷ denominator over the sums
 * of the clubs' {@link Measure}s (the numerator alone without a denominator).
 */
@Introspected
public record Indicator(String code, String nameVi, String nameEn, Measure numerator, @Nullable Measure denominator,
                        IndicatorUnit unit, Direction direction, int position) {
}
