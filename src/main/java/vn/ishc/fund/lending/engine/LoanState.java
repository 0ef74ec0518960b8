package vn.ishc.fund.lending.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A loan at the end of a day {@code asOf}.
 * <ul>
 * <li>{@code outstandingPrincipal = amount − principalPaid} (principalPaid includes prepaid principal);</li>
 * <li>{@code overduePrincipal}, {@code overdueInterest}: unpaid parts of instalments with {@code dueDate < asOf};</li>
 * <li>{@code penaltyDue = Σ penaltyCharged − Σ penaltyPaid};</li>
 * <li>{@code daysPastDue = asOf − dueDate} of the oldest instalment not fully paid with {@code dueDate < asOf}, else 0;</li>
 * <li>{@code payoffAmount = penaltyDue + unpaid interest of instalments due in asOf's month or earlier
 * + outstandingPrincipal}: the most a repayment dated asOf may be (0 once fully paid);</li>
 * <li>{@code fullyPaid}: every instalment's principal, interest and penalties charged are paid.</li>
 * </ul>
 */
public record LoanState(List<InstalmentState> instalments, List<Allocation> allocations,
        BigDecimal outstandingPrincipal, BigDecimal principalPaid, BigDecimal interestPaid, BigDecimal penaltyPaid,
        BigDecimal overduePrincipal, BigDecimal overdueInterest, BigDecimal penaltyDue, int daysPastDue,
        BigDecimal payoffAmount, boolean fullyPaid) {
}
