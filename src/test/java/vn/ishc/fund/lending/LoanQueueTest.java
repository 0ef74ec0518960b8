package vn.ishc.fund.lending;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.club.PovertyStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoanQueueTest {

    private static LoanQueue.Application app(long id, PovertyStatus p, long amount, int day) {
        return new LoanQueue.Application(id, id, "m" + id, p, BigDecimal.valueOf(amount), LocalDate.of(2026, 1, day),
                LoanStatus.APPLIED);
    }

    private final List<LoanQueue.Application> apps = List.of(
            app(1, PovertyStatus.NONE, 3_000_000, 1),
            app(2, PovertyStatus.NEAR_POOR, 2_000_000, 2),
            app(3, PovertyStatus.POOR, 2_000_000, 3),
            app(4, PovertyStatus.POOR, 1_000_000, 4));

    @Test
    void byDateFundsInOrderAndNobodyJumpsTheQueue() {
        List<LoanQueue.Place> q = LoanQueue.order(apps, LoanQueue.Order.DATE, BigDecimal.valueOf(5_500_000));
        assertEquals(List.of(1L, 2L, 3L, 4L), q.stream().map(p -> p.application().loanId()).toList());
        assertTrue(q.get(1).fundableNow());
        assertFalse(q.get(2).fundableNow());
        // the fourth would fit the money left, but waits behind the third
        assertFalse(q.get(3).fundableNow());
        assertEquals(0, BigDecimal.valueOf(8_000_000).compareTo(q.get(3).cumulative()));
    }

    @Test
    void byPriorityPoorFirstThenByDate() {
        List<LoanQueue.Place> q = LoanQueue.order(apps, LoanQueue.Order.PRIORITY, BigDecimal.valueOf(5_000_000));
        assertEquals(List.of(3L, 4L, 2L, 1L), q.stream().map(p -> p.application().loanId()).toList());
        assertTrue(q.get(2).fundableNow());
        assertFalse(q.get(3).fundableNow());
        assertEquals(1, q.get(0).position());
    }
}
