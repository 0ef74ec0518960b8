package vn.ishc.fund.lending.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replays a loan's events over the schedule of its terms. Pure: no clock, no storage, no state kept between
 * calls, so reversing a repayment (a mistake) is replaying without it, and the result is exactly the state in
 * which it never happened. {@code R(x)} is rounding HALF_UP to the loan's unit, {@code r} the monthly rate.
 *
 * <h2>Repayment of amount A on day D</h2>
 * <ol>
 * <li>Penalties are brought up to date as of D (see below).</li>
 * <li>A is allocated in this order, each step oldest instalment first (by due date, then number):
 * (a) penalties charged and unpaid; (b) overdue interest ({@code dueDate < D}); (c) overdue principal;
 * (d) interest due now; (e) principal due now; (f) prepayment of principal from the last instalment backwards.
 * "Due now" = not overdue and due in D's calendar month: paying at the monthly meeting a few days before the
 * due date pays the instalment.</li>
 * <li>After a prepayment, for DECLINING_EQUAL_PRINCIPAL, ANNUITY and BULLET, every instalment due after D's
 * month that is not fully paid and has no interest paid gets {@code interest = R(O × r × p)} (+ any deferral
 * interest), O being the principal still owed on it and on all later instalments (= the outstanding principal
 * before it if the instalments in between are paid as scheduled) and p its period in months (1; n at
 * maturity). FLAT keeps the scheduled interest; NO_INTEREST has none.</li>
 * <li>When a repayment leaves no principal owed, the interest of instalments due after D's month is not
 * charged (it is cut to what was paid on it): there is no loan left to earn it. This is what makes paying the
 * payoff amount close the loan, also for FLAT (and for AT_MATURITY before the maturity month).</li>
 * <li>{@code payoff(D) = penalties due + unpaid interest of instalments due in D's month or earlier
 * + all unpaid principal}. {@code A > payoff(D)} → {@code LoanRuleException("overpayment", payoff)};
 * {@code D < disbursedOn} → {@code "repayment-before-disbursement"}; fully paid loan → {@code "loan-paid"};
 * {@code A ≤ 0} or with a fraction of the unit of currency → {@link IllegalArgumentException}.</li>
 * <li>Each repayment yields one {@link Allocation}: {@code A = penalty + interest + principal + prepaidPrincipal}.</li>
 * </ol>
 *
 * <h2>Early payoff of a loan repaid at maturity</h2>
 * For {@link RepaymentFrequency#AT_MATURITY} with interest, the terms say what principal paid before the due
 * month costs ({@link EarlyPayoffInterest}). With {@code ELAPSED_MONTHS} (the products' default) it pays the
 * interest of the months it was out: {@code m} = months from the disbursement (or the reschedule) to the
 * payment, a started month counting as whole, at least 1, at most the months to the due date.
 * <ul>
 * <li>{@code payoff(D)} includes {@code R(O × r × m)}, O the principal owed: 5,000,000 at 1% disbursed
 * 10 January, paid off on 15 April (3 months and a started fourth) costs 5,000,000 + 200,000.</li>
 * <li>A payment A in step (f) buys the largest principal p with {@code p + R(p × r × m) ≤ A} and pays that
 * interest with it (what rounding leaves over, less than a unit, goes to principal); the interest at maturity
 * of what is still owed is recomputed as in 3 ({@code R(O × r × n)}), plus the interest already paid:
 * 2,080,000 on 15 April pays 2,000,000 + 80,000, and 3,000,000 + 360,000 is due at maturity.</li>
 * </ul>
 * With {@code NONE}, principal paid ahead carries no interest and a payoff before the due month costs only
 * the principal (rule 4).
 *
 * <h2>Penalties</h2>
 * A penalty is assessed at the end of a day, after that day's payments, and charged the next day:
 * <ul>
 * <li>FIXED_PER_INSTALMENT: {@code penaltyAmount}, once per instalment, if its principal + interest are not
 * fully paid at the end of its due date (charged on {@code dueDate + 1}).</li>
 * <li>MONTHLY_RATE_ON_OVERDUE_PRINCIPAL: at each mark {@code dueDate + 30 × j} (j = 1, 2, …),
 * {@code R(penaltyRate × unpaid principal of the instalment)} after the payments dated on or before the mark
 * (charged on mark + 1).</li>
 * </ul>
 * So a repayment on D sees the penalties assessed before D, and {@link LoanState#penaltyDue()} at the end of
 * asOf equals the penalties a repayment dated asOf would have to pay.
 *
 * <h2>Deferral (disaster relief)</h2>
 * Every instalment not fully paid on the deferral date gets {@code dueDate = dueDate.plusMonths(months)};
 * {@code originalDueDate} stays. With interest, {@code R(outstanding principal × r × months)} is added to the
 * interest of the first shifted instalment (0 for NO_INTEREST). Penalties already charged stay; rate-penalty
 * marks restart from the new due date (marks before the deferral date are not assessed); a fixed penalty is
 * still charged at most once per instalment. {@code months ≤ 0} → {@link IllegalArgumentException}.
 *
 * <h2>Reschedule</h2>
 * Fully paid instalments stay. An instalment with something paid keeps what was paid, as a closed instalment
 * (principal = principal paid, interest = interest paid, penalty = penalty paid). The unpaid interest of
 * instalments due before the reschedule date and all unpaid penalties go into one arrears instalment due on
 * the reschedule date (principal 0; no fixed penalty on it, its debts were already penalised); it is omitted
 * when there are no arrears. The unpaid principal is re-amortised by {@link ScheduleCalculator} with the same
 * method, rate, frequency and rounding, {@code termMonths} months, no grace, disbursed on the reschedule date.
 * New instalments are numbered consecutively after the highest number kept.
 *
 * <h2>State at asOf</h2>
 * Events dated after asOf are ignored. See {@link LoanState} and {@link InstalmentStatus} for the figures.
 */
public final class LoanEngine {

    private LoanEngine() {
    }

    /**
     * Replays the events (sorted by date, then by the order given) from the schedule of the terms, and returns
     * the state at the end of asOf.
     *
     * @throws LoanRuleException when an event breaks a business rule (see the class documentation)
     * @throws IllegalArgumentException on a missing argument, an asOf before the disbursement, or a malformed event
     */
    public static LoanState replay(LoanTerms terms, List<LoanEvent> events, LocalDate asOf) {
        if (terms == null || events == null || asOf == null) {
            throw new IllegalArgumentException("terms, events and asOf are required");
        }
        if (asOf.isBefore(terms.disbursedOn())) {
            throw new IllegalArgumentException("asOf " + asOf + " is before the disbursement " + terms.disbursedOn());
        }
        List<LoanEvent> ordered = new ArrayList<>(events.size());
        for (LoanEvent event : events) {
            if (event == null || event.date() == null) {
                throw new IllegalArgumentException("events and their dates are required");
            }
            if (!event.date().isAfter(asOf)) {
                ordered.add(event);
            }
        }
        ordered.sort(Comparator.comparing(LoanEvent::date)); // stable: same-day events keep their order

        LoanBook book = new LoanBook(terms);
        for (LoanEvent event : ordered) {
            book.accrue(event.date());
            book.apply(event);
        }
        book.accrue(asOf);
        return book.state(asOf);
    }
}
