package vn.ishc.fund.lending.engine;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ishc.fund.lending.engine.InstalmentStatus.DUE;
import static vn.ishc.fund.lending.engine.InstalmentStatus.FUTURE;
import static vn.ishc.fund.lending.engine.InstalmentStatus.OVERDUE;
import static vn.ishc.fund.lending.engine.InstalmentStatus.PAID;
import static vn.ishc.fund.lending.engine.InstalmentStatus.PARTIAL;
import static vn.ishc.fund.lending.engine.InterestMethod.ANNUITY;
import static vn.ishc.fund.lending.engine.InterestMethod.BULLET;
import static vn.ishc.fund.lending.engine.InterestMethod.DECLINING_EQUAL_PRINCIPAL;
import static vn.ishc.fund.lending.engine.InterestMethod.FLAT;
import static vn.ishc.fund.lending.engine.InterestMethod.NO_INTEREST;
import static vn.ishc.fund.lending.engine.Loans.allocation;
import static vn.ishc.fund.lending.engine.Loans.day;
import static vn.ishc.fund.lending.engine.Loans.fixedPenalty;
import static vn.ishc.fund.lending.engine.Loans.instalment;
import static vn.ishc.fund.lending.engine.Loans.monthly;
import static vn.ishc.fund.lending.engine.Loans.pay;
import static vn.ishc.fund.lending.engine.Loans.ratePenalty;
import static vn.ishc.fund.lending.engine.Loans.replay;
import static vn.ishc.fund.lending.engine.Loans.terms;
import static vn.ishc.fund.lending.engine.Loans.vnd;
import static vn.ishc.fund.lending.engine.RepaymentFrequency.AT_MATURITY;

/**
 * Worked allocations. Unless said otherwise the loan is 6,000,000 VND declining equal principal at 1% a month over
 * 6 months, rounded to 1,000, disbursed 15 January 2025:
 * <pre>
 *  #  due         principal  interest
 *  1  2025-02-15  1,000,000  60,000   (6,000,000 × 1%)
 *  2  2025-03-15  1,000,000  50,000   (5,000,000 × 1%)
 *  3  2025-04-15  1,000,000  40,000
 *  4  2025-05-15  1,000,000  30,000
 *  5  2025-06-15  1,000,000  20,000
 *  6  2025-07-15  1,000,000  10,000
 * </pre>
 */
class LoanEngineTest {

    static final LoanTerms DECLINING = monthly(6_000_000, "0.01", 6, 0, DECLINING_EQUAL_PRINCIPAL, 1000);
    /** The same loan, flat: 1,000,000 principal + 60,000 interest every month. */
    static final LoanTerms FLAT_6M = monthly(6_000_000, "0.01", 6, 0, FLAT, 1000);

    @Nested
    class Allocations {

        @Test
        void onTimePaymentAtTheMeetingBeforeTheDueDate() {
            // 10 Feb is in the month of instalment 1 (due 15 Feb): 1,060,000 = 60,000 interest + 1,000,000 principal
            LoanState s = replay(DECLINING, "2025-02-10", pay(1, "2025-02-10", 1_060_000));
            assertEquals(List.of(allocation(1, "2025-02-10", 1_060_000, 0, 60_000, 1_000_000, 0)), s.allocations());
            InstalmentState first = instalment(s, 1);
            assertEquals(PAID, first.status());
            assertEquals(day("2025-02-10"), first.paidOn());
            assertEquals(FUTURE, instalment(s, 2).status());
            assertEquals(vnd(5_000_000), s.outstandingPrincipal());
            assertEquals(vnd(1_000_000), s.principalPaid());
            assertEquals(vnd(60_000), s.interestPaid());
            // nothing else falls due in February: payoff = the 5,000,000 principal left
            assertEquals(vnd(5_000_000), s.payoffAmount());
            assertEquals(0, s.daysPastDue());
        }

        @Test
        void nextMonthTheNextInstalmentIsDue() {
            LoanState s = replay(DECLINING, "2025-03-01", pay(1, "2025-02-10", 1_060_000));
            assertEquals(DUE, instalment(s, 2).status());
            // payoff = 50,000 interest due in March + 5,000,000 principal
            assertEquals(vnd(5_050_000), s.payoffAmount());
        }

        @Test
        void partialPaymentPaysInterestFirst() {
            // 500,000 = 60,000 interest + 440,000 principal; 560,000 principal of instalment 1 still owed
            LoanState onDueDate = replay(DECLINING, "2025-02-15", pay(1, "2025-02-15", 500_000));
            assertEquals(List.of(allocation(1, "2025-02-15", 500_000, 0, 60_000, 440_000, 0)), onDueDate.allocations());
            assertEquals(PARTIAL, instalment(onDueDate, 1).status());
            assertEquals(vnd(0), onDueDate.overduePrincipal());

            LoanState later = replay(DECLINING, "2025-02-20", pay(1, "2025-02-15", 500_000));
            assertEquals(OVERDUE, instalment(later, 1).status());
            assertNull(instalment(later, 1).paidOn());
            assertEquals(vnd(560_000), later.overduePrincipal());
            assertEquals(vnd(0), later.overdueInterest());
            assertEquals(5, later.daysPastDue());
            assertEquals(vnd(5_560_000), later.outstandingPrincipal());
        }

        @Test
        void payingTwoInstalmentsAtOnce() {
            // on 10 March instalment 1 is overdue (60,000 + 1,000,000) and instalment 2 due now (50,000 + 1,000,000):
            // (b) overdue interest 60,000, (c) overdue principal 1,000,000, (d) interest due now 50,000,
            // (e) principal due now 1,000,000 → interest 110,000, principal 2,000,000
            LoanState s = replay(DECLINING, "2025-03-10", pay(1, "2025-03-10", 2_110_000));
            assertEquals(List.of(allocation(1, "2025-03-10", 2_110_000, 0, 110_000, 2_000_000, 0)), s.allocations());
            assertEquals(PAID, instalment(s, 1).status());
            assertEquals(PAID, instalment(s, 2).status());
            assertEquals(FUTURE, instalment(s, 3).status());
            assertEquals(vnd(4_000_000), s.outstandingPrincipal());
        }

        @Test
        void overdueInterestOfEveryInstalmentBeforeAnyOverduePrincipal() {
            // 20 March, both 1 and 2 overdue: 200,000 = 60,000 + 50,000 interest, then 90,000 principal of #1
            LoanState s = replay(DECLINING, "2025-03-20", pay(1, "2025-03-20", 200_000));
            assertEquals(allocation(1, "2025-03-20", 200_000, 0, 110_000, 90_000, 0), s.allocations().get(0));
            assertEquals(vnd(90_000), instalment(s, 1).principalPaid());
            assertEquals(vnd(50_000), instalment(s, 2).interestPaid());
            assertEquals(vnd(0), instalment(s, 2).principalPaid());
            assertEquals(33, s.daysPastDue()); // 15 Feb → 20 Mar
        }

        @Test
        void sameDayEventsFollowTheOrderGiven() {
            // paid, then deferred: instalment 2 is paid as due now and stays where it was
            Deferral defer = new Deferral(9, day("2025-03-10"), 3, false);
            Repayment paid = pay(1, "2025-03-10", 1_050_000);
            LoanState payFirst = replay(DECLINING, "2025-03-31", pay(0, "2025-02-10", 1_060_000), paid, defer);
            assertEquals(allocation(1, "2025-03-10", 1_050_000, 0, 50_000, 1_000_000, 0), payFirst.allocations().get(1));
            assertEquals(day("2025-03-15"), instalment(payFirst, 2).dueDate());
            // deferred, then paid: instalment 2 now falls due in June, so the money is a prepayment
            LoanState deferFirst = replay(DECLINING, "2025-03-31", pay(0, "2025-02-10", 1_060_000), defer, paid);
            assertEquals(allocation(1, "2025-03-10", 1_050_000, 0, 0, 0, 1_050_000), deferFirst.allocations().get(1));
            assertEquals(day("2025-06-15"), instalment(deferFirst, 2).dueDate());
        }

        @Test
        void eventsAreSortedByDate() {
            LoanState given = replay(DECLINING, "2025-03-31", pay(2, "2025-03-10", 1_050_000), pay(1, "2025-02-10", 1_060_000));
            assertEquals(List.of(1L, 2L), given.allocations().stream().map(Allocation::repaymentId).toList());
            assertTrue(given.instalments().subList(0, 2).stream().allMatch(i -> i.status() == PAID));
        }

        @Test
        void eventsAfterAsOfAreIgnored() {
            LoanState s = replay(DECLINING, "2025-02-28", pay(1, "2025-02-10", 1_060_000), pay(2, "2025-03-10", 1_050_000));
            assertEquals(1, s.allocations().size());
            assertEquals(vnd(5_000_000), s.outstandingPrincipal());
        }
    }

    @Nested
    class Penalties {

        @Test
        void fixedPenaltyChargedTheDayAfterTheDueDate() {
            LoanTerms t = fixedPenalty(DECLINING, 20_000);
            // unpaid at the end of 15 February: 20,000 is charged on 16 February
            assertEquals(vnd(0), replay(t, "2025-02-15").penaltyDue());
            LoanState late = replay(t, "2025-02-16");
            assertEquals(vnd(20_000), late.penaltyDue());
            assertEquals(vnd(20_000), instalment(late, 1).penaltyCharged());
            assertEquals(1, late.daysPastDue());
            // payoff on 16 Feb = 20,000 penalty + 60,000 interest + 6,000,000 principal
            assertEquals(vnd(6_080_000), late.payoffAmount());
        }

        @Test
        void latePaymentPaysThePenaltyFirst() {
            // 20 Feb: 1,080,000 = 20,000 penalty + 60,000 interest + 1,000,000 principal
            LoanState s = replay(fixedPenalty(DECLINING, 20_000), "2025-02-20", pay(1, "2025-02-20", 1_080_000));
            assertEquals(List.of(allocation(1, "2025-02-20", 1_080_000, 20_000, 60_000, 1_000_000, 0)), s.allocations());
            InstalmentState first = instalment(s, 1);
            assertEquals(PAID, first.status());
            assertEquals(vnd(20_000), first.penaltyPaid());
            assertEquals(vnd(20_000), s.penaltyPaid());
            assertEquals(vnd(0), s.penaltyDue());
        }

        @Test
        void payingOnTheDueDateAvoidsTheFixedPenalty() {
            LoanState s = replay(fixedPenalty(DECLINING, 20_000), "2025-03-01", pay(1, "2025-02-15", 1_060_000));
            assertEquals(vnd(0), instalment(s, 1).penaltyCharged());
        }

        @Test
        void fixedPenaltyOncePerInstalmentWhicheverTheDelay() {
            // on 20 April instalments 1, 2 and 3 are late (due 15 Feb, 15 Mar, 15 Apr): 3 × 20,000
            LoanState s = replay(fixedPenalty(DECLINING, 20_000), "2025-04-20");
            assertEquals(vnd(60_000), s.penaltyDue());
            assertEquals(List.of(vnd(20_000), vnd(20_000), vnd(20_000), vnd(0), vnd(0), vnd(0)),
                    s.instalments().stream().map(InstalmentState::penaltyCharged).toList());
            assertEquals(64, s.daysPastDue()); // 15 Feb → 20 Apr = 13 + 31 + 20
        }

        @Test
        void fixedPenaltyAlsoForUnpaidInterestOnly() {
            // 1,000,000 on 15 Feb pays 60,000 interest and 940,000 principal: 60,000 principal left → penalty
            LoanState s = replay(fixedPenalty(DECLINING, 20_000), "2025-02-16", pay(1, "2025-02-15", 1_000_000));
            assertEquals(vnd(20_000), s.penaltyDue());
        }

        @Test
        void ratePenaltyEveryThirtyDaysOnUnpaidPrincipal() {
            LoanTerms t = ratePenalty(DECLINING, "0.02");
            // instalment 1 due 15 Feb; marks at 15 Feb + 30 days = 17 Mar and + 60 days = 16 Apr
            // 17 Mar is assessed at the end of the day and charged on 18 Mar: 2% × 1,000,000 = 20,000
            assertEquals(vnd(0), replay(t, "2025-03-17").penaltyDue());
            assertEquals(vnd(20_000), replay(t, "2025-03-18").penaltyDue());
            // 20 Mar: 1,000,000 = 20,000 penalty + 60,000 + 50,000 overdue interest (#1, #2)
            //         + 870,000 overdue principal of #1 (130,000 left)
            Repayment r = pay(1, "2025-03-20", 1_000_000);
            LoanState s = replay(t, "2025-04-17", r);
            assertEquals(allocation(1, "2025-03-20", 1_000_000, 20_000, 110_000, 870_000, 0), s.allocations().get(0));
            // marks: #1 on 16 Apr: 2% × 130,000 = 2,600 → 3,000; #2 (due 15 Mar) on 14 Apr: 2% × 1,000,000 = 20,000
            assertEquals(vnd(23_000), instalment(s, 1).penaltyCharged()); // 20,000 (paid) + 3,000
            assertEquals(vnd(20_000), instalment(s, 1).penaltyPaid());
            assertEquals(vnd(20_000), instalment(s, 2).penaltyCharged());
            assertEquals(vnd(23_000), s.penaltyDue());
        }

        @Test
        void ratePenaltyRoundedToTheDong() {
            // unit 1: 2% × 130,000 = 2,600 exactly at the second mark of #1
            LoanTerms t = ratePenalty(monthly(6_000_000, "0.01", 6, 0, DECLINING_EQUAL_PRINCIPAL, 1), "0.02");
            LoanState s = replay(t, "2025-04-17", pay(1, "2025-03-20", 1_000_000));
            assertEquals(vnd(22_600), instalment(s, 1).penaltyCharged());
        }

        @Test
        void paymentOnTheMarkDayCountsBeforeTheMark() {
            // 17 Mar, the day of #1's first mark: 1,110,000 = 60,000 + 50,000 overdue interest (#1, #2)
            // + 1,000,000 principal of #1, so #1 has no unpaid principal at its mark: no rate penalty
            LoanState s = replay(ratePenalty(DECLINING, "0.02"), "2025-03-20", pay(1, "2025-03-17", 1_110_000));
            assertEquals(vnd(0), instalment(s, 1).penaltyCharged());
            // with unit 1: 10,000 less leaves 10,000 of #1's principal unpaid at the mark: 2% × 10,000 = 200
            LoanTerms byDong = ratePenalty(monthly(6_000_000, "0.01", 6, 0, DECLINING_EQUAL_PRINCIPAL, 1), "0.02");
            LoanState short10k = replay(byDong, "2025-03-20", pay(1, "2025-03-17", 1_100_000));
            assertEquals(vnd(200), instalment(short10k, 1).penaltyCharged());
        }

        @Test
        void noPenaltiesWithoutAPenaltyKind() {
            LoanState s = replay(DECLINING, "2025-12-31");
            assertEquals(vnd(0), s.penaltyDue());
            assertEquals(vnd(6_000_000), s.overduePrincipal());
            assertEquals(vnd(210_000), s.overdueInterest());
        }
    }

    @Nested
    class Prepayments {

        @Test
        void decliningRecomputesLaterInterest() {
            // 10 Feb: 3,060,000 = 60,000 + 1,000,000 for #1, then 2,000,000 prepaid from #6 and #5
            // interest after February = principal owed on the instalment and all later ones × 1%:
            // #2: 3,000,000 → 30,000; #3: 2,000,000 → 20,000; #4: 1,000,000 → 10,000; #5, #6: 0 → paid
            LoanState s = replay(DECLINING, "2025-02-10", pay(1, "2025-02-10", 3_060_000));
            assertEquals(allocation(1, "2025-02-10", 3_060_000, 0, 60_000, 1_000_000, 2_000_000), s.allocations().get(0));
            assertEquals(List.of(vnd(60_000), vnd(30_000), vnd(20_000), vnd(10_000), vnd(0), vnd(0)),
                    s.instalments().stream().map(InstalmentState::interest).toList());
            assertEquals(List.of(PAID, FUTURE, FUTURE, FUTURE, PAID, PAID),
                    s.instalments().stream().map(InstalmentState::status).toList());
            assertEquals(day("2025-02-10"), instalment(s, 6).paidOn());
            assertEquals(vnd(3_000_000), s.outstandingPrincipal());
        }

        @Test
        void flatKeepsTheScheduledInterest() {
            // same payment on the flat loan: 60,000 + 1,000,000 for #1, 2,000,000 prepaid from #6 and #5;
            // every later instalment still owes 60,000 interest
            LoanState s = replay(FLAT_6M, "2025-02-10", pay(1, "2025-02-10", 3_060_000));
            assertEquals(allocation(1, "2025-02-10", 3_060_000, 0, 60_000, 1_000_000, 2_000_000), s.allocations().get(0));
            assertTrue(s.instalments().stream().allMatch(i -> i.interest().equals(vnd(60_000))));
            assertEquals(List.of(PAID, FUTURE, FUTURE, FUTURE, PARTIAL, PARTIAL),
                    s.instalments().stream().map(InstalmentState::status).toList());
            assertEquals(vnd(1_000_000), instalment(s, 5).principalPaid());
        }

        @Test
        void partialPrepaymentOfTheLastInstalment() {
            // declining: 10 Feb 1,560,000 = #1 in full + 500,000 prepaid on #6
            // #6: 500,000 left → 5,000; #5: 1,500,000 → 15,000; #4: 2,500,000 → 25,000; #3: 35,000; #2: 45,000
            LoanState s = replay(DECLINING, "2025-02-10", pay(1, "2025-02-10", 1_560_000));
            assertEquals(List.of(vnd(60_000), vnd(45_000), vnd(35_000), vnd(25_000), vnd(15_000), vnd(5_000)),
                    s.instalments().stream().map(InstalmentState::interest).toList());
            assertEquals(PARTIAL, instalment(s, 6).status());
        }

        @Test
        void bulletPrepaymentLowersEveryLaterInterest() {
            // 3,000,000 bullet at 1.5%: 45,000 a month. 10 Feb: 1,045,000 = 45,000 + 1,000,000 prepaid on #6;
            // later interest = 2,000,000 × 1.5% = 30,000
            LoanTerms t = monthly(3_000_000, "0.015", 6, 0, BULLET, 1000);
            LoanState s = replay(t, "2025-02-10", pay(1, "2025-02-10", 1_045_000));
            assertEquals(allocation(1, "2025-02-10", 1_045_000, 0, 45_000, 0, 1_000_000), s.allocations().get(0));
            assertEquals(List.of(vnd(45_000), vnd(30_000), vnd(30_000), vnd(30_000), vnd(30_000), vnd(30_000)),
                    s.instalments().stream().map(InstalmentState::interest).toList());
        }

        @Test
        void annuityPrepaymentKeepsPrincipalsAndRecomputesInterest() {
            // annuity 5,000,000 at 1% over 5 months, unit 1,000:
            // instalment = 5,000,000 × 0.01 / (1 − 1.01^−5) = 1,030,198.998 → 1,030,000
            // #1 50,000 + 980,000; #2 40,000 + 990,000 (4,020,000 × 1% = 40,200); #3 30,000 + 1,000,000;
            // #4 20,000 + 1,010,000; #5 (last) 1,020,000 + 10,000
            // 10 Feb: 2,050,000 = #1 (1,030,000) + 1,020,000 prepaid: all of #5
            // #5: 0 → paid; #4: 1,010,000 → 10,100 → 10,000; #3: 2,010,000 → 20,000; #2: 3,000,000 → 30,000
            LoanTerms t = monthly(5_000_000, "0.01", 5, 0, ANNUITY, 1000);
            LoanState s = replay(t, "2025-02-10", pay(1, "2025-02-10", 2_050_000));
            assertEquals(List.of(vnd(980_000), vnd(990_000), vnd(1_000_000), vnd(1_010_000), vnd(1_020_000)),
                    s.instalments().stream().map(InstalmentState::principal).toList());
            assertEquals(List.of(vnd(50_000), vnd(30_000), vnd(20_000), vnd(10_000), vnd(0)),
                    s.instalments().stream().map(InstalmentState::interest).toList());
            assertEquals(PAID, instalment(s, 5).status());
        }

        @Test
        void atMaturityPrepaymentRecomputesOverTheWholeTerm() {
            // 4,000,000 at 1% for 10 months at maturity: one instalment, 400,000 interest, due 15 Nov 2025
            // 1 June: 1,000,000 prepaid → declining: 3,000,000 × 1% × 10 = 300,000; flat: stays 400,000
            LoanTerms declining = terms(4_000_000, "0.01", 10, 0, DECLINING_EQUAL_PRINCIPAL, AT_MATURITY, 1000, Loans.DISBURSED);
            LoanTerms flat = terms(4_000_000, "0.01", 10, 0, FLAT, AT_MATURITY, 1000, Loans.DISBURSED);
            assertEquals(vnd(300_000), instalment(replay(declining, "2025-06-01", pay(1, "2025-06-01", 1_000_000)), 1).interest());
            assertEquals(vnd(400_000), instalment(replay(flat, "2025-06-01", pay(1, "2025-06-01", 1_000_000)), 1).interest());
        }

        @Test
        void interestFreeLoanPrepayment() {
            LoanTerms t = monthly(2_500_000, "0", 6, 0, NO_INTEREST, 1000);
            // 417,000 due in February + 1,000,000 prepaid from #6 (415,000) and #5 (417,000) and #4 (168,000)
            LoanState s = replay(t, "2025-02-10", pay(1, "2025-02-10", 1_417_000));
            assertEquals(allocation(1, "2025-02-10", 1_417_000, 0, 0, 417_000, 1_000_000), s.allocations().get(0));
            assertEquals(vnd(168_000), instalment(s, 4).principalPaid());
            assertEquals(vnd(1_083_000), s.outstandingPrincipal());
        }
    }

    @Nested
    class Payoff {

        @Test
        void payingThePayoffClosesTheLoan() {
            // 5 Mar, after #1 was paid: payoff = 50,000 interest of #2 (due in March) + 5,000,000 principal
            Repayment first = pay(1, "2025-02-10", 1_060_000);
            assertEquals(vnd(5_050_000), replay(DECLINING, "2025-03-05", first).payoffAmount());
            LoanState s = replay(DECLINING, "2025-03-05", first, pay(2, "2025-03-05", 5_050_000));
            assertEquals(allocation(2, "2025-03-05", 5_050_000, 0, 50_000, 1_000_000, 4_000_000), s.allocations().get(1));
            assertTrue(s.fullyPaid());
            assertEquals(vnd(0), s.payoffAmount());
            assertEquals(vnd(0), s.outstandingPrincipal());
            assertTrue(s.instalments().stream().allMatch(i -> i.status() == PAID));
            assertEquals(vnd(110_000), s.interestPaid());
        }

        @Test
        void flatInterestAfterThePayoffMonthIsNotCharged() {
            // flat: payoff on 5 Mar = 60,000 interest of #2 + 5,000,000; #3–#6 owe no interest once nothing is lent
            Repayment first = pay(1, "2025-02-10", 1_060_000);
            LoanState s = replay(FLAT_6M, "2025-03-05", first, pay(2, "2025-03-05", 5_060_000));
            assertTrue(s.fullyPaid());
            assertEquals(List.of(vnd(60_000), vnd(60_000), vnd(0), vnd(0), vnd(0), vnd(0)),
                    s.instalments().stream().map(InstalmentState::interest).toList());
            assertEquals(day("2025-03-05"), instalment(s, 6).paidOn());
        }

        @Test
        void payoffIncludesPenaltiesAndOverdueAmounts() {
            // 20 Mar with a 20,000 fixed penalty: #1 and #2 overdue (2 × 20,000), interest 60,000 + 50,000,
            // principal 6,000,000 → payoff 6,150,000
            LoanTerms t = fixedPenalty(DECLINING, 20_000);
            LoanState s = replay(t, "2025-03-20");
            assertEquals(vnd(6_150_000), s.payoffAmount());
            LoanState paid = replay(t, "2025-03-20", pay(1, "2025-03-20", 6_150_000));
            assertTrue(paid.fullyPaid());
            assertEquals(allocation(1, "2025-03-20", 6_150_000, 40_000, 110_000, 2_000_000, 4_000_000),
                    paid.allocations().get(0));
        }

        @Test
        void atMaturityLoanRepaidBeforeItsDueMonthOwesNoInterest() {
            // the payoff rule counts only interest due in the payment's month or earlier: on 1 June the
            // 400,000 due 15 Nov is not due yet, so 4,000,000 closes the loan and the interest is not charged
            LoanTerms t = terms(4_000_000, "0.01", 10, 0, FLAT, AT_MATURITY, 1000, Loans.DISBURSED);
            assertEquals(vnd(4_000_000), replay(t, "2025-06-01").payoffAmount());
            LoanState s = replay(t, "2025-06-01", pay(1, "2025-06-01", 4_000_000));
            assertTrue(s.fullyPaid());
            assertEquals(vnd(0), instalment(s, 1).interest());
        }

        @Test
        void atMaturityLoanPaidInTheDueMonth() {
            // due 15 Nov: on 10 Nov the 400,000 interest is due now: payoff 4,400,000
            LoanTerms t = terms(4_000_000, "0.01", 10, 0, FLAT, AT_MATURITY, 1000, Loans.DISBURSED);
            assertEquals(vnd(4_400_000), replay(t, "2025-11-10").payoffAmount());
            LoanState s = replay(t, "2025-11-10", pay(1, "2025-11-10", 4_400_000));
            assertTrue(s.fullyPaid());
            assertEquals(allocation(1, "2025-11-10", 4_400_000, 0, 400_000, 4_000_000, 0), s.allocations().get(0));
        }
    }

    @Nested
    class Rules {

        @Test
        void overpaymentRefusedWithTheMaximum() {
            Repayment first = pay(1, "2025-02-10", 1_060_000);
            LoanRuleException e = assertThrows(LoanRuleException.class,
                    () -> replay(DECLINING, "2025-03-05", first, pay(2, "2025-03-05", 5_050_001)));
            assertEquals("overpayment", e.rule());
            assertArrayEquals(new Object[] {vnd(5_050_000)}, e.args());
        }

        @Test
        void repaymentBeforeDisbursementRefused() {
            LoanRuleException e = assertThrows(LoanRuleException.class,
                    () -> replay(DECLINING, "2025-02-01", pay(1, "2025-01-14", 100_000)));
            assertEquals("repayment-before-disbursement", e.rule());
            // on the disbursement day itself a repayment is a prepayment
            assertEquals(vnd(100_000), replay(DECLINING, "2025-01-15", pay(1, "2025-01-15", 100_000))
                    .allocations().get(0).prepaidPrincipal());
        }

        @Test
        void repaymentOfAPaidLoanRefused() {
            LoanRuleException e = assertThrows(LoanRuleException.class, () -> replay(DECLINING, "2025-03-01",
                    pay(1, "2025-02-10", 6_060_000), pay(2, "2025-02-20", 1_000)));
            assertEquals("loan-paid", e.rule());
            assertEquals(0, e.args().length);
        }

        @Test
        void deferralAndRescheduleOfAPaidLoanRefused() {
            Repayment all = pay(1, "2025-02-10", 6_060_000);
            assertEquals("loan-paid", assertThrows(LoanRuleException.class, () -> replay(DECLINING, "2025-03-01",
                    all, new Deferral(2, day("2025-02-20"), 2, false))).rule());
            assertEquals("loan-paid", assertThrows(LoanRuleException.class, () -> replay(DECLINING, "2025-03-01",
                    all, new Reschedule(2, day("2025-02-20"), 6))).rule());
            assertEquals("deferral-before-disbursement", assertThrows(LoanRuleException.class, () -> replay(DECLINING,
                    "2025-03-01", new Deferral(2, day("2025-01-01"), 2, false))).rule());
            assertEquals("reschedule-before-disbursement", assertThrows(LoanRuleException.class, () -> replay(DECLINING,
                    "2025-03-01", new Reschedule(2, day("2025-01-01"), 6))).rule());
        }

        @Test
        void programmingErrors() {
            assertThrows(IllegalArgumentException.class, () -> replay(DECLINING, "2025-03-01", pay(1, "2025-02-10", 0)));
            assertThrows(IllegalArgumentException.class, () -> replay(DECLINING, "2025-03-01", pay(1, "2025-02-10", -5)));
            assertThrows(IllegalArgumentException.class, () -> replay(DECLINING, "2025-03-01",
                    new Repayment(1, day("2025-02-10"), new java.math.BigDecimal("10.5"))));
            assertThrows(IllegalArgumentException.class, () -> replay(DECLINING, "2025-03-01",
                    new Deferral(1, day("2025-02-10"), 0, true)));
            assertThrows(IllegalArgumentException.class, () -> replay(DECLINING, "2025-03-01",
                    new Reschedule(1, day("2025-02-10"), 121)));
            assertThrows(IllegalArgumentException.class, () -> replay(DECLINING, "2025-01-14"));
            assertThrows(IllegalArgumentException.class, () -> LoanEngine.replay(DECLINING, null, day("2025-03-01")));
        }
    }

    @Nested
    class Reversal {

        @Test
        void replayingWithoutARepaymentRestoresPenaltiesAndAllocations() {
            LoanTerms t = fixedPenalty(DECLINING, 20_000);
            Repayment r1 = pay(1, "2025-02-10", 1_060_000);
            Repayment r2 = pay(2, "2025-03-10", 1_050_000);
            Repayment r3 = pay(3, "2025-04-10", 1_040_000);
            List<LoanEvent> recorded = new ArrayList<>(List.of(r1, r2, r3));
            LoanState withMistake = LoanEngine.replay(t, recorded, day("2025-04-20"));
            assertEquals(vnd(0), withMistake.penaltyDue());

            recorded.remove(r2); // r2 was entered by mistake
            LoanState reversed = LoanEngine.replay(t, recorded, day("2025-04-20"));
            // without r2, #2 is late on 16 Mar (20,000); r3 on 10 Apr pays 20,000 penalty + 50,000 interest
            // + 970,000 principal of #2; #3 (due 15 Apr) is then late too: another 20,000 on 16 Apr
            assertEquals(List.of(allocation(1, "2025-02-10", 1_060_000, 0, 60_000, 1_000_000, 0),
                    allocation(3, "2025-04-10", 1_040_000, 20_000, 50_000, 970_000, 0)), reversed.allocations());
            assertEquals(vnd(20_000), reversed.penaltyDue());
            assertEquals(vnd(4_030_000), reversed.outstandingPrincipal());

            // exactly the state of a book in which r2 never existed
            LoanState never = replay(t, "2025-04-20", pay(1, "2025-02-10", 1_060_000), pay(3, "2025-04-10", 1_040_000));
            assertEquals(never, reversed);
            assertNotEquals(withMistake, reversed);
            // and replaying the mistake again gives back the first state: nothing is remembered between replays
            assertEquals(withMistake, replay(t, "2025-04-20", r1, r2, r3));
        }

        @Test
        void reversingTheOnlyRepaymentGivesThePristineSchedule() {
            LoanTerms t = ratePenalty(DECLINING, "0.02");
            LoanState pristine = replay(t, "2025-02-12");
            List<Instalment> schedule = ScheduleCalculator.schedule(t);
            for (int k = 0; k < 6; k++) {
                InstalmentState i = pristine.instalments().get(k);
                assertEquals(schedule.get(k), new Instalment(i.number(), i.dueDate(), i.principal(), i.interest()));
                assertEquals(vnd(0), i.principalPaid().add(i.interestPaid()).add(i.penaltyPaid()));
            }
            LoanState paid = replay(t, "2025-02-12", pay(1, "2025-02-10", 3_060_000));
            assertNotEquals(pristine, paid);
            assertEquals(pristine, LoanEngine.replay(t, List.of(), day("2025-02-12")));
        }
    }

    @Nested
    class Deferrals {

        @Test
        void withoutInterestMovesUnpaidInstalmentsAndKeepsOriginalDates() {
            // #1 paid; on 1 Mar a flood: 3 months' relief. #2–#6 move 15 Mar → 15 Jun, …, 15 Jul → 15 Oct
            LoanState s = replay(DECLINING, "2025-03-31", pay(1, "2025-02-10", 1_060_000),
                    new Deferral(2, day("2025-03-01"), 3, false));
            assertEquals(List.of(day("2025-02-15"), day("2025-06-15"), day("2025-07-15"), day("2025-08-15"),
                    day("2025-09-15"), day("2025-10-15")), s.instalments().stream().map(InstalmentState::dueDate).toList());
            assertEquals(List.of(day("2025-02-15"), day("2025-03-15"), day("2025-04-15"), day("2025-05-15"),
                    day("2025-06-15"), day("2025-07-15")), s.instalments().stream().map(InstalmentState::originalDueDate).toList());
            assertEquals(List.of(vnd(60_000), vnd(50_000), vnd(40_000), vnd(30_000), vnd(20_000), vnd(10_000)),
                    s.instalments().stream().map(InstalmentState::interest).toList());
            assertEquals(FUTURE, instalment(s, 2).status());
            assertEquals(vnd(5_000_000), s.payoffAmount());
        }

        @Test
        void withInterestAddsItToTheFirstShiftedInstalment() {
            // extra = outstanding 5,000,000 × 1% × 3 months = 150,000 → #2 interest 50,000 + 150,000 = 200,000
            LoanState s = replay(DECLINING, "2025-03-31", pay(1, "2025-02-10", 1_060_000),
                    new Deferral(2, day("2025-03-01"), 3, true));
            assertEquals(List.of(vnd(60_000), vnd(200_000), vnd(40_000), vnd(30_000), vnd(20_000), vnd(10_000)),
                    s.instalments().stream().map(InstalmentState::interest).toList());
        }

        @Test
        void deferralInterestSurvivesALaterPrepayment() {
            // after the deferral #2 falls due 15 Jun. 10 Apr: 1,000,000 prepaid on #6.
            // #2 = 4,000,000 (owed on #2–#6) × 1% = 40,000 + 150,000 deferral interest = 190,000
            LoanState s = replay(DECLINING, "2025-04-10", pay(1, "2025-02-10", 1_060_000),
                    new Deferral(2, day("2025-03-01"), 3, true), pay(3, "2025-04-10", 1_000_000));
            assertEquals(vnd(190_000), instalment(s, 2).interest());
            assertEquals(PAID, instalment(s, 6).status());
        }

        @Test
        void overdueInstalmentKeepsItsPenaltyAndIsNoLongerOverdue() {
            // #1 unpaid: 20,000 charged on 16 Feb; deferral on 20 Feb by 2 months: #1 now due 15 Apr
            LoanState s = replay(fixedPenalty(DECLINING, 20_000), "2025-03-01",
                    new Deferral(1, day("2025-02-20"), 2, false));
            assertEquals(day("2025-04-15"), instalment(s, 1).dueDate());
            assertEquals(day("2025-02-15"), instalment(s, 1).originalDueDate());
            assertEquals(vnd(20_000), s.penaltyDue());
            assertEquals(0, s.daysPastDue());
            // late again after its new due date: the fixed penalty is not charged a second time
            // (#2 moved too, to 15 May, and is not late yet)
            LoanState lateAgain = replay(fixedPenalty(DECLINING, 20_000), "2025-04-20",
                    new Deferral(1, day("2025-02-20"), 2, false));
            assertEquals(OVERDUE, instalment(lateAgain, 1).status());
            assertEquals(vnd(20_000), lateAgain.penaltyDue());
        }

        @Test
        void ratePenaltyMarksRestartFromTheNewDueDate() {
            // #1 due 15 Feb, unpaid; deferral on 1 Mar by 1 month → 15 Mar. New marks: 14 Apr, 14 May
            // (no mark is charged for the old 17 Mar mark). On 15 Apr: 2% × 1,000,000 = 20,000 for #1 only
            // (#2 moved to 15 Apr, not yet late)
            LoanState s = replay(ratePenalty(DECLINING, "0.02"), "2025-04-15",
                    new Deferral(1, day("2025-03-01"), 1, false));
            assertEquals(vnd(20_000), instalment(s, 1).penaltyCharged());
            assertEquals(vnd(0), instalment(s, 2).penaltyCharged());
            assertEquals(vnd(20_000), s.penaltyDue());
        }

        @Test
        void interestFreeLoanDefersWithoutInterest() {
            LoanTerms t = monthly(2_500_000, "0.01", 6, 0, NO_INTEREST, 1000);
            LoanState s = replay(t, "2025-03-01", new Deferral(1, day("2025-03-01"), 2, true));
            assertTrue(s.instalments().stream().allMatch(i -> i.interest().signum() == 0));
            assertEquals(day("2025-04-15"), instalment(s, 1).dueDate()); // #1 was overdue: 15 Feb + 2 months
        }
    }

    @Nested
    class Reschedules {

        @Test
        void arrearsAndANewSchedule() {
            // #1 paid on time; #2 (due 15 Mar) unpaid: 20,000 penalty on 16 Mar. Reschedule on 1 Apr over 4 months:
            // arrears #2 due 1 Apr: interest 50,000 (#2, due before 1 Apr), penalty 20,000, principal 0;
            // #3–#6 interest (not due yet) is replaced; principal 5,000,000 / 4 = 1,250,000 due 1 May … 1 Aug;
            // interest 5,000,000 → 50,000; 3,750,000 → 37,500 → 38,000; 2,500,000 → 25,000; 1,250,000 → 12,500 → 13,000
            LoanTerms t = fixedPenalty(DECLINING, 20_000);
            Repayment first = pay(1, "2025-02-10", 1_060_000);
            Reschedule reschedule = new Reschedule(2, day("2025-04-01"), 4);
            LoanState s = replay(t, "2025-04-01", first, reschedule);
            assertEquals(6, s.instalments().size());
            assertEquals(PAID, instalment(s, 1).status());
            InstalmentState arrears = instalment(s, 2);
            assertEquals(day("2025-04-01"), arrears.dueDate());
            assertEquals(vnd(0), arrears.principal());
            assertEquals(vnd(50_000), arrears.interest());
            assertEquals(vnd(20_000), arrears.penaltyCharged());
            assertEquals(DUE, arrears.status());
            assertEquals(List.of(day("2025-05-01"), day("2025-06-01"), day("2025-07-01"), day("2025-08-01")),
                    s.instalments().subList(2, 6).stream().map(InstalmentState::dueDate).toList());
            assertEquals(List.of(vnd(1_250_000), vnd(1_250_000), vnd(1_250_000), vnd(1_250_000)),
                    s.instalments().subList(2, 6).stream().map(InstalmentState::principal).toList());
            assertEquals(List.of(vnd(50_000), vnd(38_000), vnd(25_000), vnd(13_000)),
                    s.instalments().subList(2, 6).stream().map(InstalmentState::interest).toList());
            // payoff on 1 Apr = 20,000 + 50,000 arrears + 5,000,000 principal
            assertEquals(vnd(5_070_000), s.payoffAmount());

            // the arrears are paid penalty first; no second fixed penalty is charged on them
            LoanState later = replay(t, "2025-04-20", first, reschedule, pay(3, "2025-04-01", 70_000));
            assertEquals(allocation(3, "2025-04-01", 70_000, 20_000, 50_000, 0, 0), later.allocations().get(1));
            assertEquals(PAID, instalment(later, 2).status());
            assertEquals(vnd(0), later.penaltyDue());
            assertEquals(0, later.daysPastDue());
        }

        @Test
        void partlyPaidInstalmentKeepsWhatWasPaid() {
            // #2 late (20,000 penalty); 20 Mar: 300,000 = 20,000 penalty + 50,000 interest + 230,000 principal
            // reschedule on 1 Apr over 3 months: #2 closes at 230,000 principal; no arrears are left;
            // 770,000 + 4,000,000 = 4,770,000 / 3 = 1,590,000 due 1 May, 1 Jun, 1 Jul, numbered 3–5;
            // interest 4,770,000 → 47,700 → 48,000; 3,180,000 → 31,800 → 32,000; 1,590,000 → 15,900 → 16,000
            LoanState s = replay(fixedPenalty(DECLINING, 20_000), "2025-04-01", pay(1, "2025-02-10", 1_060_000),
                    pay(2, "2025-03-20", 300_000), new Reschedule(3, day("2025-04-01"), 3));
            assertEquals(List.of(1, 2, 3, 4, 5), s.instalments().stream().map(InstalmentState::number).toList());
            InstalmentState second = instalment(s, 2);
            assertEquals(PAID, second.status());
            assertEquals(vnd(230_000), second.principal());
            assertEquals(vnd(50_000), second.interest());
            assertEquals(day("2025-03-20"), second.paidOn());
            assertEquals(List.of(vnd(1_590_000), vnd(1_590_000), vnd(1_590_000)),
                    s.instalments().subList(2, 5).stream().map(InstalmentState::principal).toList());
            assertEquals(List.of(vnd(48_000), vnd(32_000), vnd(16_000)),
                    s.instalments().subList(2, 5).stream().map(InstalmentState::interest).toList());
            assertEquals(vnd(6_000_000), s.instalments().stream().map(InstalmentState::principal)
                    .reduce(vnd(0), java.math.BigDecimal::add));
            assertEquals(vnd(4_770_000), s.outstandingPrincipal());
        }

        @Test
        void atMaturityLoanRescheduledToANewMaturity() {
            // 4,000,000 at 1%, 10 months at maturity (due 15 Nov 2025). Reschedule on 15 Nov over 6 more months:
            // nothing was due before 15 Nov, so no arrears; one instalment due 15 May 2026,
            // interest = 4,000,000 × 1% × 6 = 240,000 (the 400,000 of the first term is replaced)
            LoanTerms t = terms(4_000_000, "0.01", 10, 0, FLAT, AT_MATURITY, 1000, Loans.DISBURSED);
            LoanState s = replay(t, "2025-11-15", new Reschedule(1, day("2025-11-15"), 6));
            assertEquals(List.of(new InstalmentState(1, day("2026-05-15"), day("2026-05-15"), vnd(4_000_000),
                    vnd(240_000), vnd(0), vnd(0), vnd(0), vnd(0), null, FUTURE)), s.instalments());
        }

        @Test
        void rescheduledFlatLoanIsFlatOnTheRescheduledAmount() {
            // flat, #1 paid; reschedule 1 Mar over 2 months: 5,000,000 / 2 = 2,500,000, interest 5,000,000 × 1% = 50,000
            LoanState s = replay(FLAT_6M, "2025-03-01", pay(1, "2025-02-10", 1_060_000),
                    new Reschedule(2, day("2025-03-01"), 2));
            assertEquals(3, s.instalments().size());
            assertEquals(new InstalmentState(2, day("2025-04-01"), day("2025-04-01"), vnd(2_500_000), vnd(50_000),
                    vnd(0), vnd(0), vnd(0), vnd(0), null, FUTURE), instalment(s, 2));
        }
    }

    @Nested
    class States {

        @Test
        void everyStatusAtOnce() {
            // asOf 10 Apr: #1 paid; #2 partly paid on 20 Mar and overdue; #3 due 15 Apr (DUE); #4–#6 FUTURE
            LoanState s = replay(DECLINING, "2025-04-10", pay(1, "2025-02-10", 1_060_000), pay(2, "2025-03-20", 550_000));
            assertEquals(List.of(PAID, OVERDUE, DUE, FUTURE, FUTURE, FUTURE),
                    s.instalments().stream().map(InstalmentState::status).toList());
            // #2: 50,000 interest + 500,000 principal paid, 500,000 overdue since 15 Mar
            assertEquals(vnd(500_000), s.overduePrincipal());
            assertEquals(26, s.daysPastDue());
            LoanState partial = replay(DECLINING, "2025-04-10", pay(1, "2025-02-10", 1_060_000),
                    pay(2, "2025-03-20", 1_050_000), pay(3, "2025-04-05", 500_000));
            assertEquals(PARTIAL, instalment(partial, 3).status());
        }

        @Test
        void graceInstalmentOfAnInterestFreeLoanOwesNothing() {
            LoanState s = replay(monthly(2_500_000, "0", 6, 2, NO_INTEREST, 1000), "2025-05-01");
            assertEquals(PAID, instalment(s, 1).status());
            assertNull(instalment(s, 1).paidOn());
            assertEquals(OVERDUE, instalment(s, 3).status());
            assertEquals(16, s.daysPastDue()); // #3 due 15 Apr: 15 days to 30 Apr + 1
            assertFalse(s.fullyPaid());
        }
    }
}
