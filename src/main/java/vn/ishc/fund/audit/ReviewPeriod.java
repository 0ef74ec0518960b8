package vn.ishc.fund.audit;

import vn.ishc.fund.common.error.ApiException;

import java.time.LocalDate;

/**
 * The period a review may cover: within the ledger's books, from their opening (the opening balances'
 * date, or the club's founding without them) to today at the latest, {@code from} not after {@code to},
 * and at most {@value #MAX_YEARS} years long.
 */
final class ReviewPeriod {

    static final int MAX_YEARS = 5;

    private ReviewPeriod() {
    }

    /** Refuses a period outside the books: 400 for the shape of the period, 422 before the books begin. */
    static void check(LocalDate from, LocalDate to, LocalDate openedOn, LocalDate foundedOn, LocalDate today) {
        if (from.isAfter(to)) {
            throw ApiException.invalid("from", "from-after-to");
        }
        if (to.isAfter(today)) {
            throw ApiException.invalid("to", "not-future");
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw ApiException.invalid("to", "review-too-long", MAX_YEARS);
        }
        if (openedOn != null && from.isBefore(openedOn)) {
            throw ApiException.rule("from", "before-opening", openedOn);
        }
        if (openedOn == null && from.isBefore(foundedOn)) {
            throw ApiException.rule("from", "before-founding", foundedOn);
        }
    }
}
