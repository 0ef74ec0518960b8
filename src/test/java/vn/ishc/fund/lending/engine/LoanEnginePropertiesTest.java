package vn.ishc.fund.lending.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants over random valid terms and random histories. A history is built step by step against the engine
 * itself so that every repayment is allowed when it is made: at each step the member pays what is due at the
 * meeting, part of it, part of the payoff, or the whole payoff; now and then the club grants a deferral or a
 * reschedule.
 */
class LoanEnginePropertiesTest {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    // ---------------------------------------------------------------- schedule

    @Property
    void schedulePrincipalsSumToTheAmountAndNothingIsNegative(@ForAll("terms") LoanTerms terms) {
        List<Instalment> schedule = ScheduleCalculator.schedule(terms);
        int n = terms.frequency() == RepaymentFrequency.AT_MATURITY ? 1 : terms.termMonths();
        assertEquals(n, schedule.size());
        assertEquals(terms.amount(), Loans.sumPrincipal(schedule));
        BigDecimal outstanding = terms.amount();
        for (Instalment i : schedule) {
            assertTrue(i.principal().signum() >= 0, () -> "negative principal " + i);
            assertTrue(i.interest().signum() >= 0, () -> "negative interest " + i);
            assertEquals(ZERO, i.principal().remainder(BigDecimal.ONE).stripTrailingZeros().abs().setScale(0));
            outstanding = outstanding.subtract(i.principal());
            assertTrue(outstanding.signum() >= 0);
            int months = terms.frequency() == RepaymentFrequency.AT_MATURITY ? terms.termMonths() : i.number();
            assertEquals(terms.disbursedOn().plusMonths(months), i.dueDate());
        }
        if (terms.method() != InterestMethod.ANNUITY) {
            // equal principal and bullet: the last instalment always carries principal, so paying on schedule
            // never leaves months of interest with nothing lent
            assertTrue(schedule.get(schedule.size() - 1).principal().signum() > 0);
        }
        if (terms.method() == InterestMethod.NO_INTEREST || terms.monthlyRate().signum() == 0) {
            assertTrue(schedule.stream().allMatch(i -> i.interest().signum() == 0));
        }
    }

    // ---------------------------------------------------------------- histories

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void everyStateIsConsistent(@ForAll("terms") LoanTerms terms, @ForAll("steps") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 400) int daysAfter) {
        List<LoanEvent> events = history(terms, steps);
        LocalDate asOf = lastDate(terms, events).plusDays(daysAfter);
        LoanState s = LoanEngine.replay(terms, events, asOf);

        BigDecimal allocatedPrincipal = ZERO;
        BigDecimal allocatedInterest = ZERO;
        BigDecimal allocatedPenalty = ZERO;
        for (Allocation a : s.allocations()) {
            for (BigDecimal part : List.of(a.penalty(), a.interest(), a.principal(), a.prepaidPrincipal())) {
                assertTrue(part.signum() >= 0, () -> "negative part in " + a);
            }
            assertEquals(a.amount(), a.penalty().add(a.interest()).add(a.principal()).add(a.prepaidPrincipal()), a::toString);
            allocatedPrincipal = allocatedPrincipal.add(a.principal()).add(a.prepaidPrincipal());
            allocatedInterest = allocatedInterest.add(a.interest());
            allocatedPenalty = allocatedPenalty.add(a.penalty());
        }
        assertEquals(events.stream().filter(e -> e instanceof Repayment).count(), s.allocations().size());
        assertEquals(terms.amount().subtract(allocatedPrincipal), s.outstandingPrincipal());
        assertEquals(allocatedPrincipal, s.principalPaid());
        assertEquals(allocatedInterest, s.interestPaid());
        assertEquals(allocatedPenalty, s.penaltyPaid());
        assertTrue(s.outstandingPrincipal().signum() >= 0);

        BigDecimal scheduled = ZERO;
        BigDecimal unpaidPrincipal = ZERO;
        BigDecimal penaltyDue = ZERO;
        BigDecimal instalmentInterestPaid = ZERO;
        BigDecimal instalmentPenaltyPaid = ZERO;
        for (InstalmentState i : s.instalments()) {
            for (BigDecimal x : List.of(i.principal(), i.interest(), i.principalPaid(), i.interestPaid(),
                    i.penaltyCharged(), i.penaltyPaid())) {
                assertTrue(x.signum() >= 0, () -> "negative amount in " + i);
            }
            assertTrue(i.principalPaid().compareTo(i.principal()) <= 0, i::toString);
            assertTrue(i.interestPaid().compareTo(i.interest()) <= 0, i::toString);
            assertTrue(i.penaltyPaid().compareTo(i.penaltyCharged()) <= 0, i::toString);
            boolean settled = i.principalPaid().equals(i.principal()) && i.interestPaid().equals(i.interest())
                    && i.penaltyPaid().equals(i.penaltyCharged());
            assertEquals(settled, i.status() == InstalmentStatus.PAID, i::toString);
            if (i.status() == InstalmentStatus.OVERDUE) {
                assertTrue(i.dueDate().isBefore(asOf));
            }
            scheduled = scheduled.add(i.principal());
            unpaidPrincipal = unpaidPrincipal.add(i.principal().subtract(i.principalPaid()));
            penaltyDue = penaltyDue.add(i.penaltyCharged().subtract(i.penaltyPaid()));
            instalmentInterestPaid = instalmentInterestPaid.add(i.interestPaid());
            instalmentPenaltyPaid = instalmentPenaltyPaid.add(i.penaltyPaid());
        }
        assertEquals(terms.amount(), scheduled, "instalment principals always sum to the amount");
        assertEquals(s.outstandingPrincipal(), unpaidPrincipal);
        assertEquals(s.penaltyDue(), penaltyDue);
        assertEquals(s.interestPaid(), instalmentInterestPaid);
        assertEquals(s.penaltyPaid(), instalmentPenaltyPaid);
        assertTrue(s.overduePrincipal().compareTo(s.outstandingPrincipal()) <= 0);
        assertTrue(s.daysPastDue() >= 0);
        assertEquals(s.daysPastDue() > 0, s.instalments().stream().anyMatch(i -> i.status() == InstalmentStatus.OVERDUE));
        assertTrue(s.payoffAmount().compareTo(s.outstandingPrincipal().add(s.penaltyDue())) >= 0);
        assertEquals(s.fullyPaid(), s.payoffAmount().signum() == 0, "fully paid exactly when nothing can be paid");
        assertEquals(s.fullyPaid(), s.instalments().stream().allMatch(i -> i.status() == InstalmentStatus.PAID));

        Statistics.label("events").collect(events.stream().anyMatch(e -> e instanceof Deferral) ? "deferral" : "-",
                events.stream().anyMatch(e -> e instanceof Reschedule) ? "reschedule" : "-");
        Statistics.label("history").collect(s.fullyPaid() ? "paid" : s.daysPastDue() > 0 ? "late" : "current");
        Statistics.label("prepaid").collect(s.allocations().stream().anyMatch(a -> a.prepaidPrincipal().signum() > 0));
        Statistics.label("penalty").collect(s.penaltyPaid().add(s.penaltyDue()).signum() > 0);
        Statistics.label("events").coverage(c -> {
            c.check("deferral", "-").percentage(p -> p > 3);
            c.check("-", "reschedule").percentage(p -> p > 3);
        });
        Statistics.label("history").coverage(c -> {
            c.check("paid").percentage(p -> p > 5);
            c.check("late").percentage(p -> p > 5);
        });
        Statistics.label("prepaid").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("penalty").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Property
    void prepaymentOnlyWhenNothingIsOverdueOrDueNow(@ForAll("terms") LoanTerms terms, @ForAll("steps") List<Step> steps) {
        List<LoanEvent> events = history(terms, steps);
        for (int k = 0; k < events.size(); k++) {
            if (!(events.get(k) instanceof Repayment r)) {
                continue;
            }
            LoanState after = LoanEngine.replay(terms, events.subList(0, k + 1), r.date());
            Allocation a = after.allocations().get(after.allocations().size() - 1);
            assertEquals(r.id(), a.repaymentId());
            if (a.prepaidPrincipal().signum() > 0) {
                assertEquals(ZERO, after.penaltyDue());
                assertEquals(ZERO, after.overduePrincipal());
                assertEquals(ZERO, after.overdueInterest());
                YearMonth month = YearMonth.from(r.date());
                assertTrue(after.instalments().stream()
                        .filter(i -> !YearMonth.from(i.dueDate()).isAfter(month))
                        .allMatch(i -> i.status() == InstalmentStatus.PAID), after::toString);
            }
        }
    }

    @Property
    void replayingWithoutARepaymentEqualsNeverHavingHadIt(@ForAll("terms") LoanTerms terms,
            @ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        List<LoanEvent> events = history(terms, steps);
        List<Repayment> repayments = events.stream().filter(e -> e instanceof Repayment).map(e -> (Repayment) e).toList();
        if (repayments.isEmpty()) {
            return;
        }
        Repayment mistake = repayments.get(pick % repayments.size());
        LocalDate asOf = lastDate(terms, events).plusDays(pick % 90);
        List<LoanEvent> recorded = new ArrayList<>(events);
        LoanState withMistake = LoanEngine.replay(terms, recorded, asOf);
        assertEquals(events, recorded, "replay does not touch the events it is given");

        recorded.remove(mistake);
        LoanState reversed;
        try {
            reversed = LoanEngine.replay(terms, recorded, asOf);
        } catch (LoanRuleException e) {
            // without the money a later event may break a rule (e.g. a deferral of a loan now not paid): allowed
            assertNotNull(e.rule());
            return;
        }
        // a history typed in afresh without the mistake, with new event objects
        List<LoanEvent> never = events.stream().filter(e -> e.id() != mistake.id()).map(LoanEnginePropertiesTest::copy).toList();
        assertEquals(LoanEngine.replay(terms, never, asOf), reversed);
        assertTrue(reversed.allocations().stream().noneMatch(a -> a.repaymentId() == mistake.id()));
        // the past before the mistake is untouched, and replaying the mistake again gives the first state back
        LocalDate before = mistake.date().minusDays(1);
        if (!before.isBefore(terms.disbursedOn())) {
            assertEquals(LoanEngine.replay(terms, events, before), LoanEngine.replay(terms, never, before));
        }
        assertEquals(withMistake, LoanEngine.replay(terms, events, asOf));
        assertFalse(withMistake.equals(reversed), "a repayment always leaves a trace");
    }

    @Property
    void payingThePayoffAmountMakesTheLoanFullyPaid(@ForAll("terms") LoanTerms terms, @ForAll("steps") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 400) int daysAfter) {
        List<LoanEvent> events = new ArrayList<>(history(terms, steps));
        LocalDate asOf = lastDate(terms, events).plusDays(daysAfter);
        LoanState s = LoanEngine.replay(terms, events, asOf);
        if (s.fullyPaid()) {
            return;
        }
        BigDecimal payoff = s.payoffAmount();
        List<LoanEvent> tooMuch = new ArrayList<>(events);
        tooMuch.add(new Repayment(999, asOf, payoff.add(BigDecimal.ONE)));
        LoanRuleException e = assertThrows(LoanRuleException.class, () -> LoanEngine.replay(terms, tooMuch, asOf));
        assertEquals("overpayment", e.rule());
        assertEquals(payoff, e.args()[0]);

        events.add(new Repayment(999, asOf, payoff));
        LoanState paid = LoanEngine.replay(terms, events, asOf);
        assertTrue(paid.fullyPaid(), paid::toString);
        assertEquals(ZERO, paid.payoffAmount());
        assertEquals(ZERO, paid.outstandingPrincipal());
        assertEquals(ZERO, paid.penaltyDue());
        assertEquals(0, paid.daysPastDue());
        // and it stays paid: no penalty or interest appears later
        assertTrue(LoanEngine.replay(terms, events, asOf.plusYears(12)).fullyPaid());
    }

    @Property
    void payingEachInstalmentOnItsDueDateNeverCostsMore(@ForAll("terms") LoanTerms terms) {
        List<Instalment> schedule = ScheduleCalculator.schedule(terms);
        List<LoanEvent> events = new ArrayList<>();
        for (Instalment i : schedule) {
            if (i.total().signum() > 0) {
                events.add(new Repayment(i.number(), i.dueDate(), i.total()));
            }
        }
        LocalDate end = schedule.get(schedule.size() - 1).dueDate();
        LoanState s = LoanEngine.replay(terms, events, end.plusDays(100));
        assertTrue(s.fullyPaid());
        assertEquals(ZERO, s.penaltyPaid());
        assertEquals(schedule.stream().map(Instalment::interest).reduce(ZERO, BigDecimal::add), s.interestPaid());
        assertTrue(s.allocations().stream().allMatch(a -> a.prepaidPrincipal().signum() == 0 && a.penalty().signum() == 0));
        for (InstalmentState i : s.instalments()) {
            // an instalment that never owed anything (e.g. a grace month without interest) has no payment date
            LocalDate expected = i.principal().add(i.interest()).signum() == 0 ? null : i.dueDate();
            assertEquals(expected, i.paidOn(), i::toString);
        }
    }

    // ---------------------------------------------------------------- generators

    /** One step of a history: days since the previous step, what happens (0–99), and a fraction in permille. */
    record Step(int gapDays, int kind, int permille) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 75),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 1000))
                .as(Step::new).list().ofMaxSize(14);
    }

    @Provide
    Arbitrary<LoanTerms> terms() {
        Arbitrary<Long> amount = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.longs().between(100_000, 50_000_000)),
                Tuple.of(2, Arbitraries.longs().between(1, 30_000)));
        Arbitrary<BigDecimal> rate = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(0, 1000).map(i -> BigDecimal.valueOf(i, 4))),
                Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                Tuple.of(1, Arbitraries.just(new BigDecimal("0.1"))));
        Arbitrary<int[]> termAndGrace = Arbitraries.frequencyOf(
                        Tuple.of(8, Arbitraries.integers().between(1, 24)),
                        Tuple.of(2, Arbitraries.integers().between(1, 120)))
                .flatMap(n -> Arbitraries.frequencyOf(
                                Tuple.of(3, Arbitraries.just(0)),
                                Tuple.of(1, Arbitraries.integers().between(0, n - 1)))
                        .map(g -> new int[] {n, g}));
        Arbitrary<RepaymentFrequency> frequency = Arbitraries.frequency(
                Tuple.of(8, RepaymentFrequency.MONTHLY), Tuple.of(2, RepaymentFrequency.AT_MATURITY));
        Arbitrary<Integer> unit = Arbitraries.of(1, 1000);
        Arbitrary<Object[]> penalty = Arbitraries.oneOf(
                Arbitraries.just(new Object[] {PenaltyKind.NONE, null, null}),
                Arbitraries.longs().between(1, 50_000)
                        .map(a -> new Object[] {PenaltyKind.FIXED_PER_INSTALMENT, BigDecimal.valueOf(a), null}),
                Arbitraries.integers().between(1, 1000)
                        .map(r -> new Object[] {PenaltyKind.MONTHLY_RATE_ON_OVERDUE_PRINCIPAL, null, BigDecimal.valueOf(r, 4)}));
        Arbitrary<LocalDate> disbursed = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d)),
                Arbitraries.integers().between(0, 100).map(m -> YearMonth.of(2020, 1).plusMonths(m).atEndOfMonth()));
        Arbitrary<EarlyPayoffInterest> early = Arbitraries.of(EarlyPayoffInterest.class);
        return Combinators.combine(amount, rate, termAndGrace, Arbitraries.of(InterestMethod.class), frequency, unit,
                        penalty, disbursed)
                .as((a, r, ng, method, f, u, p, d) -> new Object[] {a, r, ng, method, f, u, p, d})
                .flatMap(t -> early.map(e -> new LoanTerms(BigDecimal.valueOf((Long) t[0]), (BigDecimal) t[1],
                        ((int[]) t[2])[0], ((int[]) t[2])[1], (InterestMethod) t[3], (RepaymentFrequency) t[4],
                        BigDecimal.valueOf((Integer) t[5]), (PenaltyKind) ((Object[]) t[6])[0],
                        (BigDecimal) ((Object[]) t[6])[1], (BigDecimal) ((Object[]) t[6])[2], (LocalDate) t[7], e)));
    }

    /** Builds a valid history: each step is checked against the state the engine reports on its date. */
    static List<LoanEvent> history(LoanTerms terms, List<Step> steps) {
        List<LoanEvent> events = new ArrayList<>();
        LocalDate date = terms.disbursedOn();
        long id = 1;
        for (Step step : steps) {
            date = date.plusDays(step.gapDays());
            LoanState state = LoanEngine.replay(terms, events, date);
            if (state.fullyPaid()) {
                break;
            }
            if (step.kind() < 5) {
                events.add(new Deferral(id++, date, 1 + step.permille() % 6, step.permille() % 2 == 0));
                continue;
            }
            if (step.kind() < 9) {
                events.add(new Reschedule(id++, date, 1 + step.permille() % 24));
                continue;
            }
            BigDecimal payoff = state.payoffAmount();
            BigDecimal dueAtMeeting = dueInMonthOrBefore(state, date);
            BigDecimal amount;
            if (step.kind() < 45) {
                amount = dueAtMeeting;
            } else if (step.kind() < 70) {
                amount = part(dueAtMeeting, step.permille());
            } else if (step.kind() < 80) {
                amount = BigDecimal.valueOf(1 + step.permille() % 5); // a few dong
            } else if (step.kind() < 94) {
                amount = part(payoff, step.permille());
            } else {
                amount = payoff;
            }
            amount = amount.min(payoff);
            if (amount.signum() > 0) {
                events.add(new Repayment(id++, date, amount));
            }
        }
        return events;
    }

    /** What the member owes at the meeting: everything unpaid on instalments due in date's month or earlier. */
    private static BigDecimal dueInMonthOrBefore(LoanState state, LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return state.instalments().stream()
                .filter(i -> !YearMonth.from(i.dueDate()).isAfter(month))
                .map(i -> i.principal().subtract(i.principalPaid()).add(i.interest()).subtract(i.interestPaid())
                        .add(i.penaltyCharged()).subtract(i.penaltyPaid()))
                .reduce(ZERO, BigDecimal::add);
    }

    private static BigDecimal part(BigDecimal amount, int permille) {
        return amount.multiply(BigDecimal.valueOf(permille)).divide(BigDecimal.valueOf(1000), 0, RoundingMode.DOWN);
    }

    private static LocalDate lastDate(LoanTerms terms, List<LoanEvent> events) {
        return events.isEmpty() ? terms.disbursedOn() : events.get(events.size() - 1).date();
    }

    private static LoanEvent copy(LoanEvent e) {
        if (e instanceof Repayment r) {
            return new Repayment(r.id(), r.date(), new BigDecimal(r.amount().toPlainString()));
        }
        if (e instanceof Deferral d) {
            return new Deferral(d.id(), d.date(), d.months(), d.withInterest());
        }
        Reschedule r = (Reschedule) e;
        return new Reschedule(r.id(), r.date(), r.termMonths());
    }
}
