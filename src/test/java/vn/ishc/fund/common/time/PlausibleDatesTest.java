package vn.ishc.fund.common.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ishc.fund.common.error.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlausibleDatesTest {

    // 00:30 on 10 March in Hanoi, still 9 March in UTC: "today" is the Vietnamese day
    private static final Clock JUST_AFTER_MIDNIGHT_IN_HANOI =
            Clock.fixed(Instant.parse("2026-03-09T17:30:00Z"), ClockFactory.VIETNAM);

    @Test
    void parseTakesExactlyYyyyMmDd() {
        assertEquals(LocalDate.of(2026, 3, 9), PlausibleDates.parse("2026-03-09"));
        for (String bad : new String[]{null, "", "2026-03-09T10:00:00", "2026-3-9", "2026-02-29", "+2026-03-09",
                " 2026-03-09", "2026-03-09Z", "١٢٣٤-٠٣-٠٩"}) {
            assertNull(PlausibleDates.parse(bad), bad);
        }
    }

    @Test
    void aPastFactLiesBetween1900AndTodayInVietnam() {
        assertDoesNotThrow(() -> PlausibleDates.requireHappened("foundedOn", LocalDate.of(1900, 1, 1), JUST_AFTER_MIDNIGHT_IN_HANOI));
        assertDoesNotThrow(() -> PlausibleDates.requireHappened("foundedOn", LocalDate.of(2026, 3, 10), JUST_AFTER_MIDNIGHT_IN_HANOI),
                "already the 10th in Hanoi");
        ApiException future = assertThrows(ApiException.class,
                () -> PlausibleDates.requireHappened("joinedOn", LocalDate.of(2026, 3, 11), JUST_AFTER_MIDNIGHT_IN_HANOI));
        assertEquals(400, future.status().getCode());
        assertEquals("joinedOn", future.fieldErrors().get(0).field());
        assertEquals("not-future", future.fieldErrors().get(0).rule());
        ApiException early = assertThrows(ApiException.class,
                () -> PlausibleDates.requireHappened("foundedOn", LocalDate.of(1, 1, 1), JUST_AFTER_MIDNIGHT_IN_HANOI));
        assertEquals("date-range", early.fieldErrors().get(0).rule());
        assertArrayEquals(new Object[]{LocalDate.of(1900, 1, 1), LocalDate.of(2026, 3, 10)}, early.fieldErrors().get(0).args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2101-01-01", "0001-01-01", "9999-12-31"})
    void aDateThatMayLieAheadStaysWithin2100(String date) {
        ApiException e = assertThrows(ApiException.class, () -> PlausibleDates.requireInRange("termEnd", LocalDate.parse(date)));
        assertEquals("termEnd", e.fieldErrors().get(0).field());
        assertEquals("date-range", e.fieldErrors().get(0).rule());
        assertDoesNotThrow(() -> PlausibleDates.requireInRange("termEnd", LocalDate.of(2100, 12, 31)));
    }

    @Test
    void aYearFilterIsAPlausibleYear() {
        assertNull(PlausibleDates.year("year", null));
        assertEquals(2025, PlausibleDates.year("year", 2025));
        for (int bad : new int[]{0, -1, 1899, 2101, 20250}) {
            ApiException e = assertThrows(ApiException.class, () -> PlausibleDates.year("year", bad));
            assertEquals("year-range", e.fieldErrors().get(0).rule());
        }
    }
}
