package vn.ishc.fund.lending;

/**
 * APPLIED → APPROVED → ACTIVE (disbursed) → CLOSED; or REJECTED, CANCELLED before disbursement,
 * WRITTEN_OFF after. A rescheduled loan stays ACTIVE with a new schedule.
 */
public enum LoanStatus {
    APPLIED, APPROVED, REJECTED, CANCELLED, ACTIVE, CLOSED, WRITTEN_OFF;

    /** Loans that count against a member's maximum of open loans. */
    public boolean open() {
        return this == APPLIED || this == APPROVED || this == ACTIVE;
    }
}
