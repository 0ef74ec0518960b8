package vn.ishc.fund.audit;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.common.error.ApiException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A review covers a period within the books, up to today, at most five years. */
class ReviewPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 15);

    private static ApiException.FieldError refused(LocalDate from, LocalDate to, LocalDate openedOn) {
        ApiException e = assertThrows(ApiException.class, () -> ReviewPeriod.check(from, to, openedOn, FOUNDED, TODAY));
        return e.fieldErrors().get(0);
    }

    @Test
    void aPeriodWithinTheBooksIsAccepted() {
        assertDoesNotThrow(() -> ReviewPeriod.check(FOUNDED, LocalDate.of(2024, 12, 31), null, FOUNDED, TODAY));
        assertDoesNotThrow(() -> ReviewPeriod.check(TODAY, TODAY, null, FOUNDED, TODAY));
        // exactly five years, the last day included
        assertDoesNotThrow(() -> ReviewPeriod.check(LocalDate.of(2020, 7, 1), TODAY, null, FOUNDED, TODAY));
    }

    @Test
    void eachRuleIsNamed() {
        assertEquals("from-after-to", refused(TODAY, TODAY.minusDays(1), null).rule());
        assertEquals("not-future", refused(TODAY, TODAY.plusDays(1), null).rule());
        ApiException.FieldError tooLong = refused(LocalDate.of(2020, 6, 30), TODAY, null);
        assertEquals("to", tooLong.field());
        assertEquals("review-too-long", tooLong.rule());
        ApiException.FieldError founding = refused(FOUNDED.minusDays(1), TODAY.minusYears(1), null);
        assertEquals("from", founding.field());
        assertEquals("before-founding", founding.rule());
        LocalDate opened = LocalDate.of(2024, 1, 1);
        ApiException.FieldError opening = refused(opened.minusDays(1), TODAY, opened);
        assertEquals("before-opening", opening.rule());
        assertEquals(opened, opening.args()[0]);
        assertDoesNotThrow(() -> ReviewPeriod.check(opened, TODAY, opened, FOUNDED, TODAY));
    }
}
