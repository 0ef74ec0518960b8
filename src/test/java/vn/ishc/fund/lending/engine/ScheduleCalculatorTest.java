package vn.ishc.fund.lending.engine;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.ishc.fund.lending.engine.InterestMethod.ANNUITY;
import static vn.ishc.fund.lending.engine.InterestMethod.BULLET;
import static vn.ishc.fund.lending.engine.InterestMethod.DECLINING_EQUAL_PRINCIPAL;
import static vn.ishc.fund.lending.engine.InterestMethod.FLAT;
import static vn.ishc.fund.lending.engine.InterestMethod.NO_INTEREST;
import static vn.ishc.fund.lending.engine.Loans.assertSchedule;
import static vn.ishc.fund.lending.engine.Loans.day;
import static vn.ishc.fund.lending.engine.Loans.monthly;
import static vn.ishc.fund.lending.engine.Loans.row;
import static vn.ishc.fund.lending.engine.Loans.terms;
import static vn.ishc.fund.lending.engine.Loans.vnd;
import static vn.ishc.fund.lending.engine.RepaymentFrequency.AT_MATURITY;
import static vn.ishc.fund.lending.engine.RepaymentFrequency.MONTHLY;

/** Worked schedules; every loan is disbursed 15 January 2025 unless said otherwise. */
class ScheduleCalculatorTest {

    @Nested
    class Flat {

        @Test
        void unevenAmountRoundedToThousands() {
            // interest = 3,000,000 × 0.01 = 30,000 every month
            // principal = 3,000,000 / 7 = 428,571.43 → 429,000; last = 3,000,000 − 6 × 429,000 = 426,000
            assertSchedule(ScheduleCalculator.schedule(monthly(3_000_000, "0.01", 7, 0, FLAT, 1000)),
                    row(1, "2025-02-15", 429_000, 30_000),
                    row(2, "2025-03-15", 429_000, 30_000),
                    row(3, "2025-04-15", 429_000, 30_000),
                    row(4, "2025-05-15", 429_000, 30_000),
                    row(5, "2025-06-15", 429_000, 30_000),
                    row(6, "2025-07-15", 429_000, 30_000),
                    row(7, "2025-08-15", 426_000, 30_000));
        }

        @Test
        void unevenAmountRoundedToDong() {
            // principal = 3,000,000 / 7 = 428,571.43 → 428,571; last = 3,000,000 − 6 × 428,571 = 428,574
            List<Instalment> s = ScheduleCalculator.schedule(monthly(3_000_000, "0.01", 7, 0, FLAT, 1));
            for (int k = 0; k < 6; k++) {
                assertEquals(row(k + 1, "2025-01-15", 428_571, 30_000).principal(), s.get(k).principal());
            }
            assertEquals(row(7, "2025-08-15", 428_574, 30_000), s.get(6));
        }

        @Test
        void graceMonthsCarryInterestOnly() {
            // interest = 5,000,000 × 0.008 = 40,000 every month, grace included
            // m = 12 − 2 = 10; principal = 5,000,000 / 10 = 500,000 in instalments 3..12
            List<Instalment> s = ScheduleCalculator.schedule(monthly(5_000_000, "0.008", 12, 2, FLAT, 1000));
            assertEquals(row(1, "2025-02-15", 0, 40_000), s.get(0));
            assertEquals(row(2, "2025-03-15", 0, 40_000), s.get(1));
            for (int k = 2; k < 12; k++) {
                assertEquals(vnd(500_000), s.get(k).principal());
                assertEquals(vnd(40_000), s.get(k).interest());
            }
            assertEquals(day("2026-01-15"), s.get(11).dueDate());
        }

        @Test
        void halfRoundsUp() {
            // interest = 1,050,000 × 0.01 = 10,500 → 11,000 (HALF_UP; HALF_EVEN would give 10,000)
            // principal = 1,050,000 / 2 = 525,000 (a whole number of thousands: nothing to round)
            assertSchedule(ScheduleCalculator.schedule(monthly(1_050_000, "0.01", 2, 0, FLAT, 1000)),
                    row(1, "2025-02-15", 525_000, 11_000),
                    row(2, "2025-03-15", 525_000, 11_000));
        }

        @Test
        void zeroRateMeansNoInterest() {
            // interest = 1,000,000 × 0 = 0; principal = 1,000,000 / 4 = 250,000
            assertSchedule(ScheduleCalculator.schedule(monthly(1_000_000, "0", 4, 0, FLAT, 1000)),
                    row(1, "2025-02-15", 250_000, 0),
                    row(2, "2025-03-15", 250_000, 0),
                    row(3, "2025-04-15", 250_000, 0),
                    row(4, "2025-05-15", 250_000, 0));
        }
    }

    @Nested
    class Declining {

        @Test
        void evenAmount() {
            // principal = 6,000,000 / 6 = 1,000,000; interest = outstanding × 0.01:
            // 6,000,000 → 60,000; 5,000,000 → 50,000; … 1,000,000 → 10,000
            assertSchedule(ScheduleCalculator.schedule(monthly(6_000_000, "0.01", 6, 0, DECLINING_EQUAL_PRINCIPAL, 1000)),
                    row(1, "2025-02-15", 1_000_000, 60_000),
                    row(2, "2025-03-15", 1_000_000, 50_000),
                    row(3, "2025-04-15", 1_000_000, 40_000),
                    row(4, "2025-05-15", 1_000_000, 30_000),
                    row(5, "2025-06-15", 1_000_000, 20_000),
                    row(6, "2025-07-15", 1_000_000, 10_000));
        }

        @Test
        void unevenAmountRoundedToThousands() {
            // principal = 2,500,000 / 7 = 357,142.86 → 357,000; last = 2,500,000 − 6 × 357,000 = 358,000
            // interest = outstanding × 0.007 rounded to 1,000:
            // 2,500,000 → 17,500 → 18,000 (half up); 2,143,000 → 15,001 → 15,000; 1,786,000 → 12,502 → 13,000;
            // 1,429,000 → 10,003 → 10,000; 1,072,000 → 7,504 → 8,000; 715,000 → 5,005 → 5,000; 358,000 → 2,506 → 3,000
            assertSchedule(ScheduleCalculator.schedule(monthly(2_500_000, "0.007", 7, 0, DECLINING_EQUAL_PRINCIPAL, 1000)),
                    row(1, "2025-02-15", 357_000, 18_000),
                    row(2, "2025-03-15", 357_000, 15_000),
                    row(3, "2025-04-15", 357_000, 13_000),
                    row(4, "2025-05-15", 357_000, 10_000),
                    row(5, "2025-06-15", 357_000, 8_000),
                    row(6, "2025-07-15", 357_000, 5_000),
                    row(7, "2025-08-15", 358_000, 3_000));
        }

        @Test
        void unevenAmountRoundedToDong() {
            // principal = 2,500,000 / 7 = 357,142.857 → 357,143; last = 2,500,000 − 6 × 357,143 = 357,142
            // interest: 2,500,000 × 0.007 = 17,500; 2,142,857 × 0.007 = 14,999.999 → 15,000;
            // 1,785,714 → 12,499.998 → 12,500; 1,428,571 → 9,999.997 → 10,000; 1,071,428 → 7,499.996 → 7,500;
            // 714,285 → 4,999.995 → 5,000; 357,142 → 2,499.994 → 2,500
            assertSchedule(ScheduleCalculator.schedule(monthly(2_500_000, "0.007", 7, 0, DECLINING_EQUAL_PRINCIPAL, 1)),
                    row(1, "2025-02-15", 357_143, 17_500),
                    row(2, "2025-03-15", 357_143, 15_000),
                    row(3, "2025-04-15", 357_143, 12_500),
                    row(4, "2025-05-15", 357_143, 10_000),
                    row(5, "2025-06-15", 357_143, 7_500),
                    row(6, "2025-07-15", 357_143, 5_000),
                    row(7, "2025-08-15", 357_142, 2_500));
        }

        @Test
        void withGrace() {
            // instalments 1–2: interest only, 4,000,000 × 0.01 = 40,000
            // m = 6 − 2 = 4: principal 4,000,000 / 4 = 1,000,000; interest on 4,000,000, 3,000,000, 2,000,000, 1,000,000
            assertSchedule(ScheduleCalculator.schedule(monthly(4_000_000, "0.01", 6, 2, DECLINING_EQUAL_PRINCIPAL, 1000)),
                    row(1, "2025-02-15", 0, 40_000),
                    row(2, "2025-03-15", 0, 40_000),
                    row(3, "2025-04-15", 1_000_000, 40_000),
                    row(4, "2025-05-15", 1_000_000, 30_000),
                    row(5, "2025-06-15", 1_000_000, 20_000),
                    row(6, "2025-07-15", 1_000_000, 10_000));
        }

        @Test
        void singleInstalment() {
            // n = 1: principal 1,000,000, interest 1,000,000 × 0.01 = 10,000
            assertSchedule(ScheduleCalculator.schedule(monthly(1_000_000, "0.01", 1, 0, DECLINING_EQUAL_PRINCIPAL, 1)),
                    row(1, "2025-02-15", 1_000_000, 10_000));
        }
    }

    @Nested
    class Annuity {

        @Test
        void twelveMonthsRoundedToThousands() {
            // instalment = 10,000,000 × 0.01 / (1 − 1.01^−12) = 888,487.89 → 888,000
            // k: outstanding → interest = outstanding × 0.01 rounded, principal = 888,000 − interest
            // 1: 10,000,000 → 100,000, 788,000;  2: 9,212,000 → 92,000 (92,120), 796,000
            // 3: 8,416,000 → 84,000 (84,160), 804,000;  4: 7,612,000 → 76,000, 812,000
            // 5: 6,800,000 → 68,000, 820,000;  6: 5,980,000 → 60,000 (59,800), 828,000
            // 7: 5,152,000 → 52,000 (51,520), 836,000;  8: 4,316,000 → 43,000 (43,160), 845,000
            // 9: 3,471,000 → 35,000 (34,710), 853,000;  10: 2,618,000 → 26,000 (26,180), 862,000
            // 11: 1,756,000 → 18,000 (17,560), 870,000
            // 12 (last): outstanding 886,000 is the principal, interest 8,860 → 9,000
            assertSchedule(ScheduleCalculator.schedule(monthly(10_000_000, "0.01", 12, 0, ANNUITY, 1000)),
                    row(1, "2025-02-15", 788_000, 100_000),
                    row(2, "2025-03-15", 796_000, 92_000),
                    row(3, "2025-04-15", 804_000, 84_000),
                    row(4, "2025-05-15", 812_000, 76_000),
                    row(5, "2025-06-15", 820_000, 68_000),
                    row(6, "2025-07-15", 828_000, 60_000),
                    row(7, "2025-08-15", 836_000, 52_000),
                    row(8, "2025-09-15", 845_000, 43_000),
                    row(9, "2025-10-15", 853_000, 35_000),
                    row(10, "2025-11-15", 862_000, 26_000),
                    row(11, "2025-12-15", 870_000, 18_000),
                    row(12, "2026-01-15", 886_000, 9_000));
        }

        @Test
        void twelveMonthsRoundedToDong() {
            // instalment = 888,487.89 → 888,488
            // 1: 10,000,000 → interest 100,000, principal 788,488
            // 2: 9,211,512 → 92,115.12 → 92,115, principal 796,373
            // …
            // 12 (last): outstanding 879,688 → interest 8,796.88 → 8,797
            List<Instalment> s = ScheduleCalculator.schedule(monthly(10_000_000, "0.01", 12, 0, ANNUITY, 1));
            assertEquals(row(1, "2025-02-15", 788_488, 100_000), s.get(0));
            assertEquals(row(2, "2025-03-15", 796_373, 92_115), s.get(1));
            for (int k = 0; k < 11; k++) {
                assertEquals(vnd(888_488), s.get(k).total(), "instalment " + (k + 1));
            }
            assertEquals(row(12, "2026-01-15", 879_688, 8_797), s.get(11));
        }

        @Test
        void graceThenEqualInstalments() {
            // instalment 1 (grace): 5,000,000 × 0.01 = 50,000, no principal
            // m = 5: instalment = 5,000,000 × 0.01 / (1 − 1.01^−5) = 1,030,198.998 → 1,030,000
            // 2: 5,000,000 → 50,000, 980,000;  3: 4,020,000 → 40,200 → 40,000, 990,000
            // 4: 3,030,000 → 30,300 → 30,000, 1,000,000;  5: 2,030,000 → 20,300 → 20,000, 1,010,000
            // 6 (last): 1,020,000 → 10,200 → 10,000
            assertSchedule(ScheduleCalculator.schedule(monthly(5_000_000, "0.01", 6, 1, ANNUITY, 1000)),
                    row(1, "2025-02-15", 0, 50_000),
                    row(2, "2025-03-15", 980_000, 50_000),
                    row(3, "2025-04-15", 990_000, 40_000),
                    row(4, "2025-05-15", 1_000_000, 30_000),
                    row(5, "2025-06-15", 1_010_000, 20_000),
                    row(6, "2025-07-15", 1_020_000, 10_000));
        }

        @Test
        void zeroRateIsEqualPrincipal() {
            // r = 0: instalment = 1,000,000 / 3 = 333,333.33 → 333,000; last = 1,000,000 − 666,000 = 334,000
            assertSchedule(ScheduleCalculator.schedule(monthly(1_000_000, "0", 3, 0, ANNUITY, 1000)),
                    row(1, "2025-02-15", 333_000, 0),
                    row(2, "2025-03-15", 333_000, 0),
                    row(3, "2025-04-15", 334_000, 0));
        }

        @Test
        void singleInstalment() {
            // n = 1: instalment = 1,000,000 × 0.01 × 1.01 / 0.01 = 1,010,000; the last clears 1,000,000 + 10,000
            assertSchedule(ScheduleCalculator.schedule(monthly(1_000_000, "0.01", 1, 0, ANNUITY, 1)),
                    row(1, "2025-02-15", 1_000_000, 10_000));
        }
    }

    @Nested
    class Bullet {

        @Test
        void interestMonthlyPrincipalAtTheEnd() {
            // interest = 3,000,000 × 0.015 = 45,000 every month; principal 3,000,000 in instalment 6
            assertSchedule(ScheduleCalculator.schedule(monthly(3_000_000, "0.015", 6, 0, BULLET, 1000)),
                    row(1, "2025-02-15", 0, 45_000),
                    row(2, "2025-03-15", 0, 45_000),
                    row(3, "2025-04-15", 0, 45_000),
                    row(4, "2025-05-15", 0, 45_000),
                    row(5, "2025-06-15", 0, 45_000),
                    row(6, "2025-07-15", 3_000_000, 45_000));
        }

        @Test
        void roundedInterest() {
            // interest = 2,345,678 × 0.0125 = 29,320.975 → 29,000 (unit 1,000) or 29,321 (unit 1)
            assertEquals(vnd(29_000),
                    ScheduleCalculator.schedule(monthly(2_345_678, "0.0125", 3, 0, BULLET, 1000)).get(0).interest());
            assertEquals(row(3, "2025-04-15", 2_345_678, 29_321),
                    ScheduleCalculator.schedule(monthly(2_345_678, "0.0125", 3, 0, BULLET, 1)).get(2));
        }
    }

    @Nested
    class NoInterest {

        @Test
        void principalOnlyRateIgnored() {
            // principal = 2,500,000 / 6 = 416,666.67 → 417,000; last = 2,500,000 − 5 × 417,000 = 415,000
            // the rate 0.01 is ignored: interest 0
            assertSchedule(ScheduleCalculator.schedule(monthly(2_500_000, "0.01", 6, 0, NO_INTEREST, 1000)),
                    row(1, "2025-02-15", 417_000, 0),
                    row(2, "2025-03-15", 417_000, 0),
                    row(3, "2025-04-15", 417_000, 0),
                    row(4, "2025-05-15", 417_000, 0),
                    row(5, "2025-06-15", 417_000, 0),
                    row(6, "2025-07-15", 415_000, 0));
        }

        @Test
        void withGrace() {
            // grace instalments owe nothing; m = 4: 2,500,000 / 4 = 625,000
            assertSchedule(ScheduleCalculator.schedule(monthly(2_500_000, "0", 6, 2, NO_INTEREST, 1000)),
                    row(1, "2025-02-15", 0, 0),
                    row(2, "2025-03-15", 0, 0),
                    row(3, "2025-04-15", 625_000, 0),
                    row(4, "2025-05-15", 625_000, 0),
                    row(5, "2025-06-15", 625_000, 0),
                    row(6, "2025-07-15", 625_000, 0));
        }
    }

    @Nested
    class AtMaturity {

        @Test
        void oneInstalmentWithAllInterest() {
            // due 15 January + 10 months; interest = 4,000,000 × 0.01 × 10 = 400,000; grace (3) ignored
            for (InterestMethod method : List.of(FLAT, DECLINING_EQUAL_PRINCIPAL, ANNUITY, BULLET)) {
                assertSchedule(ScheduleCalculator.schedule(
                                terms(4_000_000, "0.01", 10, 3, method, AT_MATURITY, 1000, Loans.DISBURSED)),
                        row(1, "2025-11-15", 4_000_000, 400_000));
            }
        }

        @Test
        void roundedInterestBothUnits() {
            // interest = 2,345,678 × 0.0075 × 7 = 123,148.095 → 123,000 (unit 1,000) or 123,148 (unit 1)
            assertSchedule(ScheduleCalculator.schedule(
                            terms(2_345_678, "0.0075", 7, 0, FLAT, AT_MATURITY, 1000, Loans.DISBURSED)),
                    row(1, "2025-08-15", 2_345_678, 123_000));
            assertSchedule(ScheduleCalculator.schedule(
                            terms(2_345_678, "0.0075", 7, 0, DECLINING_EQUAL_PRINCIPAL, AT_MATURITY, 1, Loans.DISBURSED)),
                    row(1, "2025-08-15", 2_345_678, 123_148));
        }

        @Test
        void noInterestMethodOwesNoInterest() {
            assertSchedule(ScheduleCalculator.schedule(
                            terms(4_000_000, "0.01", 10, 0, NO_INTEREST, AT_MATURITY, 1000, Loans.DISBURSED)),
                    row(1, "2025-11-15", 4_000_000, 0));
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void amountSmallerThanTermTimesUnit() {
            // 5,000 / 12 = 416.67, which is 0.42 thousand → 0; the last instalment takes all 5,000
            // interest = 5,000 × 0.01 = 50 → 0 thousand
            List<Instalment> s = ScheduleCalculator.schedule(monthly(5_000, "0.01", 12, 0, FLAT, 1000));
            for (int k = 0; k < 11; k++) {
                assertEquals(row(k + 1, s.get(k).dueDate().toString(), 0, 0), s.get(k));
            }
            assertEquals(row(12, "2026-01-15", 5_000, 0), s.get(11));
        }

        @Test
        void roundingUpNeverSchedulesMoreThanTheAmount() {
            // 2,600 / 4 = 650 → 1,000 (0.65 thousand rounds up), but 3 × 1,000 = 3,000 ≥ 2,600 would leave the
            // last instalment −400: the share is rounded down instead, 0.65 thousand → 0; last = 2,600
            assertSchedule(ScheduleCalculator.schedule(monthly(2_600, "0.01", 4, 0, FLAT, 1000)),
                    row(1, "2025-02-15", 0, 0),
                    row(2, "2025-03-15", 0, 0),
                    row(3, "2025-04-15", 0, 0),
                    row(4, "2025-05-15", 2_600, 0));
            // 100,000 / 18 = 5,555.56 → 6,000, and 17 × 6,000 = 102,000 ≥ 100,000: share 5,000 instead;
            // last = 100,000 − 17 × 5,000 = 15,000; flat interest 100,000 × 0.005 = 500 → 1,000 (half up)
            List<Instalment> s = ScheduleCalculator.schedule(monthly(100_000, "0.005", 18, 0, FLAT, 1000));
            assertEquals(row(1, "2025-02-15", 5_000, 1_000), s.get(0));
            assertEquals(row(18, "2026-07-15", 15_000, 1_000), s.get(17));
        }

        @Test
        void exactlyNothingLeftAlsoRoundsDown() {
            // 3,000 / 4 = 750 → 1,000 and 3 × 1,000 = 3,000 would leave 0 for the last: 750 → 0 instead, last 3,000
            assertSchedule(ScheduleCalculator.schedule(monthly(3_000, "0", 4, 0, DECLINING_EQUAL_PRINCIPAL, 1000)),
                    row(1, "2025-02-15", 0, 0),
                    row(2, "2025-03-15", 0, 0),
                    row(3, "2025-04-15", 0, 0),
                    row(4, "2025-05-15", 3_000, 0));
            // 3,400 / 4 = 850 → 1,000 and 3,000 < 3,400: kept, last = 400
            assertEquals(vnd(400), ScheduleCalculator.schedule(monthly(3_400, "0", 4, 0, NO_INTEREST, 1000)).get(3).principal());
        }

        @Test
        void annuityRoundingUpIsCappedToo() {
            // r = 0: instalment = 3,000 / 5 = 600 → 1,000; after three instalments nothing is left, so the
            // principal is capped at the outstanding (0) and the interest on nothing is 0
            assertSchedule(ScheduleCalculator.schedule(monthly(3_000, "0", 5, 0, ANNUITY, 1000)),
                    row(1, "2025-02-15", 1_000, 0),
                    row(2, "2025-03-15", 1_000, 0),
                    row(3, "2025-04-15", 1_000, 0),
                    row(4, "2025-05-15", 0, 0),
                    row(5, "2025-06-15", 0, 0));
        }

        @Test
        void disbursedOnThirtyFirstOfJanuaryInALeapYear() {
            // 31 Jan 2024 + k months, each from the disbursement date: 29 Feb, 31 Mar, 30 Apr, 31 May
            List<Instalment> s = ScheduleCalculator.schedule(
                    terms(4_000_000, "0", 4, 0, NO_INTEREST, MONTHLY, 1000, day("2024-01-31")));
            assertEquals(List.of(day("2024-02-29"), day("2024-03-31"), day("2024-04-30"), day("2024-05-31")),
                    s.stream().map(Instalment::dueDate).toList());
        }

        @Test
        void disbursedOnThirtyFirstOfJanuaryInACommonYear() {
            // 31 Jan 2025 → 28 Feb, then 31 Mar (not 28 Mar: never computed from the previous due date)
            List<Instalment> s = ScheduleCalculator.schedule(
                    terms(3_000_000, "0", 3, 0, NO_INTEREST, MONTHLY, 1000, day("2025-01-31")));
            assertEquals(List.of(day("2025-02-28"), day("2025-03-31"), day("2025-04-30")),
                    s.stream().map(Instalment::dueDate).toList());
        }

        @Test
        void disbursedOnThirtyFirstOfMarch() {
            // 31 Mar → 30 Apr, 31 May, 30 Jun; at maturity after 11 months → 29 Feb 2024
            List<Instalment> s = ScheduleCalculator.schedule(
                    terms(3_000_000, "0", 3, 0, NO_INTEREST, MONTHLY, 1000, day("2023-03-31")));
            assertEquals(List.of(day("2023-04-30"), day("2023-05-31"), day("2023-06-30")),
                    s.stream().map(Instalment::dueDate).toList());
            assertEquals(day("2024-02-29"), ScheduleCalculator.schedule(
                    terms(3_000_000, "0", 11, 0, FLAT, AT_MATURITY, 1000, day("2023-03-31"))).get(0).dueDate());
        }

        @Test
        void longestTerm() {
            // 120 instalments; 12,000,000 / 120 = 100,000; the last falls due 10 years later
            List<Instalment> s = ScheduleCalculator.schedule(monthly(12_000_000, "0.005", 120, 0, DECLINING_EQUAL_PRINCIPAL, 1));
            assertEquals(120, s.size());
            assertEquals(row(120, "2035-01-15", 100_000, 500), s.get(119));
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsInvalidTerms() {
            assertInvalid(() -> monthly(0, "0.01", 6, 0, FLAT, 1000));
            assertInvalid(() -> monthly(-1_000_000, "0.01", 6, 0, FLAT, 1000));
            assertInvalid(() -> new LoanTerms(new BigDecimal("1000000.5"), new BigDecimal("0.01"), 6, 0, FLAT,
                    MONTHLY, vnd(1), PenaltyKind.NONE, null, null, Loans.DISBURSED));
            assertInvalid(() -> monthly(1_000_000, "0.01", 0, 0, FLAT, 1000));
            assertInvalid(() -> monthly(1_000_000, "0.01", -3, 0, FLAT, 1000));
            assertInvalid(() -> monthly(1_000_000, "0.01", 121, 0, FLAT, 1000));
            assertInvalid(() -> monthly(1_000_000, "0.01", 6, 6, FLAT, 1000));
            assertInvalid(() -> monthly(1_000_000, "0.01", 6, -1, FLAT, 1000));
            assertInvalid(() -> monthly(1_000_000, "-0.01", 6, 0, FLAT, 1000));
            assertInvalid(() -> monthly(1_000_000, "0.1001", 6, 0, FLAT, 1000));
            assertInvalid(() -> monthly(1_000_000, "0.00833333333", 6, 0, ANNUITY, 1000)); // 11 decimals
            assertInvalid(() -> monthly(1_000_000, "0.01", 6, 0, FLAT, 10));
            assertInvalid(() -> monthly(1_000_000, "0.01", 6, 0, null, 1000));
            assertInvalid(() -> new LoanTerms(vnd(1_000_000), new BigDecimal("0.01"), 6, 0, FLAT, MONTHLY, vnd(1000),
                    PenaltyKind.FIXED_PER_INSTALMENT, null, null, Loans.DISBURSED));
            assertInvalid(() -> new LoanTerms(vnd(1_000_000), new BigDecimal("0.01"), 6, 0, FLAT, MONTHLY, vnd(1000),
                    PenaltyKind.MONTHLY_RATE_ON_OVERDUE_PRINCIPAL, null, new BigDecimal("0.2"), Loans.DISBURSED));
            assertInvalid(() -> new LoanTerms(vnd(1_000_000), new BigDecimal("0.01"), 6, 0, FLAT, MONTHLY, vnd(1000),
                    PenaltyKind.NONE, vnd(10_000), null, Loans.DISBURSED));
            assertInvalid(() -> new LoanTerms(vnd(1_000_000), new BigDecimal("0.01"), 6, 0, FLAT, MONTHLY, vnd(1000),
                    PenaltyKind.NONE, null, null, null));
            assertThrows(IllegalArgumentException.class, () -> ScheduleCalculator.schedule(null));
        }

        @Test
        void acceptsTheBoundsAndNormalisesScale() {
            LoanTerms t = new LoanTerms(new BigDecimal("3000000.00"), new BigDecimal("0.1"), 120, 119, FLAT, MONTHLY,
                    new BigDecimal("1E+3"), PenaltyKind.NONE, null, null, Loans.DISBURSED);
            assertEquals(monthly(3_000_000, "0.1", 120, 119, FLAT, 1000), t);
            // 119 grace months: all principal in instalment 120
            assertEquals(vnd(3_000_000), ScheduleCalculator.schedule(t).get(119).principal());
            // a rate with 10 decimals (and trailing zeros beyond) is accepted
            assertEquals(120, ScheduleCalculator.schedule(monthly(3_000_000, "0.008333333300000", 120, 0, ANNUITY, 1)).size());
        }

        private void assertInvalid(org.junit.jupiter.api.function.Executable make) {
            assertThrows(IllegalArgumentException.class, make);
        }
    }

    @Test
    void scheduleIsFromTheDisbursementDateNotAClock() {
        LocalDate old = day("2001-06-30");
        assertEquals(day("2001-07-30"), ScheduleCalculator.schedule(
                terms(1_000_000, "0.01", 2, 0, FLAT, MONTHLY, 1000, old)).get(0).dueDate());
    }
}
