package vn.ishc.fund.lending;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AgingTest {

    private static Aging.LoanFigures loan(long id, int dpd, long outstanding, long due, long paid) {
        return new Aging.LoanFigures(id, dpd, BigDecimal.valueOf(outstanding), BigDecimal.valueOf(due), BigDecimal.valueOf(paid));
    }

    @Test
    void bucketsByDaysPastDue() {
        assertEquals(Aging.Bucket.CURRENT, Aging.Bucket.of(0));
        assertEquals(Aging.Bucket.DAYS_1_30, Aging.Bucket.of(1));
        assertEquals(Aging.Bucket.DAYS_1_30, Aging.Bucket.of(30));
        assertEquals(Aging.Bucket.DAYS_31_60, Aging.Bucket.of(31));
        assertEquals(Aging.Bucket.DAYS_61_90, Aging.Bucket.of(90));
        assertEquals(Aging.Bucket.DAYS_91_180, Aging.Bucket.of(91));
        assertEquals(Aging.Bucket.DAYS_91_180, Aging.Bucket.of(180));
        assertEquals(Aging.Bucket.OVER_180, Aging.Bucket.of(181));
    }

    @Test
    void parAndRepaymentRate() {
        // outstanding 10M: 6M current, 1M at 20 days, 2M at 45 days, 1M at 200 days
        Aging.Summary s = Aging.summarize(List.of(
                loan(1, 0, 6_000_000, 2_000_000, 2_000_000),
                loan(2, 20, 1_000_000, 1_000_000, 500_000),
                loan(3, 45, 2_000_000, 1_000_000, 0),
                loan(4, 200, 1_000_000, 1_000_000, 0)));
        assertEquals(4, s.loans());
        assertEquals(0, BigDecimal.valueOf(10_000_000).compareTo(s.outstanding()));
        assertEquals(new BigDecimal("0.3000"), s.par30());   // (2M + 1M) / 10M
        assertEquals(new BigDecimal("0.1000"), s.par90());   // 1M / 10M
        assertEquals(new BigDecimal("0.5000"), s.repaymentRate()); // 2.5M paid of 5M due
        assertEquals(1, s.buckets().get(0).loans());
        assertEquals(1, s.buckets().get(5).loans());
    }

    @Test
    void nothingDueGivesNoRate() {
        Aging.Summary s = Aging.summarize(List.of(loan(1, 0, 1_000_000, 0, 0)));
        assertNull(s.repaymentRate());
        assertEquals(new BigDecimal("0.0000"), s.par30());
        assertEquals(new BigDecimal("0.0000"), Aging.summarize(List.of()).par30());
    }
}
