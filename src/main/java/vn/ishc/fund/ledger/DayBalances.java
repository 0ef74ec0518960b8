package vn.ishc.fund.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The daily net movements of a ledger's cash, bank and goods accounts from a floor date on, read
 * with the ledger's lock from the day aggregates. With an account's total they give its balance at
 * the end of every day from the floor on, so a payment dated in the past is checked against the
 * balance on its value date and on every later date (invariant 9), not only against today's.
 * Immutable: {@link #with} returns a copy, so a refused draft leaves the locked books unchanged.
 */
final class DayBalances {

    private static final DayBalances NONE = new DayBalances(null, Map.of());

    private final LocalDate floor;
    private final Map<Long, NavigableMap<LocalDate, BigDecimal>> nets;

    private DayBalances(LocalDate floor, Map<Long, NavigableMap<LocalDate, BigDecimal>> nets) {
        this.floor = floor;
        this.nets = nets;
    }

    /** No day movements read: the ledger was locked for something other than posting. */
    public static DayBalances none() {
        return NONE;
    }

    /** Day movements (debit minus credit) per account id, for every day on or after {@code floor} that has any. */
    public static DayBalances from(LocalDate floor, Map<Long, ? extends Map<LocalDate, BigDecimal>> nets) {
        Map<Long, NavigableMap<LocalDate, BigDecimal>> copy = new HashMap<>();
        nets.forEach((account, days) -> copy.put(account, Collections.unmodifiableNavigableMap(new TreeMap<>(days))));
        return new DayBalances(floor, copy);
    }

    public LocalDate floor() {
        return floor;
    }

    /** The lowest balance of an account at the end of {@code from} or of any later day, and the first day it is reached. */
    public record Low(LocalDate day, BigDecimal balance) {
    }

    /**
     * The lowest end-of-day balance from {@code from} on, given the account's balance after
     * everything posted ({@code total}, debit minus credit).
     */
    public Low lowestFrom(long accountId, LocalDate from, BigDecimal total) {
        requireCovered(from);
        NavigableMap<LocalDate, BigDecimal> days = nets.getOrDefault(accountId, Collections.emptyNavigableMap());
        // walk back from the last day: the balance at the end of a day is the total less what moved after it
        BigDecimal later = BigDecimal.ZERO;
        Low low = null;
        for (Map.Entry<LocalDate, BigDecimal> d : days.tailMap(from, false).descendingMap().entrySet()) {
            BigDecimal balance = total.subtract(later);
            if (low == null || balance.compareTo(low.balance()) <= 0) {
                low = new Low(d.getKey(), balance);
            }
            later = later.add(d.getValue());
        }
        BigDecimal onFrom = total.subtract(later);
        return low == null || onFrom.compareTo(low.balance()) <= 0 ? new Low(from, onFrom) : low;
    }

    /** These books after a posting of {@code net} (debit minus credit) on an account, dated {@code day}. */
    public DayBalances with(long accountId, LocalDate day, BigDecimal net) {
        requireCovered(day);
        Map<Long, NavigableMap<LocalDate, BigDecimal>> copy = new HashMap<>(nets);
        TreeMap<LocalDate, BigDecimal> days = new TreeMap<>(copy.getOrDefault(accountId, Collections.emptyNavigableMap()));
        days.merge(day, net, BigDecimal::add);
        copy.put(accountId, Collections.unmodifiableNavigableMap(days));
        return new DayBalances(floor, copy);
    }

    private void requireCovered(LocalDate day) {
        if (floor == null || day.isBefore(floor)) {
            throw new IllegalStateException("day balances from " + floor + " do not cover " + day);
        }
    }
}
