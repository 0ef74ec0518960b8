package vn.ishc.fund.report;

import vn.ishc.fund.common.error.ApiException;

import java.time.LocalDate;

/**
 * The period a statement covers: from the start of {@code to}'s year by default, to today by default,
 * never ending before it starts, at most five years long, and not ending after the last day an entry
 * may be dated (a statement never prints days the books cannot have yet).
 */
public record StatementPeriod(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 5;

    public static StatementPeriod of(LocalDate from, LocalDate to, LocalDate today, LocalDate latest) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (end.isAfter(latest)) {
            throw ApiException.invalid("to", "too-far-ahead", (int) java.time.temporal.ChronoUnit.DAYS.between(today, latest));
        }
        if (start.isAfter(end)) {
            throw ApiException.invalid("from", "from-after-to");
        }
        if (start.plusYears(MAX_YEARS).isBefore(end)) {
            throw ApiException.invalid("to", "period-too-long", MAX_YEARS);
        }
        return new StatementPeriod(start, end);
    }

    /** The day before the period: its balances are the period's opening balances. */
    public LocalDate dayBefore() {
        return from.minusDays(1);
    }
}
