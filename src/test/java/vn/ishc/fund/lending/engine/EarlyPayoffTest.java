package vn.ishc.fund.lending.engine;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ishc.fund.lending.engine.InterestMethod.BULLET;
import static vn.ishc.fund.lending.engine.InterestMethod.DECLINING_EQUAL_PRINCIPAL;
import static vn.ishc.fund.lending.engine.InterestMethod.NO_INTEREST;
import static vn.ishc.fund.lending.engine.Loans.allocation;
import static vn.ishc.fund.lending.engine.Loans.elapsedMonths;
import static vn.ishc.fund.lending.engine.Loans.instalment;
import static vn.ishc.fund.lending.engine.Loans.pay;
import static vn.ishc.fund.lending.engine.Loans.replay;
import static vn.ishc.fund.lending.engine.Loans.terms;
import static vn.ishc.fund.lending.engine.Loans.vnd;
import static vn.ishc.fund.lending.engine.RepaymentFrequency.AT_MATURITY;
import static vn.ishc.fund.lending.engine.RepaymentFrequency.MONTHLY;

/**
 * Early payoff of a loan repaid at maturity. The loan: 5,000,000 VND at 1% a month for 12 months, all
 * due on 10 January 2027 with 600,000 interest (R(5,000,000 × 1% × 12)), disbursed 10 January 2026.
 */
class EarlyPayoffTest {

    static final LocalDate OUT = LocalDate.of(2026, 1, 10);
    static final LoanTerms ELAPSED = elapsedMonths(terms(5_000_000, "0.01", 12, 0, DECLINING_EQUAL_PRINCIPAL,
            AT_MATURITY, 1000, OUT));
    static final LoanTerms NONE = terms(5_000_000, "0.01", 12, 0, DECLINING_EQUAL_PRINCIPAL, AT_MATURITY, 1000, OUT);

    @Test
    void theScheduleIsTheSameEitherWay() {
        assertEquals(vnd(600_000), instalment(replay(ELAPSED, "2026-01-10"), 1).interest());
        assertEquals(LocalDate.of(2027, 1, 10), instalment(replay(ELAPSED, "2026-01-10"), 1).dueDate());
        assertEquals(vnd(5_600_000), replay(ELAPSED, "2027-01-10").payoffAmount());
    }

    @Test
    void payoffPaysTheMonthsElapsedAStartedMonthCountingAsWhole() {
        // 15 April: 3 whole months (to 10 April) and a started fourth: R(5,000,000 × 1% × 4) = 200,000
        assertEquals(vnd(5_200_000), replay(ELAPSED, "2026-04-15").payoffAmount());
        // 10 April: exactly 3 months
        assertEquals(vnd(5_150_000), replay(ELAPSED, "2026-04-10").payoffAmount());
        // the day it went out: the first month has started
        assertEquals(vnd(5_050_000), replay(ELAPSED, "2026-01-10").payoffAmount());
        // 11 November: 11 months started; 11 December: the twelfth, the whole term's interest
        assertEquals(vnd(5_550_000), replay(ELAPSED, "2026-11-11").payoffAmount());
        assertEquals(vnd(5_600_000), replay(ELAPSED, "2026-12-11").payoffAmount());

        LoanState paid = replay(ELAPSED, "2026-04-15", pay(1, "2026-04-15", 5_200_000));
        assertTrue(paid.fullyPaid());
        assertEquals(allocation(1, "2026-04-15", 5_200_000, 0, 200_000, 0, 5_000_000), paid.allocations().get(0));
        assertEquals(vnd(200_000), instalment(paid, 1).interest(), "the rest of the term's interest is not charged");
        assertEquals(vnd(0), paid.outstandingPrincipal());
    }

    @Test
    void payingOnlyThePrincipalEarlyLeavesWhatItsInterestDidNotBuy() {
        // 5,000,000 on 15 April buys p + R(p × 4%) ≤ 5,000,000: p = 4,807,692, interest 192,308 → 192,000 (unit 1,000)
        LoanState s = replay(ELAPSED, "2026-04-15", pay(1, "2026-04-15", 5_000_000));
        assertFalse(s.fullyPaid());
        var a = s.allocations().get(0);
        assertEquals(vnd(5_000_000), a.interest().add(a.prepaidPrincipal()));
        assertEquals(vnd(192_000), a.interest());
        assertEquals(vnd(4_808_000), a.prepaidPrincipal());
        assertEquals(vnd(192_000), s.outstandingPrincipal());
    }

    @Test
    void aPartialPrepaymentPaysItsMonthsAndTheRestIsChargedToMaturity() {
        // 2,080,000 on 15 April: 2,000,000 principal + R(2,000,000 × 4%) = 80,000 interest
        LoanState s = replay(ELAPSED, "2026-04-15", pay(1, "2026-04-15", 2_080_000));
        assertEquals(allocation(1, "2026-04-15", 2_080_000, 0, 80_000, 0, 2_000_000), s.allocations().get(0));
        // at maturity: 3,000,000 + R(3,000,000 × 1% × 12) = 360,000; 80,000 already paid on the instalment
        InstalmentState i = instalment(s, 1);
        assertEquals(vnd(440_000), i.interest());
        assertEquals(vnd(80_000), i.interestPaid());
        assertEquals(vnd(3_360_000), replay(ELAPSED, "2027-01-10", pay(1, "2026-04-15", 2_080_000)).payoffAmount());
        LoanState closed = replay(ELAPSED, "2027-01-10", pay(1, "2026-04-15", 2_080_000),
                pay(2, "2027-01-10", 3_360_000));
        assertTrue(closed.fullyPaid());
        assertEquals(vnd(440_000), closed.interestPaid());
        // and a payoff in August after it: R(3,000,000 × 1% × 8) = 240,000
        assertEquals(vnd(3_240_000), replay(ELAPSED, "2026-08-20", pay(1, "2026-04-15", 2_080_000)).payoffAmount());
    }

    @Test
    void whenRoundingLeavesTheLastOfThePrincipalItsInterestStaysOwed() {
        // 4,630 at 3.6% over 2 months, deferred a month (due 1 April), paid 4,633 on 2 March: 3 months started,
        // R(4,630 × 3.6% × 3) = 1,000 (unit 1,000) but R(4,629 × 10.8%) = 0: the principal is paid with 3 of
        // its 1,000 interest, and 997 stays owed (found by LoanEnginePropertiesTest)
        LoanTerms t = elapsedMonths(terms(4_630, "0.036", 2, 0, InterestMethod.FLAT, AT_MATURITY, 1000,
                LocalDate.of(2020, 1, 1)));
        Deferral deferral = new Deferral(1, LocalDate.of(2020, 1, 2), 1, true);
        assertEquals(vnd(5_630), replay(t, "2020-03-02", deferral).payoffAmount());
        LoanState s = replay(t, "2020-03-02", deferral, pay(2, "2020-03-02", 4_633));
        assertEquals(allocation(2, "2020-03-02", 4_633, 0, 3, 0, 4_630), s.allocations().get(0));
        assertEquals(vnd(0), s.outstandingPrincipal());
        assertFalse(s.fullyPaid());
        assertEquals(vnd(997), s.payoffAmount());
        assertTrue(replay(t, "2020-03-03", deferral, pay(2, "2020-03-02", 4_633), pay(3, "2020-03-03", 997)).fullyPaid());
    }

    @Test
    void moreThanThePayoffIsRefused() {
        LoanRuleException e = assertThrows(LoanRuleException.class,
                () -> replay(ELAPSED, "2026-04-15", pay(1, "2026-04-15", 5_200_001)));
        assertEquals("overpayment", e.rule());
        assertEquals(vnd(5_200_000), e.args()[0]);
    }

    @Test
    void noneKeepsThePreviousRule() {
        assertEquals(vnd(5_000_000), replay(NONE, "2026-04-15").payoffAmount());
        LoanState s = replay(NONE, "2026-04-15", pay(1, "2026-04-15", 5_000_000));
        assertTrue(s.fullyPaid());
        assertEquals(vnd(0), s.interestPaid());
    }

    @Test
    void inTheDueMonthTheWholeTermIsDue() {
        assertEquals(vnd(5_600_000), replay(ELAPSED, "2027-01-05").payoffAmount());
    }

    @Test
    void onlyLoansRepaidAtMaturityWithInterestAreConcerned() {
        LoanTerms monthly = elapsedMonths(terms(6_000_000, "0.01", 6, 0, DECLINING_EQUAL_PRINCIPAL, MONTHLY, 1000, OUT));
        LoanTerms monthlyNone = terms(6_000_000, "0.01", 6, 0, DECLINING_EQUAL_PRINCIPAL, MONTHLY, 1000, OUT);
        assertEquals(replay(monthlyNone, "2026-03-20").payoffAmount(), replay(monthly, "2026-03-20").payoffAmount());
        LoanTerms free = elapsedMonths(terms(5_000_000, "0", 12, 0, NO_INTEREST, AT_MATURITY, 1000, OUT));
        assertEquals(vnd(5_000_000), replay(free, "2026-04-15").payoffAmount());
        LoanTerms bullet = elapsedMonths(terms(3_000_000, "0.015", 6, 0, BULLET, MONTHLY, 1000, OUT));
        assertEquals(replay(terms(3_000_000, "0.015", 6, 0, BULLET, MONTHLY, 1000, OUT), "2026-03-20").payoffAmount(),
                replay(bullet, "2026-03-20").payoffAmount());
    }

    @Test
    void aRescheduledLoanCountsFromTheReschedule() {
        // rescheduled on 10 March 2026 over 6 months (due 10 September): paid off on 20 May, 3 months started
        LoanState s = replay(ELAPSED, "2026-05-20", new Reschedule(1, LocalDate.of(2026, 3, 10), 6));
        assertEquals(vnd(5_150_000), s.payoffAmount());
    }
}
