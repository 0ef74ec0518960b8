package vn.ishc.fund.lending.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a club and a member agreed. Construction validates the terms and throws
 * {@link IllegalArgumentException} (the API validates requests first; reaching this is a programming error):
 * <ul>
 * <li>{@code amount > 0} in whole units of the currency (VND has no decimals);</li>
 * <li>{@code 0 ≤ monthlyRate ≤ 0.1} (0.005 = 0.5% a month; ignored for {@link InterestMethod#NO_INTEREST}), with at
 * most 10 decimals (the annuity formula raises {@code 1 + r} to the m-th power exactly);</li>
 * <li>{@code 1 ≤ termMonths ≤ 120}, {@code 0 ≤ graceMonths < termMonths};</li>
 * <li>{@code roundingUnit} 1 or 1,000;</li>
 * <li>{@link PenaltyKind#FIXED_PER_INSTALMENT}: {@code penaltyAmount > 0} in whole units and no rate;
 * {@link PenaltyKind#MONTHLY_RATE_ON_OVERDUE_PRINCIPAL}: {@code 0 < penaltyRate ≤ 0.1}, at most 10 decimals, and no amount;
 * {@link PenaltyKind#NONE}: neither.</li>
 * <li>{@code earlyPayoffInterest} set (it matters for {@link RepaymentFrequency#AT_MATURITY} only).</li>
 * </ul>
 * Amounts and the unit are normalised to scale 0, so terms that differ only in trailing zeros are equal.
 */
public record LoanTerms(BigDecimal amount, BigDecimal monthlyRate, int termMonths, int graceMonths,
        InterestMethod method, RepaymentFrequency frequency, BigDecimal roundingUnit,
        PenaltyKind penaltyKind, BigDecimal penaltyAmount, BigDecimal penaltyRate, LocalDate disbursedOn,
        EarlyPayoffInterest earlyPayoffInterest) {

    static final int MAX_TERM_MONTHS = 120;
    static final BigDecimal MAX_RATE = new BigDecimal("0.1");
    static final int MAX_RATE_DECIMALS = 10;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public LoanTerms {
        require(amount != null, "amount is required");
        require(amount.signum() > 0, "amount must be positive");
        require(Rounding.isWhole(amount), "amount must be in whole currency units");
        amount = Rounding.whole(amount);
        require(monthlyRate != null, "monthlyRate is required");
        require(monthlyRate.signum() >= 0 && monthlyRate.compareTo(MAX_RATE) <= 0, "monthlyRate must be in [0, 0.1]");
        require(monthlyRate.stripTrailingZeros().scale() <= MAX_RATE_DECIMALS, "monthlyRate has too many decimals");
        require(termMonths >= 1 && termMonths <= MAX_TERM_MONTHS, "termMonths must be in [1, 120]");
        require(graceMonths >= 0 && graceMonths < termMonths, "graceMonths must be in [0, termMonths)");
        require(method != null, "method is required");
        require(frequency != null, "frequency is required");
        require(roundingUnit != null, "roundingUnit is required");
        require(roundingUnit.compareTo(BigDecimal.ONE) == 0 || roundingUnit.compareTo(THOUSAND) == 0,
                "roundingUnit must be 1 or 1000");
        roundingUnit = Rounding.whole(roundingUnit);
        require(penaltyKind != null, "penaltyKind is required");
        switch (penaltyKind) {
            case NONE -> require(penaltyAmount == null && penaltyRate == null,
                    "penaltyAmount and penaltyRate must be null without penalties");
            case FIXED_PER_INSTALMENT -> {
                require(penaltyAmount != null && penaltyAmount.signum() > 0 && Rounding.isWhole(penaltyAmount),
                        "penaltyAmount must be positive whole units");
                require(penaltyRate == null, "penaltyRate must be null for a fixed penalty");
                penaltyAmount = Rounding.whole(penaltyAmount);
            }
            case MONTHLY_RATE_ON_OVERDUE_PRINCIPAL -> {
                require(penaltyRate != null && penaltyRate.signum() > 0 && penaltyRate.compareTo(MAX_RATE) <= 0,
                        "penaltyRate must be in (0, 0.1]");
                require(penaltyRate.stripTrailingZeros().scale() <= MAX_RATE_DECIMALS, "penaltyRate has too many decimals");
                require(penaltyAmount == null, "penaltyAmount must be null for a rate penalty");
            }
        }
        require(disbursedOn != null, "disbursedOn is required");
        require(earlyPayoffInterest != null, "earlyPayoffInterest is required");
    }

    /** Terms without interest on early payoff ({@link EarlyPayoffInterest#NONE}). */
    public LoanTerms(BigDecimal amount, BigDecimal monthlyRate, int termMonths, int graceMonths, InterestMethod method,
                     RepaymentFrequency frequency, BigDecimal roundingUnit, PenaltyKind penaltyKind,
                     BigDecimal penaltyAmount, BigDecimal penaltyRate, LocalDate disbursedOn) {
        this(amount, monthlyRate, termMonths, graceMonths, method, frequency, roundingUnit, penaltyKind, penaltyAmount,
                penaltyRate, disbursedOn, EarlyPayoffInterest.NONE);
    }

    /** The rate interest is computed with: {@code monthlyRate}, or 0 for {@link InterestMethod#NO_INTEREST}. */
    public BigDecimal effectiveRate() {
        return method == InterestMethod.NO_INTEREST ? BigDecimal.ZERO : monthlyRate;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
