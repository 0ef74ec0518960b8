package vn.ishc.fund.lending.engine;

/**
 * How a loan's interest is computed. {@code r} is the monthly rate, {@code A} the amount, {@code R(x)}
 * rounding HALF_UP to the rounding unit (see {@link ScheduleCalculator}).
 */
public enum InterestMethod {
    /** Interest on the original amount every month: {@code R(A × r)}; equal principal parts. */
    FLAT,
    /** Declining balance with equal principal parts: interest {@code R(outstanding × r)}. */
    DECLINING_EQUAL_PRINCIPAL,
    /** Declining balance with equal instalments {@code R(A × r / (1 − (1 + r)^−m))}. */
    ANNUITY,
    /** Interest only every month {@code R(A × r)}; all principal in the last instalment. */
    BULLET,
    /** Principal only; the rate is ignored. */
    NO_INTEREST
}
