package vn.ishc.fund.report;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.ledger.AccountBooks.Posting;
import vn.ishc.fund.ledger.LedgerReads.Totals;
import vn.ishc.fund.ledger.Side;
import vn.ishc.fund.ledger.VoucherType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The lines of a book from its postings: running balance, day, month, year-to-date and period totals. */
class BookLinesTest {

    private static final BookLines.Layout CASH = new BookLines.Layout(true, false);
    private static final BookLines.Layout LEDGER = new BookLines.Layout(false, true);

    private static int seq;

    private static Posting p(String date, Side side, long amount) {
        seq++;
        return new Posting(seq, seq, 1, LocalDate.parse(date), LocalDate.parse(date), VoucherType.PT, "PT-" + seq, "x",
                "111", side, BigDecimal.valueOf(amount), "711", null, null, null, null);
    }

    private static List<BookLines.Line> lines(List<Posting> postings, String from, long opening, Totals before,
                                              BookLines.Layout layout) {
        List<BookLines.Line> out = new ArrayList<>();
        new BookLines(postings.iterator(), LocalDate.parse(from), BigDecimal.valueOf(opening), before, layout)
                .forEachRemaining(out::add);
        return out;
    }

    private static String shape(List<BookLines.Line> lines) {
        StringBuilder s = new StringBuilder();
        for (BookLines.Line l : lines) {
            s.append(l.kind()).append(l.debit() == null ? "" : " " + l.debit()).append(l.credit() == null ? "" : "/" + l.credit())
                    .append(" =").append(l.balance()).append('\n');
        }
        return s.toString();
    }

    @Test
    void aCashBookTotalsEachDayAndMonthAndCarriesTheBalance() {
        List<BookLines.Line> lines = lines(List.of(p("2026-03-05", Side.D, 100), p("2026-03-05", Side.C, 30),
                p("2026-03-20", Side.D, 50), p("2026-04-02", Side.C, 20)), "2026-03-01", 1000, Totals.ZERO, CASH);
        assertEquals("""
                OPENING =1000
                POSTING 100/0 =1100
                POSTING 0/30 =1070
                DAY 100/30 =1070
                POSTING 50/0 =1120
                DAY 50/0 =1120
                MONTH 150/30 =1120
                MONTH_BALANCE =1120
                POSTING 0/20 =1100
                DAY 0/20 =1100
                MONTH 0/20 =1100
                MONTH_BALANCE =1100
                PERIOD 150/50 =1100
                CLOSING =1100
                """, shape(lines));
        assertEquals(LocalDate.parse("2026-03-01"), lines.get(6).date(), "a month's lines carry its first day");
    }

    @Test
    void theYearToDateStartsFromTheTotalsBeforeThePeriodAndAgainInJanuary() {
        List<BookLines.Line> lines = lines(List.of(p("2025-11-10", Side.D, 10), p("2026-01-03", Side.C, 4)),
                "2025-11-01", 500, new Totals(BigDecimal.valueOf(300), BigDecimal.valueOf(200)), LEDGER);
        assertEquals("""
                OPENING =500
                POSTING 10/0 =510
                MONTH 10/0 =510
                MONTH_BALANCE =510
                YEAR_TO_DATE 310/200 =510
                POSTING 0/4 =506
                MONTH 0/4 =506
                MONTH_BALANCE =506
                YEAR_TO_DATE 0/4 =506
                PERIOD 10/4 =506
                CLOSING =506
                """, shape(lines));
    }

    @Test
    void aPeriodWhoseFirstPostingIsInTheNextYearDoesNotCarryTheOldYear() {
        List<BookLines.Line> lines = lines(List.of(p("2026-02-01", Side.D, 7)), "2025-12-01", 0,
                new Totals(BigDecimal.valueOf(99), BigDecimal.ZERO), LEDGER);
        BookLines.Line ytd = lines.stream().filter(l -> l.kind() == BookLines.Kind.YEAR_TO_DATE).findFirst().orElseThrow();
        assertEquals(BigDecimal.valueOf(7), ytd.debit());
    }

    @Test
    void anEmptyPeriodStillPrintsTheBalanceBroughtForwardAndTheClosingBalance() {
        List<BookLines.Line> lines = lines(List.of(), "2026-03-01", 250, Totals.ZERO, CASH);
        assertEquals("""
                OPENING =250
                PERIOD 0/0 =250
                CLOSING =250
                """, shape(lines));
    }

    @Test
    void itReadsOnePostingAtATimeAndEnds() {
        int[] read = {0};
        Iterator<Posting> source = new Iterator<>() {
            final Iterator<Posting> all = List.of(p("2026-03-05", Side.D, 1), p("2026-03-06", Side.D, 2)).iterator();

            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Posting next() {
                read[0]++;
                return all.next();
            }
        };
        BookLines lines = new BookLines(source, LocalDate.parse("2026-03-01"), BigDecimal.ZERO, Totals.ZERO, CASH);
        assertEquals(BookLines.Kind.OPENING, lines.next().kind());
        assertEquals(0, read[0], "nothing read before it is needed");
        assertEquals(BookLines.Kind.POSTING, lines.next().kind());
        assertEquals(1, read[0]);
        lines.forEachRemaining(l -> { });
        assertFalse(lines.hasNext());
        assertThrows(NoSuchElementException.class, lines::next);
    }
}
