package vn.ishc.fund.common.time;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Today in Vietnam, and the window every date of a business operation must fall in: not more than
 * {@code ishc.ledger.max-days-ahead} days after today (a treasurer may record a meeting a few days
 * early), and not before 1900 ({@link PlausibleDates}: the body reader already refuses dates outside 1900-2100). One window for postings, loan events and registry changes alike, so
 * no operation can be dated where the books cannot follow (a deferral in 9999 would block the loan).
 */
@Singleton
public class BusinessDates {

    private final Clock clock;
    private final int maxDaysAhead;

    public BusinessDates(Clock clock, @Value("${ishc.ledger.max-days-ahead:3}") int maxDaysAhead) {
        this.clock = clock;
        this.maxDaysAhead = Math.max(0, maxDaysAhead);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last day an operation may be dated. */
    public LocalDate latest() {
        return today().plusDays(maxDaysAhead);
    }

    /** The date, if it is in the window; otherwise a 400 naming the field. A null date is required. */
    public LocalDate inWindow(String field, LocalDate date) {
        if (date == null) {
            throw ApiException.invalid(field, "required");
        }
        if (date.isAfter(latest())) {
            throw ApiException.invalid(field, "too-far-ahead", maxDaysAhead);
        }
        if (date.isBefore(PlausibleDates.EARLIEST)) {
            throw ApiException.invalid(field, "date-range", PlausibleDates.EARLIEST, latest());
        }
        return date;
    }

    /** The date, if it is not after today (a decision or an application is not made in advance). */
    public LocalDate notFuture(String field, LocalDate date) {
        inWindow(field, date);
        if (date.isAfter(today())) {
            throw ApiException.invalid(field, "not-future");
        }
        return date;
    }
}
