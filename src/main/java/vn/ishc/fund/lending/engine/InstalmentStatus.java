package vn.ishc.fund.lending.engine;

/** An instalment's status at a date {@code asOf}; the first that applies wins. */
public enum InstalmentStatus {
    /** Principal, interest and penalties charged are all paid (also an instalment that never owed anything). */
    PAID,
    /** Something is paid but the instalment is not overdue yet. */
    PARTIAL,
    /** {@code dueDate < asOf} and not fully paid. */
    OVERDUE,
    /** Falls due in asOf's calendar month ({@code dueDate >= asOf}) and nothing is paid. */
    DUE,
    /** Falls due after asOf's month and nothing is paid. */
    FUTURE
}
