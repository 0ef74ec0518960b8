package vn.ishc.fund.lending.engine;

/** How often a loan is repaid. */
public enum RepaymentFrequency {
    /** One instalment a month, instalment k due {@code disbursedOn.plusMonths(k)}. */
    MONTHLY,
    /**
     * One instalment due {@code disbursedOn.plusMonths(n)}: principal {@code A}, interest {@code R(A × r × n)}
     * (0 for {@link InterestMethod#NO_INTEREST}); grace months are ignored. Typical for loans in kind
     * (a piglet raised and sold).
     */
    AT_MATURITY
}
