package vn.ishc.fund.lending.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How one repayment was split: {@code amount = penalty + interest + principal + prepaidPrincipal}.
 * {@code principal} is scheduled principal (overdue or due in the payment's month); {@code prepaidPrincipal}
 * is principal paid ahead of schedule, taken from the last instalment backwards.
 */
public record Allocation(long repaymentId, LocalDate date, BigDecimal amount, BigDecimal penalty, BigDecimal interest,
        BigDecimal principal, BigDecimal prepaidPrincipal) {
}
