package vn.ishc.fund.lending.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An instalment as it stands at {@code asOf}. {@code originalDueDate} is the date of the first schedule
 * (deferrals move only {@code dueDate}); {@code interest} may differ from the schedule after a prepayment
 * (declining methods), a deferral with interest, or a full payoff. {@code paidOn} is the date it became fully
 * paid, {@code null} while it is not (or when it never owed anything).
 */
public record InstalmentState(int number, LocalDate originalDueDate, LocalDate dueDate, BigDecimal principal,
        BigDecimal interest, BigDecimal principalPaid, BigDecimal interestPaid, BigDecimal penaltyCharged,
        BigDecimal penaltyPaid, LocalDate paidOn, InstalmentStatus status) {
}
