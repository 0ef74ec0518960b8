package vn.ishc.fund.monitoring;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.club.ClubFigures.Profile;
import vn.ishc.fund.lending.LendingReads.ClubLending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Two clubs of one commune and one of another, by hand:
 * <pre>
 * club 1 (founded 2020): 50 members, 32 women, 30 elderly (60+) of them 20 women, 36 aged 55+, 35 poor;
 *        board 5, 4 trained; fund 62,000,000; 25 borrowed; 40,000,000 outstanding, 2,000,000 at risk;
 *        due 30,000,000, paid 28,500,000
 * club 2 (founded 2025-03-01): 40 members, 26 women, 20 elderly of them 9 women, 30 aged 55+, 24 poor;
 *        board 5, 5 trained; fund 30,000,000; 10 borrowed; 20,000,000 outstanding, 4,000,000 at risk;
 *        due 10,000,000, paid 9,500,000
 * club 3 (founded 2018): 10 members, nobody else: no board, no books, no loans
 * </pre>
 */
class IndicatorFormulasTest {

    private static final LocalDate PLAN_START = LocalDate.of(2025, 1, 1);

    private final Measures club1 = ClubMeasures.of(profile(1, LocalDate.of(2020, 5, 1), 50, 32, 30, 20, 36, 35, 5, 4),
            vnd(62_000_000), new ClubLending(1, 3, vnd(40_000_000), vnd(2_000_000), vnd(30_000_000), vnd(28_500_000), 25),
            PLAN_START);
    private final Measures club2 = ClubMeasures.of(profile(2, LocalDate.of(2025, 3, 1), 40, 26, 20, 9, 30, 24, 5, 5),
            vnd(30_000_000), new ClubLending(2, 2, vnd(20_000_000), vnd(4_000_000), vnd(10_000_000), vnd(9_500_000), 10),
            PLAN_START);
    private final Measures club3 = ClubMeasures.of(profile(3, LocalDate.of(2018, 1, 1), 10, 0, 0, 0, 0, 0, 0, 0),
            null, null, PLAN_START);

    @Test
    void aClubsMeasuresComeFromItsRegistryBooksAndLoans() {
        assertEquals(1, club1.get(Measure.CLUBS).intValue());
        assertEquals(0, club1.get(Measure.NEW_CLUBS).intValue());
        assertEquals(1, club2.get(Measure.NEW_CLUBS).intValue(), "founded after the plan's start");
        assertEquals(1, club1.get(Measure.FUNDED_CLUBS).intValue(), "62 million ≥ 50 million");
        assertEquals(0, club2.get(Measure.FUNDED_CLUBS).intValue(), "30 million < 50 million");
        assertEquals(0, club3.get(Measure.FUND_SIZE).signum());
        assertEquals(0, club3.get(Measure.BORROWED).signum());
        assertEquals(1, ClubMeasures.of(profile(4, PLAN_START, 1, 0, 0, 0, 0, 0, 0, 0), vnd(50_000_000), null, PLAN_START)
                .get(Measure.FUNDED_CLUBS).intValue(), "exactly 50 million counts");
    }

    @Test
    void aCommuneSumsItsClubsAndEachIndicatorDividesTheSums() {
        RollUp.Totals t = RollUp.of(List.of(new RollUp.Placed(1, 100, club1), new RollUp.Placed(2, 100, club2),
                new RollUp.Placed(3, 200, club3)));
        Measures commune = t.of(100);
        assertEquals(90, commune.get(Measure.MEMBERS).intValue());
        assertEquals(100, t.total().get(Measure.MEMBERS).intValue());

        assertEquals(value("2", null, "2"), IndicatorValues.of(count("clubs", Measure.CLUBS), commune));
        assertEquals(value("1", null, "1"), IndicatorValues.of(count("new_clubs", Measure.NEW_CLUBS), commune));
        // women among elderly: (20 + 9) / (30 + 20) = 0.58
        assertEquals(value("29", "50", "0.5800"), IndicatorValues.of(share(Measure.ELDERLY_WOMEN, Measure.ELDERLY), commune));
        // share elderly (55+): 66 / 90 = 0.7333; share women 58 / 90 = 0.6444; share poor 59 / 90 = 0.6556
        assertEquals(value("66", "90", "0.7333"), IndicatorValues.of(share(Measure.QUOTA_ELDERLY, Measure.MEMBERS), commune));
        assertEquals(value("58", "90", "0.6444"), IndicatorValues.of(share(Measure.WOMEN, Measure.MEMBERS), commune));
        assertEquals(value("59", "90", "0.6556"), IndicatorValues.of(share(Measure.POOR, Measure.MEMBERS), commune));
        // members who borrowed 35 / 90 = 0.3889; clubs with a fund of 50 million 1 / 2
        assertEquals(value("35", "90", "0.3889"), IndicatorValues.of(share(Measure.BORROWED, Measure.MEMBERS), commune));
        assertEquals(value("1", "2", "0.5000"), IndicatorValues.of(share(Measure.FUNDED_CLUBS, Measure.CLUBS), commune));
        // board trained 9 / 10; PAR30 weighed by principal: 6,000,000 / 60,000,000 = 0.1 (not the clubs' mean 0.125)
        assertEquals(value("9", "10", "0.9000"), IndicatorValues.of(share(Measure.BOARD_TRAINED, Measure.BOARD), commune));
        assertEquals(value("6000000", "60000000", "0.1000"), IndicatorValues.of(share(Measure.AT_RISK_30, Measure.OUTSTANDING), commune));
        // repayment rate 38,000,000 / 40,000,000 = 0.95; average fund 92,000,000 / 2 = 46,000,000 VND
        assertEquals(value("38000000", "40000000", "0.9500"), IndicatorValues.of(share(Measure.PAID, Measure.DUE), commune));
        assertEquals(value("92000000", "2", "46000000"), IndicatorValues.of(new Indicator("average_fund", "", "",
                Measure.FUND_SIZE, Measure.CLUBS, IndicatorUnit.VND, Direction.HIGHER, 0), commune));
    }

    @Test
    void nothingToDivideIsNoValueNotZero() {
        IndicatorValues.Value v = IndicatorValues.of(share(Measure.AT_RISK_30, Measure.OUTSTANDING), club3);
        assertNull(v.value());
        assertEquals(0, v.denominator().signum());
        assertEquals(0, IndicatorValues.of(share(Measure.BORROWED, Measure.MEMBERS), club3).value().signum(),
                "10 members, none borrowed: 0%");
    }

    private static IndicatorValues.Value value(String num, String den, String value) {
        return new IndicatorValues.Value(new BigDecimal(num), den == null ? null : new BigDecimal(den), new BigDecimal(value));
    }

    static Indicator count(String code, Measure m) {
        return new Indicator(code, "", "", m, null, IndicatorUnit.COUNT, Direction.HIGHER, 0);
    }

    static Indicator share(Measure num, Measure den) {
        return new Indicator(num + "/" + den, "", "", num, den, IndicatorUnit.SHARE,
                num == Measure.AT_RISK_30 ? Direction.LOWER : Direction.HIGHER, 0);
    }

    private static BigDecimal vnd(long v) {
        return BigDecimal.valueOf(v);
    }

    private static Profile profile(long id, LocalDate founded, int members, int women, int elderly, int elderlyWomen,
                                   int quota, int poor, int board, int trained) {
        return new Profile(id, "C" + id, "Club " + id, 100, founded, members, women, elderly, elderlyWomen, quota, poor,
                board, trained, null);
    }
}
