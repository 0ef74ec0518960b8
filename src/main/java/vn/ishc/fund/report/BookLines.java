package vn.ishc.fund.report;

import vn.ishc.fund.ledger.AccountBooks.Posting;
import vn.ishc.fund.ledger.LedgerReads.Totals;
import vn.ishc.fund.ledger.Side;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a book kept on one account, from its postings in date order: the balance brought forward,
 * each posting with the balance after it, and, as the dates turn, the day's totals, the month's totals with
 * its closing balance and the totals since the start of the year; at the end the period's totals and the
 * closing balance. Pure and streaming: it reads one posting at a time and keeps only running sums, so a
 * year of postings never sits in memory. Balances are debit minus credit.
 */
final class BookLines implements Iterator<BookLines.Line> {

    enum Kind { OPENING, POSTING, DAY, MONTH, MONTH_BALANCE, YEAR_TO_DATE, PERIOD, CLOSING }

    /**
     * One line. {@code date} is the posting's value date, or the day / first of the month a total is for;
     * {@code debit} and {@code credit} the posting's amount or the totals; {@code balance} the balance after.
     */
    record Line(Kind kind, LocalDate date, Posting posting, BigDecimal debit, BigDecimal credit, BigDecimal balance) {
    }

    /** Which totals a book prints: the cash and bank books total each day, the ledgers each year so far. */
    record Layout(boolean days, boolean yearToDate) {
    }

    private final Iterator<Posting> postings;
    private final Layout layout;
    private final ArrayDeque<Line> pending = new ArrayDeque<>();
    private BigDecimal balance;
    private LocalDate day;
    private BigDecimal dayDebit = BigDecimal.ZERO;
    private BigDecimal dayCredit = BigDecimal.ZERO;
    private LocalDate month;
    private BigDecimal monthDebit = BigDecimal.ZERO;
    private BigDecimal monthCredit = BigDecimal.ZERO;
    private int year;
    private BigDecimal yearDebit;
    private BigDecimal yearCredit;
    private BigDecimal periodDebit = BigDecimal.ZERO;
    private BigDecimal periodCredit = BigDecimal.ZERO;
    private boolean ended;

    /**
     * @param from        the period's first day
     * @param opening     the balance at the end of the day before
     * @param yearBefore  the totals from the 1st of January of {@code from}'s year to the day before
     */
    BookLines(Iterator<Posting> postings, LocalDate from, BigDecimal opening, Totals yearBefore, Layout layout) {
        this.postings = postings;
        this.layout = layout;
        this.balance = opening;
        this.year = from.getYear();
        this.yearDebit = yearBefore.debit();
        this.yearCredit = yearBefore.credit();
        pending.add(new Line(Kind.OPENING, from, null, null, null, opening));
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !ended) {
            if (postings.hasNext()) {
                add(postings.next());
            } else {
                end();
            }
        }
        return !pending.isEmpty();
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    private void add(Posting p) {
        LocalDate date = p.valueDate();
        if (day != null && !day.equals(date)) {
            closeDay();
        }
        LocalDate first = date.withDayOfMonth(1);
        if (month != null && !month.equals(first)) {
            closeMonth();
        }
        if (date.getYear() != year) {
            // the totals since the start of the year start again in January
            year = date.getYear();
            yearDebit = BigDecimal.ZERO;
            yearCredit = BigDecimal.ZERO;
        }
        day = date;
        month = first;
        BigDecimal debit = p.side() == Side.D ? p.amount() : BigDecimal.ZERO;
        BigDecimal credit = p.side() == Side.C ? p.amount() : BigDecimal.ZERO;
        dayDebit = dayDebit.add(debit);
        dayCredit = dayCredit.add(credit);
        monthDebit = monthDebit.add(debit);
        monthCredit = monthCredit.add(credit);
        yearDebit = yearDebit.add(debit);
        yearCredit = yearCredit.add(credit);
        periodDebit = periodDebit.add(debit);
        periodCredit = periodCredit.add(credit);
        balance = balance.add(p.net());
        pending.add(new Line(Kind.POSTING, date, p, debit, credit, balance));
    }

    private void closeDay() {
        if (layout.days()) {
            pending.add(new Line(Kind.DAY, day, null, dayDebit, dayCredit, balance));
        }
        dayDebit = BigDecimal.ZERO;
        dayCredit = BigDecimal.ZERO;
    }

    private void closeMonth() {
        pending.add(new Line(Kind.MONTH, month, null, monthDebit, monthCredit, balance));
        pending.add(new Line(Kind.MONTH_BALANCE, month, null, null, null, balance));
        if (layout.yearToDate()) {
            pending.add(new Line(Kind.YEAR_TO_DATE, month, null, yearDebit, yearCredit, balance));
        }
        monthDebit = BigDecimal.ZERO;
        monthCredit = BigDecimal.ZERO;
    }

    private void end() {
        ended = true;
        if (day != null) {
            closeDay();
            closeMonth();
        }
        pending.add(new Line(Kind.PERIOD, null, null, periodDebit, periodCredit, balance));
        pending.add(new Line(Kind.CLOSING, null, null, null, null, balance));
    }
}
