package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DayBalancesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static BigDecimal vnd(long v) {
        return BigDecimal.valueOf(v);
    }

    /** Cash: 1,000,000 in on 1 Jan, 800,000 out on 10 Jan, 500,000 in on 20 Jan: 700,000 now. */
    private static DayBalances cash() {
        Map<LocalDate, BigDecimal> days = new TreeMap<>();
        days.put(JAN_1, vnd(1_000_000));
        days.put(JAN_1.plusDays(9), vnd(-800_000));
        days.put(JAN_1.plusDays(19), vnd(500_000));
        return DayBalances.from(JAN_1, Map.of(7L, days));
    }

    @Test
    void lowestBalanceFromADateLooksAtEveryLaterDay() {
        DayBalances cash = cash();
        BigDecimal total = vnd(700_000);
        assertEquals(new DayBalances.Low(JAN_1.plusDays(9), vnd(200_000)), cash.lowestFrom(7, JAN_1, total),
                "after the payment of 10 January only 200,000 was left");
        assertEquals(new DayBalances.Low(JAN_1.plusDays(9), vnd(200_000)), cash.lowestFrom(7, JAN_1.plusDays(5), total));
        assertEquals(new DayBalances.Low(JAN_1.plusDays(25), vnd(700_000)), cash.lowestFrom(7, JAN_1.plusDays(25), total),
                "after the last movement the balance is the total");
        assertEquals(new DayBalances.Low(JAN_1.plusDays(9), vnd(200_000)), cash.lowestFrom(7, JAN_1.plusDays(9), total),
                "the value date itself counts");
    }

    @Test
    void aBackDatedPaymentLowersEveryLaterBalance() {
        // 300,000 paid on 5 January: fine on 5 January (700,000 left) but 10 January would end at -100,000
        DayBalances after = cash().with(7, JAN_1.plusDays(4), vnd(-300_000));
        assertEquals(new DayBalances.Low(JAN_1.plusDays(9), vnd(-100_000)),
                after.lowestFrom(7, JAN_1.plusDays(4), vnd(400_000)));
        // the original is unchanged
        assertEquals(vnd(200_000), cash().lowestFrom(7, JAN_1, vnd(700_000)).balance());
    }

    @Test
    void anAccountWithoutMovementsHoldsItsTotal() {
        assertEquals(new DayBalances.Low(JAN_1, vnd(50)), cash().lowestFrom(8, JAN_1, vnd(50)));
    }

    @Test
    void datesBeforeTheFloorWereNotRead() {
        assertThrows(IllegalStateException.class, () -> cash().lowestFrom(7, JAN_1.minusDays(1), vnd(0)));
        assertThrows(IllegalStateException.class, () -> DayBalances.none().lowestFrom(7, JAN_1, vnd(0)));
        assertThrows(IllegalStateException.class, () -> cash().with(7, JAN_1.minusDays(1), vnd(1)));
    }
}
