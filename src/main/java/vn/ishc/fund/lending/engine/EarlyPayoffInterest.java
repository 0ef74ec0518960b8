package vn.ishc.fund.lending.engine;

/**
 * What a loan repaid at maturity ({@link RepaymentFrequency#AT_MATURITY}) charges for principal paid before
 * its maturity month (see {@link LoanEngine}).
 */
public enum EarlyPayoffInterest {
    /** The interest of the months the principal was out, a started month counting as whole (the default). */
    ELAPSED_MONTHS,
    /** No interest on principal paid before the maturity month (the interest of the term is waived). */
    NONE
}
