package vn.ishc.fund.monitoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plan from 2025-01-01 to 2030-12-31 (2,190 days), judged at 2027-01-01 (730 days in: a third of the way). */
class ProgressTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2030, 12, 31);
    private static final LocalDate ON = LocalDate.of(2027, 1, 1);

    private final Indicator newClubs = IndicatorFormulasTest.count("new_clubs", Measure.NEW_CLUBS);
    private final Indicator women = IndicatorFormulasTest.share(Measure.ELDERLY_WOMEN, Measure.ELDERLY);
    private final Indicator par30 = IndicatorFormulasTest.share(Measure.AT_RISK_30, Measure.OUTSTANDING);

    @Test
    void aCountIsOnTrackAtOrAboveTheStraightPathFromItsBaseline() {
        // 6,000 new clubs from 0: a third of the way expects 2,000
        Progress.Standing behind = Progress.of(newClubs, count(1990), BigDecimal.ZERO, d("6000"), START, END, ON);
        assertEquals(d("2000"), behind.expected());
        assertFalse(behind.onTrack());
        assertEquals(d("0.3317"), behind.progress(), "1990 / 6000");
        assertEquals(d("4010"), behind.gap(), "4,010 more clubs by the end");
        assertNull(behind.gapCount(), "a count has no count gap besides its gap");
        Progress.Standing ahead = Progress.of(newClubs, count(2000), BigDecimal.ZERO, d("6000"), START, END, ON);
        assertTrue(ahead.onTrack());
    }

    @Test
    void aShareStartsFromItsValueAtThePlansStart() {
        // 0.40 at the start, goal 0.50: a third of the way expects 0.4333; 0.43 of 200 elderly is behind it
        IndicatorValues.Value actual = new IndicatorValues.Value(d("86"), d("200"), d("0.4300"));
        Progress.Standing s = Progress.of(women, actual, d("0.4000"), d("0.5"), START, END, ON);
        assertEquals(d("0.4333"), s.expected());
        assertFalse(s.onTrack());
        assertEquals(d("0.3000"), s.progress(), "0.03 of the 0.10 to go");
        assertEquals(d("0.0700"), s.gap());
        assertEquals(d("14"), s.gapCount(), "100 women of 200 elderly meet 50%: 14 more");
    }

    @Test
    void aGoalMetIsOnTrackWithNoGapWhateverThePath() {
        IndicatorValues.Value actual = new IndicatorValues.Value(d("120"), d("200"), d("0.6000"));
        Progress.Standing s = Progress.of(women, actual, d("0.6500"), d("0.5"), START, END, ON);
        assertTrue(s.onTrack());
        assertEquals(0, s.gap().signum());
        assertEquals(0, s.gapCount().signum());
        assertEquals(BigDecimal.ONE, s.progress(), "met from a baseline already beyond the goal");
    }

    @Test
    void lowerIsBetterReversesTheComparison() {
        // PAR30 from 0.10 to 0.05: a third of the way expects 0.0833; 0.08 is on track, 0.09 is not
        Progress.Standing good = Progress.of(par30, new IndicatorValues.Value(d("8"), d("100"), d("0.0800")),
                d("0.1000"), d("0.05"), START, END, ON);
        assertEquals(d("0.0833"), good.expected());
        assertTrue(good.onTrack());
        assertEquals(d("0.4000"), good.progress());
        assertEquals(d("0.0300"), good.gap());
        assertEquals(d("3"), good.gapCount(), "3 of 100 at risk to bring back");
        assertFalse(Progress.of(par30, new IndicatorValues.Value(d("9"), d("100"), d("0.0900")),
                d("0.1000"), d("0.05"), START, END, ON).onTrack());
    }

    @Test
    void thePathIsTheBaselineBeforeTheStartAndTheGoalAfterTheEnd() {
        assertEquals(0, Progress.elapsed(START, END, START.minusDays(5)).signum());
        assertEquals(BigDecimal.ONE, Progress.elapsed(START, END, END.plusDays(1)));
        Progress.Standing late = Progress.of(newClubs, count(5999), BigDecimal.ZERO, d("6000"), START, END, END.plusYears(1));
        assertEquals(d("6000"), late.expected());
        assertFalse(late.onTrack());
        assertEquals(d("1"), late.gap());
    }

    @Test
    void noValueGivesTheGoalAlone() {
        Progress.Standing s = Progress.of(par30, new IndicatorValues.Value(BigDecimal.ZERO, BigDecimal.ZERO, null),
                null, d("0.05"), START, END, ON);
        assertEquals(d("0.05"), s.goal());
        assertNull(s.onTrack());
        assertNull(s.gap());
    }

    private static IndicatorValues.Value count(long n) {
        return new IndicatorValues.Value(BigDecimal.valueOf(n), null, BigDecimal.valueOf(n));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
