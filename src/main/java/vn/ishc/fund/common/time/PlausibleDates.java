package vn.ishc.fund.common.time;

import vn.ishc.fund.common.error.ApiException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Dates a person could mean. Every date the API reads (JSON fields, query parameters) lies in
 * 1900-2100: year 1 or 9999 is a typing slip, never a request. Registry facts (a club founded, a
 * member joined, a term started, a training held) also happened already: 1900 to today in Vietnam.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private PlausibleDates() {
    }

    /**
     * The day written exactly {@code yyyy-MM-dd} (a real day: no 2025-02-30), or null for anything
     * else: a time, a sign, a short month, spaces.
     */
    public static LocalDate parse(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** A past fact: not before 1900 ({@code date-range}), not after today ({@code not-future}). */
    public static void requireHappened(String field, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date.isBefore(EARLIEST)) {
            throw ApiException.invalid(field, "date-range", EARLIEST, today);
        }
        if (date.isAfter(today)) {
            throw ApiException.invalid(field, "not-future");
        }
    }

    /** A date that may lie ahead (the planned end of a term, a unit valid from next month), within 1900-2100. */
    public static void requireInRange(String field, LocalDate date) {
        if (!inRange(date)) {
            throw ApiException.invalid(field, "date-range", EARLIEST, LATEST);
        }
    }

    /** A year filter ({@code ?year=}) within 1900-2100 ({@code year-range}). */
    public static Integer year(String field, Integer year) {
        if (year != null && (year < EARLIEST.getYear() || year > LATEST.getYear())) {
            throw ApiException.invalid(field, "year-range", EARLIEST.getYear(), LATEST.getYear());
        }
        return year;
    }
}
