package vn.ishc.fund.report.export;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.ledger.LedgerJournal;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.report.StatementPeriod;
import vn.ishc.fund.security.Caller;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The auditor's exports of a ledger, for everyone who may read it. What an export covers is fixed when it is
 * opened, in one read of the books (scope, period, chain head, balances): the entries up to the chain head of
 * that moment, so entries posted while it downloads are not half in it. The entries then stream in pages of
 * {@value #PAGE}, each read when the previous one has been sent. Every mistake in the request (unknown ledger,
 * another club's, a wrong period) is refused before the first byte, never answered by an empty export.
 */
@Singleton
public class LedgerExports {

    static final int PAGE = 1000;

    private final LedgerReads ledgers;
    private final LedgerJournal journal;
    private final ClubAccess clubs;
    private final BusinessDates dates;
    private final Tx tx;

    public LedgerExports(LedgerReads ledgers, LedgerJournal journal, ClubAccess clubs, BusinessDates dates, Tx tx) {
        this.ledgers = ledgers;
        this.journal = journal;
        this.clubs = clubs;
        this.dates = dates;
        this.tx = tx;
    }

    /** An export ready to stream: its file name, format and body. */
    public record Export(String fileName, ExportFormat format, InputStream body) {
    }

    /**
     * The hledger journal of the entries dated in the period (default: 1 January of {@code to}'s year to today),
     * opened with the balances brought forward and closed by assertions of the balances at its end; or the
     * chain as JSON Lines: without {@code from} and {@code to} every entry, with them the stretch of the chain
     * from the first to the last entry dated in the period.
     */
    @ReadOnly
    public Export open(Caller caller, long ledgerId, ExportFormat format, LocalDate from, LocalDate to) {
        LedgerRow ledger = ledgers.visible(caller, ledgerId);
        ClubAccess.Label club = clubs.labels(List.of(ledger.clubId())).get(ledger.clubId());
        String prefix = club.code().replaceAll("[^A-Za-z0-9.-]", "-") + "_" + ledger.fund().name() + "_";
        if (format == ExportFormat.HLEDGER) {
            StatementPeriod period = period(from, to);
            return new Export(prefix + period.from() + "_" + period.to() + ".journal", format,
                    hledger(ledger, club, period));
        }
        if (from == null && to == null) {
            LedgerJournal.Span all = ledger.lastSeq() == 0 ? null : new LedgerJournal.Span(1, ledger.lastSeq());
            return new Export(prefix + "chain_1-" + ledger.lastSeq() + ".jsonl", format, jsonl(ledger, all));
        }
        StatementPeriod period = period(from, to);
        LedgerJournal.Span dated = journal.dated(ledgerId, period.from(), period.to(), ledger.lastSeq());
        return new Export(prefix + "chain_" + period.from() + "_" + period.to() + ".jsonl", format, jsonl(ledger, dated));
    }

    private StatementPeriod period(LocalDate from, LocalDate to) {
        return StatementPeriod.of(from, to, dates.today(), dates.latest());
    }

    private InputStream hledger(LedgerRow ledger, ClubAccess.Label club, StatementPeriod period) {
        long id = ledger.id();
        HledgerFormat format = new HledgerFormat(ledgers.accounts(id), ledger.currency(),
                Amounts.currency(ledger.currency()).getDefaultFractionDigits());
        Map<String, BigDecimal> opening = nets(ledgers.totals(id, period.dayBefore()));
        Map<String, BigDecimal> closing = nets(ledgers.totals(id, period.to()));
        LedgerJournal.Span span = journal.dated(id, period.from(), period.to(), ledger.lastSeq());
        StringBuilder head = new StringBuilder();
        format.header(head, List.of(
                "ishc-fund: ledger " + id + " (" + ledger.fund() + ") of club " + club.code() + " " + club.name(),
                "Entries dated " + period.from() + " to " + period.to() + ", in entry-number order, recorded up to entry "
                        + ledger.lastSeq() + " (chain head " + ledger.lastHash() + ")",
                "Opening balances: the balances at the end of " + period.dayBefore()
                        + "; the closing transaction asserts every balance at the end of " + period.to(),
                "Check: hledger -f FILE check --strict; balances: hledger -f FILE balance"));
        format.opening(head, period.from(), opening);
        StringBuilder tail = new StringBuilder();
        format.closing(tail, period.to(), closing);
        return new ChunkedStream(new Pages(bytes(head), id, span, period.from(), period.to(), format::entry, bytes(tail)));
    }

    private InputStream jsonl(LedgerRow ledger, LedgerJournal.Span span) {
        return new ChunkedStream(new Pages(new byte[0], ledger.id(), span, null, null, JsonLinesFormat::line, new byte[0]));
    }

    /** Debit minus credit by account code. */
    private static Map<String, BigDecimal> nets(Map<String, LedgerReads.Totals> totals) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        totals.forEach((code, t) -> out.put(code, t.net()));
        return out;
    }

    private static byte[] bytes(StringBuilder text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The head, then the span's entries a page at a time (each page in a read of its own), then the tail. */
    private final class Pages implements ChunkedStream.Chunks {
        private final long ledgerId;
        private final LedgerJournal.Span span;
        private final LocalDate from;
        private final LocalDate to;
        private final BiConsumer<StringBuilder, LedgerJournal.Entry> format;
        private byte[] head;
        private byte[] tail;
        private long next;

        Pages(byte[] head, long ledgerId, LedgerJournal.Span span, LocalDate from, LocalDate to,
              BiConsumer<StringBuilder, LedgerJournal.Entry> format, byte[] tail) {
            this.head = head;
            this.ledgerId = ledgerId;
            this.span = span;
            this.from = from;
            this.to = to;
            this.format = format;
            this.tail = tail;
            this.next = span == null ? Long.MAX_VALUE : span.first();
        }

        @Override
        public byte[] next() {
            if (head != null) {
                byte[] h = head;
                head = null;
                return h;
            }
            while (span != null && next <= span.last()) {
                LedgerJournal.Span page = new LedgerJournal.Span(next, Math.min(span.last(), next + PAGE - 1));
                next = page.last() + 1;
                StringBuilder out = new StringBuilder(PAGE * 400);
                tx.read(() -> {
                    journal.read(ledgerId, page, from, to, e -> format.accept(out, e));
                    return null;
                });
                if (!out.isEmpty()) { // with a period, a page may hold no entry dated in it
                    return bytes(out);
                }
            }
            byte[] t = tail;
            tail = null;
            return t;
        }
    }
}
