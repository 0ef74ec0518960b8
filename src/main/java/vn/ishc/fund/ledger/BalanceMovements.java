package vn.ishc.fund.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch of entries adds to the balance aggregates (invariant 4): the debits and credits of
 * its postings summed per account, per account and month, and per account and day, so the write
 * touches each aggregate row once however many postings land on it.
 */
final class BalanceMovements {

    /** An aggregate row: an account of a ledger, over all time (period null), a month or a day. */
    record Key(long ledgerId, long accountId, LocalDate period) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::accountId)
                .thenComparing(Key::period, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    /** Debit and credit added to one aggregate row. */
    record Sum(BigDecimal debit, BigDecimal credit) {
        Sum plus(Sum o) {
            return new Sum(debit.add(o.debit), credit.add(o.credit));
        }
    }

    // sorted by account: rows are updated in the same order by every writer
    final Map<Key, Sum> accounts = new TreeMap<>();
    final Map<Key, Sum> months = new TreeMap<>();
    final Map<Key, Sum> days = new TreeMap<>();

    static BalanceMovements of(Iterable<LedgerStore.NewEntry> entries) {
        BalanceMovements m = new BalanceMovements();
        for (LedgerStore.NewEntry e : entries) {
            ChainContent c = e.content();
            for (int i = 0; i < c.lines().size(); i++) {
                ChainContent.Line line = c.lines().get(i);
                long account = e.accountIds().get(i);
                boolean debit = line.side() == Side.D;
                Sum sum = new Sum(debit ? line.amount() : BigDecimal.ZERO, debit ? BigDecimal.ZERO : line.amount());
                m.accounts.merge(new Key(c.ledgerId(), account, null), sum, Sum::plus);
                m.months.merge(new Key(c.ledgerId(), account, c.valueDate().withDayOfMonth(1)), sum, Sum::plus);
                m.days.merge(new Key(c.ledgerId(), account, c.valueDate()), sum, Sum::plus);
            }
        }
        return m;
    }
}
