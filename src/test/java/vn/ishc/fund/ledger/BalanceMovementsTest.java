package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A batch's postings summed per aggregate row: each row is touched once however many postings land on it. */
class BalanceMovementsTest {

    private static final long LEDGER = 9;
    private static final long CASH = 101;
    private static final long FEES = 102;
    private static final long OFFICE = 103;

    private static LedgerStore.NewEntry entry(LocalDate date, long debitAccount, long creditAccount, long amount) {
        BigDecimal a = BigDecimal.valueOf(amount);
        ChainContent content = new ChainContent(LEDGER, 1, date, "MEMBER_FEE", "PT", date.getYear(), 1, "x", a,
                null, null, null, 1, "admin", Instant.EPOCH, List.of(
                new ChainContent.Line(1, "d", Side.D, a, null, null, null, null),
                new ChainContent.Line(2, "c", Side.C, a, null, null, null, null)));
        return new LedgerStore.NewEntry(content, "0", "1", List.of(debitAccount, creditAccount));
    }

    private static BalanceMovements.Sum sum(long debit, long credit) {
        return new BalanceMovements.Sum(BigDecimal.valueOf(debit), BigDecimal.valueOf(credit));
    }

    private static BalanceMovements.Key key(long account, LocalDate period) {
        return new BalanceMovements.Key(LEDGER, account, period);
    }

    @Test
    void postingsAreSummedPerAccountPerMonthAndPerDay() {
        LocalDate may30 = LocalDate.of(2026, 5, 30);
        LocalDate may31 = LocalDate.of(2026, 5, 31);
        LocalDate june1 = LocalDate.of(2026, 6, 1);
        BalanceMovements m = BalanceMovements.of(List.of(
                entry(may30, CASH, FEES, 5000),   // fee in
                entry(may31, CASH, FEES, 6000),   // fee in
                entry(may31, OFFICE, CASH, 2000), // paid out
                entry(june1, CASH, FEES, 7000)));

        // cash: debits 5,000 + 6,000 + 7,000, credit 2,000
        assertEquals(Map.of(key(CASH, null), sum(18000, 2000), key(FEES, null), sum(0, 18000),
                key(OFFICE, null), sum(2000, 0)), m.accounts);
        assertEquals(Map.of(key(CASH, LocalDate.of(2026, 5, 1)), sum(11000, 2000), key(CASH, june1), sum(7000, 0),
                key(FEES, LocalDate.of(2026, 5, 1)), sum(0, 11000), key(FEES, june1), sum(0, 7000),
                key(OFFICE, LocalDate.of(2026, 5, 1)), sum(2000, 0)), m.months);
        assertEquals(Map.of(key(CASH, may30), sum(5000, 0), key(CASH, may31), sum(6000, 2000), key(CASH, june1), sum(7000, 0),
                key(FEES, may30), sum(0, 5000), key(FEES, may31), sum(0, 6000), key(FEES, june1), sum(0, 7000),
                key(OFFICE, may31), sum(2000, 0)), m.days);
    }
}
