package vn.ishc.fund.lending.engine;

import java.time.LocalDate;

/**
 * Disaster relief: every instalment not fully paid on {@code date} falls due {@code months} later
 * ({@code dueDate.plusMonths(months)}). With interest, {@code R(outstanding principal × r × months)} is added
 * to the interest of the first shifted instalment.
 */
public record Deferral(long id, LocalDate date, int months, boolean withInterest) implements LoanEvent {
}
