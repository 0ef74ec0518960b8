package vn.ishc.fund.lending.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding to the loan's unit (1 or 1,000 VND), HALF_UP, without ever going through binary floating point. */
final class Rounding {

    private Rounding() {
    }

    /** {@code R(x) = x.divide(unit, 0, HALF_UP) × unit}. */
    static BigDecimal toUnit(BigDecimal x, BigDecimal unit) {
        return x.divide(unit, 0, RoundingMode.HALF_UP).multiply(unit);
    }

    /**
     * {@code R(numerator / denominator)}, rounding the exact quotient once (an intermediate decimal of a
     * non-terminating quotient such as 3,000,000 / 7 could otherwise be rounded twice).
     */
    static BigDecimal quotientToUnit(BigDecimal numerator, BigDecimal denominator, BigDecimal unit) {
        return numerator.divide(denominator.multiply(unit), 0, RoundingMode.HALF_UP).multiply(unit);
    }

    /** Whole currency units, scale 0, so that equal amounts are also {@code equals}. */
    static BigDecimal whole(BigDecimal x) {
        return x.setScale(0, RoundingMode.UNNECESSARY);
    }

    static boolean isWhole(BigDecimal x) {
        return x.signum() == 0 || x.stripTrailingZeros().scale() <= 0;
    }
}
