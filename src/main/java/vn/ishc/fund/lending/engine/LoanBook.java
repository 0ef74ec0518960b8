package vn.ishc.fund.lending.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The mutable working state of one replay; {@link LoanEngine} documents the rules it applies. Never shared:
 * each replay starts a new book from the schedule, which is what makes a reversal exact.
 */
final class LoanBook {

    /** Oldest first: by due date, then by number (numbers follow due dates except after a deferral or reschedule). */
    private static final Comparator<Slot> OLDEST_FIRST =
            Comparator.<Slot, LocalDate>comparing(s -> s.dueDate).thenComparingInt(s -> s.number);

    private final LoanTerms terms;
    private final BigDecimal rate;
    private final BigDecimal unit;
    private List<Slot> slots = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();

    LoanBook(LoanTerms terms) {
        this.terms = terms;
        this.rate = terms.effectiveRate();
        this.unit = terms.roundingUnit();
        int period = periodMonths(terms.frequency(), terms.termMonths());
        for (Instalment i : ScheduleCalculator.schedule(terms)) {
            slots.add(new Slot(i.number(), terms.disbursedOn(), i.dueDate(), i.principal(), i.interest(), period));
        }
    }

    /** Months of interest one instalment carries: 1, or the whole term for a loan repaid at maturity. */
    private static int periodMonths(RepaymentFrequency frequency, int termMonths) {
        return frequency == RepaymentFrequency.AT_MATURITY ? termMonths : 1;
    }

    // ---------------------------------------------------------------- penalties

    /**
     * Charges every penalty whose charge date is on or before {@code day}. A penalty is assessed at the end of
     * a day (after that day's payments) and charged the next day: FIXED at the end of the due date, MONTHLY_RATE
     * at the end of {@code dueDate + 30 × j}. Called before each event and for the end of asOf; because events
     * come in date order, an assessment always sees exactly the payments dated on or before its day.
     */
    void accrue(LocalDate day) {
        switch (terms.penaltyKind()) {
            case NONE -> {
            }
            case FIXED_PER_INSTALMENT -> {
                for (Slot s : slots) {
                    if (!s.fixedAssessed && s.dueDate.isBefore(day)) {
                        s.fixedAssessed = true;
                        if (s.unpaidPrincipal().add(s.unpaidInterest()).signum() > 0) {
                            s.penaltyCharged = s.penaltyCharged.add(terms.penaltyAmount());
                        }
                    }
                }
            }
            case MONTHLY_RATE_ON_OVERDUE_PRINCIPAL -> {
                for (Slot s : slots) {
                    while (s.unpaidPrincipal().signum() > 0 && s.mark(s.nextMark).isBefore(day)) {
                        BigDecimal penalty = Rounding.toUnit(terms.penaltyRate().multiply(s.unpaidPrincipal()), unit);
                        s.penaltyCharged = s.penaltyCharged.add(penalty);
                        s.nextMark++;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- events

    void apply(LoanEvent event) {
        if (event instanceof Repayment r) {
            repay(r);
        } else if (event instanceof Deferral d) {
            defer(d);
        } else if (event instanceof Reschedule r) {
            reschedule(r);
        }
    }

    private void repay(Repayment repayment) {
        BigDecimal amount = repayment.amount();
        if (amount == null || amount.signum() <= 0 || !Rounding.isWhole(amount)) {
            throw new IllegalArgumentException("repayment " + repayment.id() + ": amount must be positive whole units");
        }
        amount = Rounding.whole(amount);
        LocalDate day = repayment.date();
        requireOpen(day, "repayment-before-disbursement");
        BigDecimal payoff = payoff(day);
        if (amount.compareTo(payoff) > 0) {
            throw new LoanRuleException("overpayment", payoff);
        }

        List<Slot> open = slots.stream().filter(s -> !s.settled()).toList();
        List<Slot> oldest = slots.stream().sorted(OLDEST_FIRST).toList();
        List<Slot> newestFirst = slots.stream().sorted(OLDEST_FIRST.reversed()).toList();
        Predicate<Slot> overdue = s -> s.dueDate.isBefore(day);
        Predicate<Slot> dueNow = s -> !s.dueDate.isBefore(day) && YearMonth.from(s.dueDate).equals(YearMonth.from(day));
        Purse purse = new Purse(amount, day);

        BigDecimal penalty = purse.pay(oldest, s -> true, Slot::unpaidPenalty, (s, x) -> s.penaltyPaid = s.penaltyPaid.add(x));
        BigDecimal interest = purse.pay(oldest, overdue, Slot::unpaidInterest, Slot::payInterest);
        BigDecimal principal = purse.pay(oldest, overdue, Slot::unpaidPrincipal, Slot::payPrincipal);
        interest = interest.add(purse.pay(oldest, dueNow, Slot::unpaidInterest, Slot::payInterest));
        principal = principal.add(purse.pay(oldest, dueNow, Slot::unpaidPrincipal, Slot::payPrincipal));
        BigDecimal prepaid = BigDecimal.ZERO;
        for (Slot s : newestFirst) {
            if (purse.left.signum() == 0) {
                break;
            }
            if (earlyAtMaturity(s, day)) {
                // interest earned by principal paid ahead before, then principal with the interest of its months
                BigDecimal owed = purse.left.min(s.unpaidEarned());
                Split split = principalWithInterest(s.unpaidPrincipal(), purse.left.subtract(owed), monthsOut(s, day));
                s.payInterest(owed.add(split.paid()));
                s.earnedInterest = s.earnedInterest.add(split.earned());
                s.payPrincipal(split.principal());
                s.lastPaidOn = day;
                purse.left = purse.left.subtract(owed).subtract(split.principal()).subtract(split.paid());
                interest = interest.add(owed).add(split.paid());
                prepaid = prepaid.add(split.principal());
            } else {
                prepaid = prepaid.add(purse.pay(List.of(s), x -> true, Slot::unpaidPrincipal, Slot::payPrincipal));
            }
        }
        if (purse.left.signum() != 0) {
            throw new IllegalStateException("allocation left " + purse.left + " of a payment within the payoff");
        }

        if (prepaid.signum() > 0) {
            recomputeInterestAfter(day);
        }
        if (outstandingPrincipal().signum() == 0) {
            waiveInterestAfter(day);
        }
        for (Slot s : open) {
            if (s.settled()) {
                s.paidOn = day;
            }
        }
        allocations.add(new Allocation(repayment.id(), day, amount, penalty, interest, principal, prepaid));
    }

    /**
     * After a prepayment (DECLINING_EQUAL_PRINCIPAL, ANNUITY, BULLET): each open instalment due after the
     * payment's month with no interest paid gets {@code R(O × r × months) + deferral interest}, where O is the
     * principal still owed on it and on every later instalment (the principal outstanding before it when the
     * instalments in between are paid as scheduled) and months its period (1, or n at maturity).
     */
    private void recomputeInterestAfter(LocalDate day) {
        if (terms.method() == InterestMethod.FLAT || terms.method() == InterestMethod.NO_INTEREST) {
            return;
        }
        YearMonth month = YearMonth.from(day);
        BigDecimal fromHereOn = BigDecimal.ZERO;
        for (Slot s : slots.stream().sorted(OLDEST_FIRST.reversed()).toList()) {
            fromHereOn = fromHereOn.add(s.unpaidPrincipal());
            // interest earned on principal paid ahead was paid with it: it does not stop the recomputation
            if (s.recomputable && !s.settled() && s.interestPaid.compareTo(s.earnedInterest) <= 0
                    && YearMonth.from(s.dueDate).isAfter(month)) {
                BigDecimal base = fromHereOn.multiply(rate).multiply(BigDecimal.valueOf(s.periodMonths));
                s.interest = Rounding.toUnit(base, unit).add(s.extraInterest).add(s.earnedInterest);
            }
        }
    }

    /**
     * Once no principal is owed, interest of instalments due after the payment's month is not charged
     * (beyond what principal paid ahead earned, ELAPSED_MONTHS).
     */
    private void waiveInterestAfter(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        for (Slot s : slots) {
            if (YearMonth.from(s.dueDate).isAfter(month)) {
                s.interest = s.interestPaid.max(s.earnedInterest);
                s.extraInterest = s.extraInterest.min(s.interest);
            }
        }
    }

    private void defer(Deferral deferral) {
        if (deferral.months() <= 0) {
            throw new IllegalArgumentException("deferral " + deferral.id() + ": months must be positive");
        }
        LocalDate day = deferral.date();
        requireOpen(day, "deferral-before-disbursement");
        BigDecimal outstanding = outstandingPrincipal();
        List<Slot> shifted = slots.stream().filter(s -> !s.settled()).sorted(OLDEST_FIRST).toList();
        for (Slot s : shifted) {
            s.dueDate = s.dueDate.plusMonths(deferral.months());
            // rate penalties restart from the new due date; marks before the deferral are not charged again
            s.nextMark = 1;
            while (s.mark(s.nextMark).isBefore(day)) {
                s.nextMark++;
            }
        }
        if (deferral.withInterest()) {
            BigDecimal extra = Rounding.toUnit(
                    outstanding.multiply(rate).multiply(BigDecimal.valueOf(deferral.months())), unit);
            Slot first = shifted.get(0);
            first.interest = first.interest.add(extra);
            first.extraInterest = first.extraInterest.add(extra);
        }
    }

    private void reschedule(Reschedule reschedule) {
        int term = reschedule.termMonths();
        if (term < 1 || term > LoanTerms.MAX_TERM_MONTHS) {
            throw new IllegalArgumentException("reschedule " + reschedule.id() + ": termMonths must be in [1, 120]");
        }
        LocalDate day = reschedule.date();
        requireOpen(day, "reschedule-before-disbursement");

        List<Slot> kept = new ArrayList<>();
        BigDecimal arrearsInterest = BigDecimal.ZERO;
        BigDecimal arrearsPenalty = BigDecimal.ZERO;
        BigDecimal principal = BigDecimal.ZERO;
        for (Slot s : slots) {
            if (s.settled()) {
                kept.add(s);
                continue;
            }
            if (s.dueDate.isBefore(day) || s.arrears) {
                arrearsInterest = arrearsInterest.add(s.unpaidInterest());
            }
            arrearsPenalty = arrearsPenalty.add(s.unpaidPenalty());
            principal = principal.add(s.unpaidPrincipal());
            if (s.anythingPaid()) {
                // keep what was paid on it as a closed instalment; its unpaid rest moves to the new schedule
                s.principal = s.principalPaid;
                s.interest = s.interestPaid;
                s.extraInterest = s.extraInterest.min(s.interest);
                s.penaltyCharged = s.penaltyPaid;
                s.recomputable = false;
                s.paidOn = s.lastPaidOn;
                kept.add(s);
            }
        }

        int next = kept.stream().mapToInt(s -> s.number).max().orElse(0) + 1;
        if (arrearsInterest.add(arrearsPenalty).signum() > 0) {
            Slot arrears = new Slot(next++, day, day, BigDecimal.ZERO, arrearsInterest, 1);
            arrears.penaltyCharged = arrearsPenalty;
            arrears.arrears = true;
            arrears.recomputable = false;
            arrears.fixedAssessed = true; // collects debts already penalised: no second fixed penalty
            kept.add(arrears);
        }
        if (principal.signum() > 0) {
            LoanTerms rest = new LoanTerms(principal, terms.monthlyRate(), term, 0, terms.method(),
                    terms.frequency(), unit, terms.penaltyKind(), terms.penaltyAmount(), terms.penaltyRate(), day,
                    terms.earlyPayoffInterest());
            int period = periodMonths(terms.frequency(), term);
            for (Instalment i : ScheduleCalculator.schedule(rest)) {
                kept.add(new Slot(next++, day, i.dueDate(), i.principal(), i.interest(), period));
            }
        }
        slots = kept;
    }

    private void requireOpen(LocalDate day, String beforeDisbursementRule) {
        if (day.isBefore(terms.disbursedOn())) {
            throw new LoanRuleException(beforeDisbursementRule, terms.disbursedOn());
        }
        if (fullyPaid()) {
            throw new LoanRuleException("loan-paid");
        }
    }

    // ---------------------------------------------------------------- figures

    /**
     * Penalties due + unpaid interest of instalments due in day's month or earlier + all unpaid principal
     * + for a loan repaid at maturity with {@link EarlyPayoffInterest#ELAPSED_MONTHS}, the interest of the
     * months its principal was out.
     */
    BigDecimal payoff(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        BigDecimal total = BigDecimal.ZERO;
        for (Slot s : slots) {
            total = total.add(s.unpaidPenalty()).add(s.unpaidPrincipal());
            if (!YearMonth.from(s.dueDate).isAfter(month)) {
                total = total.add(s.unpaidInterest());
            } else if (earlyAtMaturity(s, day)) {
                total = total.add(s.unpaidEarned()).add(interestFor(s.unpaidPrincipal(), monthsOut(s, day)));
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- early payoff at maturity

    /** An open instalment of a loan repaid at maturity, paid before its due month (ELAPSED_MONTHS). */
    private boolean earlyAtMaturity(Slot s, LocalDate day) {
        return terms.earlyPayoffInterest() == EarlyPayoffInterest.ELAPSED_MONTHS
                && terms.frequency() == RepaymentFrequency.AT_MATURITY && rate.signum() > 0
                && !s.settled() && YearMonth.from(s.dueDate).isAfter(YearMonth.from(day));
    }

    /**
     * The months an instalment's principal was out by {@code day}: from the disbursement (or the reschedule)
     * to the day, a started month counting as whole, at least 1 (the first month starts on the day the money
     * goes out) and at most the months to its due date.
     */
    private static int monthsOut(Slot s, LocalDate day) {
        return Math.max(1, Math.min(startedMonths(s.start, day), startedMonths(s.start, s.dueDate)));
    }

    private static int startedMonths(LocalDate from, LocalDate to) {
        long whole = ChronoUnit.MONTHS.between(from, to);
        return (int) (from.plusMonths(whole).isBefore(to) ? whole + 1 : whole);
    }

    /** {@code R(principal × r × months)}. */
    private BigDecimal interestFor(BigDecimal principal, int months) {
        return Rounding.toUnit(principal.multiply(rate).multiply(BigDecimal.valueOf(months)), unit);
    }

    /** Principal paid ahead, the interest it earned, and what of that interest the payment paid. */
    private record Split(BigDecimal principal, BigDecimal earned, BigDecimal paid) {
    }

    /**
     * How a payment of {@code money} pays principal ahead when the principal also pays the interest of its
     * months: the largest {@code p ≤ owed} with {@code p + R(p × r × months) ≤ money}, and that interest;
     * what rounding leaves over (less than a rounding unit) goes to principal too, without more interest.
     * When that reaches the whole principal, it earned all its interest: the payment pays what it can of
     * it and the rest stays owed.
     */
    private Split principalWithInterest(BigDecimal owed, BigDecimal money, int months) {
        BigDecimal all = interestFor(owed, months);
        if (owed.add(all).compareTo(money) <= 0) {
            return new Split(owed, all, all);
        }
        BigDecimal factor = BigDecimal.ONE.add(rate.multiply(BigDecimal.valueOf(months)));
        BigDecimal p = money.divide(factor, 0, java.math.RoundingMode.FLOOR);
        while (p.signum() > 0 && p.add(interestFor(p, months)).compareTo(money) > 0) {
            p = p.subtract(BigDecimal.ONE);
        }
        BigDecimal interest = interestFor(p, months);
        BigDecimal principal = money.subtract(interest);
        if (principal.compareTo(owed) >= 0) {
            // what rounding left over reaches the last of the principal: it earned all its interest, paid in part
            return new Split(owed, all, money.subtract(owed));
        }
        return new Split(principal, interest, interest);
    }

    BigDecimal outstandingPrincipal() {
        return sum(slots, s -> true, Slot::unpaidPrincipal);
    }

    boolean fullyPaid() {
        return slots.stream().allMatch(Slot::settled);
    }

    LoanState state(LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        Predicate<Slot> overdue = s -> s.dueDate.isBefore(asOf) && !s.settled();
        List<InstalmentState> instalments = slots.stream()
                .sorted(Comparator.comparingInt(s -> s.number))
                .map(s -> new InstalmentState(s.number, s.originalDueDate, s.dueDate, s.principal, s.interest,
                        s.principalPaid, s.interestPaid, s.penaltyCharged, s.penaltyPaid, s.paidOn,
                        s.settled() ? InstalmentStatus.PAID
                                : overdue.test(s) ? InstalmentStatus.OVERDUE
                                : s.anythingPaid() ? InstalmentStatus.PARTIAL
                                : YearMonth.from(s.dueDate).equals(month) ? InstalmentStatus.DUE
                                : InstalmentStatus.FUTURE))
                .toList();
        int daysPastDue = slots.stream().filter(overdue).map(s -> s.dueDate).min(Comparator.naturalOrder())
                .map(d -> (int) ChronoUnit.DAYS.between(d, asOf)).orElse(0);
        return new LoanState(instalments, List.copyOf(allocations),
                outstandingPrincipal(),
                sum(allocations, a -> true, a -> a.principal().add(a.prepaidPrincipal())),
                sum(allocations, a -> true, Allocation::interest),
                sum(allocations, a -> true, Allocation::penalty),
                sum(slots, overdue, Slot::unpaidPrincipal),
                sum(slots, overdue, Slot::unpaidInterest),
                sum(slots, s -> true, Slot::unpaidPenalty),
                daysPastDue,
                payoff(asOf),
                fullyPaid());
    }

    private static <T> BigDecimal sum(List<T> items, Predicate<T> filter, Function<T, BigDecimal> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (T item : items) {
            if (filter.test(item)) {
                total = total.add(amount.apply(item));
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- helpers

    /** What is left of a repayment while it is being allocated. */
    private static final class Purse {
        private BigDecimal left;
        private final LocalDate day;

        Purse(BigDecimal amount, LocalDate day) {
            this.left = amount;
            this.day = day;
        }

        /** Pays {@code owed} of each matching slot in order while money is left; returns what was paid. */
        BigDecimal pay(List<Slot> order, Predicate<Slot> filter, Function<Slot, BigDecimal> owed,
                BiConsumer<Slot, BigDecimal> apply) {
            BigDecimal paid = BigDecimal.ZERO;
            for (Slot s : order) {
                if (left.signum() == 0) {
                    break;
                }
                if (!filter.test(s)) {
                    continue;
                }
                BigDecimal x = left.min(owed.apply(s));
                if (x.signum() > 0) {
                    apply.accept(s, x);
                    s.lastPaidOn = day;
                    left = left.subtract(x);
                    paid = paid.add(x);
                }
            }
            return paid;
        }
    }

    /** One instalment during a replay. */
    private static final class Slot {
        final int number;
        /** When its principal went out: the disbursement, or the reschedule that made it. */
        final LocalDate start;
        final LocalDate originalDueDate;
        final int periodMonths;
        LocalDate dueDate;
        BigDecimal principal;
        BigDecimal interest;
        /** Interest added by a deferral: kept when the scheduled part is recomputed. */
        BigDecimal extraInterest = BigDecimal.ZERO;
        /** Interest paid with principal paid ahead of maturity (ELAPSED_MONTHS): kept when recomputed. */
        BigDecimal earnedInterest = BigDecimal.ZERO;
        BigDecimal principalPaid = BigDecimal.ZERO;
        BigDecimal interestPaid = BigDecimal.ZERO;
        BigDecimal penaltyCharged = BigDecimal.ZERO;
        BigDecimal penaltyPaid = BigDecimal.ZERO;
        boolean recomputable = true;
        boolean arrears;
        boolean fixedAssessed;
        /** The next 30-day mark (j in dueDate + 30 × j) a rate penalty is assessed at. */
        int nextMark = 1;
        LocalDate paidOn;
        LocalDate lastPaidOn;

        Slot(int number, LocalDate start, LocalDate dueDate, BigDecimal principal, BigDecimal interest, int periodMonths) {
            this.number = number;
            this.start = start;
            this.originalDueDate = dueDate;
            this.dueDate = dueDate;
            this.principal = principal;
            this.interest = interest;
            this.periodMonths = periodMonths;
        }

        LocalDate mark(int j) {
            return dueDate.plusDays(30L * j);
        }

        BigDecimal unpaidPrincipal() {
            return principal.subtract(principalPaid);
        }

        BigDecimal unpaidInterest() {
            return interest.subtract(interestPaid);
        }

        BigDecimal unpaidPenalty() {
            return penaltyCharged.subtract(penaltyPaid);
        }

        /** Interest earned by principal paid ahead and not paid yet (interest before the due month is only that). */
        BigDecimal unpaidEarned() {
            return earnedInterest.subtract(interestPaid).max(BigDecimal.ZERO);
        }

        void payPrincipal(BigDecimal x) {
            principalPaid = principalPaid.add(x);
        }

        void payInterest(BigDecimal x) {
            interestPaid = interestPaid.add(x);
        }

        boolean settled() {
            return unpaidPrincipal().signum() == 0 && unpaidInterest().signum() == 0 && unpaidPenalty().signum() == 0;
        }

        boolean anythingPaid() {
            return principalPaid.signum() > 0 || interestPaid.signum() > 0 || penaltyPaid.signum() > 0;
        }
    }
}
