package vn.ishc.fund.lending.engine;

import java.time.LocalDate;

/**
 * Something that happened to a loan after disbursement. The engine replays events in date order (events on
 * the same date in the order given); correcting a mistake is replaying without the wrong event.
 */
public sealed interface LoanEvent permits Repayment, Deferral, Reschedule {

    /** The identifier the caller stores the event under (echoed in {@link Allocation#repaymentId()}). */
    long id();

    LocalDate date();
}
