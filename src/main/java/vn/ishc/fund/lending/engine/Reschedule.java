package vn.ishc.fund.lending.engine;

import java.time.LocalDate;

/**
 * Replaces every instalment not fully paid: arrears (interest and penalties already due) fall due on
 * {@code date}; the outstanding principal is re-amortised over {@code termMonths} from {@code date}.
 */
public record Reschedule(long id, LocalDate date, int termMonths) implements LoanEvent {
}
