package vn.ishc.fund.lending.engine;

/** What a member pays for lateness; see {@link LoanEngine} for when penalties are charged. */
public enum PenaltyKind {
    /** No penalties. */
    NONE,
    /** {@code penaltyAmount} once per instalment not fully paid (principal + interest) at the end of its due date. */
    FIXED_PER_INSTALMENT,
    /** {@code R(penaltyRate × unpaid principal of the instalment)} for each full 30 days it stays unpaid. */
    MONTHLY_RATE_ON_OVERDUE_PRINCIPAL
}
