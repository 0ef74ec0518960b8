package vn.ishc.fund.web;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.common.error.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebFormatTest {

    @Test
    void amountsInEachLanguage() {
        assertEquals("12.500.000 ₫", new WebFormat(Messages.VIETNAMESE).money(new BigDecimal("12500000")));
        assertEquals("12,500,000 ₫", new WebFormat(Messages.ENGLISH).money(new BigDecimal("12500000")));
        assertEquals("0 ₫", new WebFormat(Messages.ENGLISH).money(BigDecimal.ZERO));
        assertEquals("-1.000 ₫", new WebFormat(Messages.VIETNAMESE).money(new BigDecimal("-1000")));
        assertEquals("500.000", new WebFormat(Messages.VIETNAMESE).number(new BigDecimal("500000")));
    }

    @Test
    void datesAreDayMonthYear() {
        assertEquals("15/11/2026", new WebFormat(Messages.VIETNAMESE).date(LocalDate.of(2026, 11, 15)));
        assertEquals("05/01/2026", new WebFormat(Messages.ENGLISH).date(LocalDate.of(2026, 1, 5)));
    }

    @Test
    void datesAreReadAsShownOrAsIso() {
        assertEquals(LocalDate.of(2026, 11, 15), WebFormat.parseDate("15/11/2026"));
        assertEquals(LocalDate.of(2026, 1, 5), WebFormat.parseDate("5/1/2026"));
        assertEquals(LocalDate.of(2026, 11, 15), WebFormat.parseDate(" 2026-11-15 "));
        assertEquals(null, WebFormat.parseDate("31/02/2026"));
        assertEquals(null, WebFormat.parseDate("15.11.2026"));
        assertEquals(null, WebFormat.parseDate(""));
    }

    @Test
    void whatThePageShowsReadsBack() {
        for (var locale : new java.util.Locale[]{Messages.VIETNAMESE, Messages.ENGLISH}) {
            assertEquals(new BigDecimal("1234567"), AmountParser.parse(new WebFormat(locale).number(new BigDecimal("1234567"))));
        }
    }
}
