package vn.ishc.fund.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A unit's standing against a goal of a plan. The path runs straight from the baseline (the value at the
 * plan's start) on the start date to the goal on the end date; the expected value at a date is on that
 * path (the baseline before the start, the goal after the end). A unit is on track when it has met the
 * goal or is at or beyond the expected value in the indicator's good direction. Progress is how far it
 * has come from the baseline towards the goal (1 = reached; 1 when the baseline already met it and it
 * still does). The gap is what is still missing in the indicator's unit (0 once met) and, for a share,
 * as a count of the numerator at today's denominator ("12 more clubs"). Pure.
 */
public final class Progress {

    private Progress() {
    }

    public record Standing(BigDecimal goal, BigDecimal baseline, BigDecimal expected, BigDecimal progress,
                           Boolean onTrack, BigDecimal gap, BigDecimal gapCount) {
    }

    /**
     * @param actual   today's value (null: nothing to divide, so no standing but the goal)
     * @param baseline the value at the plan's start (null: none then; the path starts at today's value)
     */
    public static Standing of(Indicator indicator, IndicatorValues.Value actual, BigDecimal baseline, BigDecimal goal,
                              LocalDate start, LocalDate end, LocalDate on) {
        if (actual.value() == null) {
            return new Standing(goal, baseline, null, null, null, null, null);
        }
        BigDecimal value = actual.value();
        BigDecimal base = baseline == null ? value : baseline;
        int scale = scale(indicator.unit());
        boolean higher = indicator.direction() == Direction.HIGHER;
        boolean met = higher ? value.compareTo(goal) >= 0 : value.compareTo(goal) <= 0;
        BigDecimal expected = base.add(goal.subtract(base).multiply(elapsed(start, end, on)))
                .setScale(scale, RoundingMode.HALF_UP);
        boolean onTrack = met || (higher ? value.compareTo(expected) >= 0 : value.compareTo(expected) <= 0);
        BigDecimal span = goal.subtract(base);
        BigDecimal progress = span.signum() == 0 ? (met ? BigDecimal.ONE : BigDecimal.ZERO)
                : value.subtract(base).divide(span, 4, RoundingMode.HALF_UP);
        if (met && progress.compareTo(BigDecimal.ONE) < 0) {
            progress = BigDecimal.ONE; // met from a baseline already beyond the goal
        }
        BigDecimal gap = met ? BigDecimal.ZERO.setScale(scale) : goal.subtract(value).abs().setScale(scale, RoundingMode.HALF_UP);
        BigDecimal gapCount = null;
        if (indicator.unit() == IndicatorUnit.SHARE && actual.denominator() != null) {
            // the numerator that would meet the goal at today's denominator, rounded towards meeting it
            BigDecimal needed = goal.multiply(actual.denominator());
            needed = higher ? needed.setScale(0, RoundingMode.CEILING) : needed.setScale(0, RoundingMode.FLOOR);
            gapCount = met ? BigDecimal.ZERO : needed.subtract(actual.numerator()).abs().setScale(0, RoundingMode.CEILING);
        }
        return new Standing(goal, baseline, expected, progress, onTrack, gap, gapCount);
    }

    /** The share of the plan's time gone by at the date, from 0 before the start to 1 after the end. */
    static BigDecimal elapsed(LocalDate start, LocalDate end, LocalDate on) {
        long total = ChronoUnit.DAYS.between(start, end);
        long gone = ChronoUnit.DAYS.between(start, on);
        if (gone <= 0 || total <= 0) {
            return gone <= 0 ? BigDecimal.ZERO : BigDecimal.ONE;
        }
        if (gone >= total) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP);
    }

    private static int scale(IndicatorUnit unit) {
        return unit == IndicatorUnit.SHARE ? 4 : 0;
    }
}
