package vn.ishc.fund.lending.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The repayment schedule of a loan's terms.
 *
 * <p>Notation: {@code A} amount, {@code r} monthly rate (0 for NO_INTEREST), {@code n} term in months,
 * {@code g} grace months, {@code m = n − g}, {@code u} rounding unit, {@code O(k)} the principal outstanding
 * before instalment k ({@code A − Σ principal(j), j < k}), and {@code R(x) = x.divide(u, 0, HALF_UP) × u}
 * (for a quotient such as {@code A / m} the exact quotient is rounded once).
 *
 * <p>Monthly schedules: instalment k (1..n) falls due {@code disbursedOn.plusMonths(k)}, always computed from
 * the disbursement date, so 31 January gives 28/29 February, 31 March, 30 April, … Instalments 1..g carry
 * interest only.
 * <ul>
 * <li>FLAT: {@code interest(k) = R(A × r)}; {@code principal(k) = R(A / m)} for k > g.</li>
 * <li>DECLINING_EQUAL_PRINCIPAL: {@code principal(k) = R(A / m)} for k > g; {@code interest(k) = R(O(k) × r)}.</li>
 * <li>ANNUITY: grace instalments {@code interest = R(A × r)}; then the instalment
 * {@code P = R(A × r / (1 − (1 + r)^−m)) = R(A × r × (1 + r)^m / ((1 + r)^m − 1))} (exact powers, one rounding;
 * {@code P = R(A / m)} when r = 0), {@code interest(k) = R(O(k) × r)}, {@code principal(k) = P − interest(k)};
 * the last instalment has {@code principal = O(n)}, {@code interest = R(O(n) × r)}.</li>
 * <li>BULLET: {@code interest(k) = R(A × r)}; all principal in instalment n.</li>
 * <li>NO_INTEREST: {@code principal(k) = R(A / m)} for k > g; no interest.</li>
 * </ul>
 * The last instalment absorbs every rounding remainder: {@code principal(n) = A − Σ principal(j), j < n}, so the
 * principals sum exactly to A. No principal is ever negative:
 * <ul>
 * <li>equal principal (FLAT, DECLINING_EQUAL_PRINCIPAL, NO_INTEREST): when {@code (m − 1) × R(A / m) ≥ A} (tiny
 * amounts, e.g. 2,600 over 4 months in thousands: 650 → 1,000, and 3 × 1,000 > 2,600) the share is rounded down
 * to the unit instead ({@code ⌊A / (m × u)⌋ × u}, here 0), so the last instalment always keeps a positive
 * remainder (here 2,600) and a flat loan never has months of interest with no principal left;</li>
 * <li>ANNUITY: an instalment's principal is capped at the outstanding principal (later instalments then owe
 * nothing: their interest on 0 is 0).</li>
 * </ul>
 *
 * <p>AT_MATURITY: a single instalment due {@code disbursedOn.plusMonths(n)} with principal A and interest
 * {@code R(A × r × n)} (0 for NO_INTEREST), whatever the method; grace is ignored.
 */
public final class ScheduleCalculator {

    private ScheduleCalculator() {
    }

    /** The schedule of valid terms (validated by {@link LoanTerms}); an unmodifiable list, instalment 1 first. */
    public static List<Instalment> schedule(LoanTerms terms) {
        if (terms == null) {
            throw new IllegalArgumentException("terms are required");
        }
        BigDecimal a = terms.amount();
        BigDecimal r = terms.effectiveRate();
        BigDecimal u = terms.roundingUnit();
        int n = terms.termMonths();
        LocalDate from = terms.disbursedOn();

        if (terms.frequency() == RepaymentFrequency.AT_MATURITY) {
            BigDecimal interest = Rounding.toUnit(a.multiply(r).multiply(BigDecimal.valueOf(n)), u);
            return List.of(new Instalment(1, from.plusMonths(n), a, interest));
        }

        int g = terms.graceMonths();
        BigDecimal[] principal = new BigDecimal[n];
        BigDecimal[] interest = new BigDecimal[n];
        switch (terms.method()) {
            case ANNUITY -> annuity(a, r, n, g, u, principal, interest);
            case BULLET -> {
                Arrays.fill(principal, BigDecimal.ZERO);
                principal[n - 1] = a;
                Arrays.fill(interest, Rounding.toUnit(a.multiply(r), u));
            }
            case FLAT, DECLINING_EQUAL_PRINCIPAL, NO_INTEREST -> {
                equalPrincipal(a, n, g, u, principal);
                boolean declining = terms.method() == InterestMethod.DECLINING_EQUAL_PRINCIPAL;
                BigDecimal outstanding = a;
                for (int k = 0; k < n; k++) {
                    interest[k] = Rounding.toUnit((declining ? outstanding : a).multiply(r), u);
                    outstanding = outstanding.subtract(principal[k]);
                }
            }
        }

        List<Instalment> schedule = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            schedule.add(new Instalment(k + 1, from.plusMonths(k + 1L), principal[k], interest[k]));
        }
        return List.copyOf(schedule);
    }

    /** {@code R(A / m)} for instalments g+1..n−1 (rounded down if it would leave nothing), the rest in instalment n. */
    private static void equalPrincipal(BigDecimal a, int n, int g, BigDecimal u, BigDecimal[] principal) {
        BigDecimal m = BigDecimal.valueOf((long) n - g);
        BigDecimal share = Rounding.quotientToUnit(a, m, u);
        if (share.multiply(m.subtract(BigDecimal.ONE)).compareTo(a) >= 0) {
            share = a.divide(m.multiply(u), 0, RoundingMode.DOWN).multiply(u);
        }
        for (int k = 0; k < n; k++) {
            principal[k] = k < g ? BigDecimal.ZERO : share;
        }
        principal[n - 1] = a.subtract(share.multiply(m.subtract(BigDecimal.ONE)));
    }

    private static void annuity(BigDecimal a, BigDecimal r, int n, int g, BigDecimal u,
            BigDecimal[] principal, BigDecimal[] interest) {
        BigDecimal payment = annuityPayment(a, r, n - g, u);
        BigDecimal outstanding = a;
        for (int k = 0; k < n; k++) {
            interest[k] = Rounding.toUnit(outstanding.multiply(r), u);
            if (k < g) {
                principal[k] = BigDecimal.ZERO;
            } else if (k == n - 1) {
                principal[k] = outstanding;
            } else {
                // P ≥ R(A × r) ≥ R(O × r), so this is never negative; the cap keeps O ≥ 0 when P was rounded up
                principal[k] = payment.subtract(interest[k]).max(BigDecimal.ZERO).min(outstanding);
            }
            outstanding = outstanding.subtract(principal[k]);
        }
    }

    /** {@code R(A × r × q^m / (q^m − 1))} with {@code q = 1 + r}, or {@code R(A / m)} for r = 0. */
    static BigDecimal annuityPayment(BigDecimal a, BigDecimal r, int m, BigDecimal u) {
        if (r.signum() == 0) {
            return Rounding.quotientToUnit(a, BigDecimal.valueOf(m), u);
        }
        BigDecimal qm = BigDecimal.ONE.add(r).pow(m); // exact: at most m × scale(r) decimals
        return Rounding.quotientToUnit(a.multiply(r).multiply(qm), qm.subtract(BigDecimal.ONE), u);
    }
}
