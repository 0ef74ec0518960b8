package vn.ishc.fund.report;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import vn.ishc.fund.club.DonorService;
import vn.ishc.fund.club.Member;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.fund.PostingRules;
import vn.ishc.fund.ledger.AccountBooks;
import vn.ishc.fund.ledger.AccountBooks.Selection;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerReads.Totals;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.report.BookRows.Book;
import vn.ishc.fund.security.Caller;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The books kept on one account: the cash book (S04a-DNN), the bank book (S05-DNN), the general ledger
 * (S03b-DNN) and the account detail (S19-DNN), a member's capital account among them. Each is read in one
 * read-only snapshot (its opening balance and its postings agree) and streamed: the postings come
 * through a cursor, the filled pages of a big book are swapped to disk, and the book is written to a temporary file,
 * so a year of a busy ledger prints with little memory.
 */
@Singleton
public class Books {

    /** Filled pages kept in memory by the virtualizer; the others wait in the swap file until exported. */
    static final int PAGES_IN_MEMORY = 32;


    /**
     * Read-only, and one snapshot for every read (the pool reads committed rows, each statement its own):
     * the balance brought forward and the postings that follow it come from the same moment of the books.
     */
    private static final TransactionDefinition SNAPSHOT = snapshot();

    private final LedgerReads ledgers;
    private final AccountBooks books;
    private final Letterheads letterheads;
    private final JasperRenderer renderer;
    private final Members members;
    private final DonorService donors;
    private final BusinessDates dates;
    private final TransactionOperations<Connection> transactions;
    /**
     * A book of up to this many postings (8,000 by default: some 300 pages, tens of MB) is filled in memory:
     * swapping pages to disk and back costs a fifth of the time of a year's cash book, worth it only for bigger books.
     */
    private final long linesInMemory;

    public Books(LedgerReads ledgers, AccountBooks books, Letterheads letterheads, JasperRenderer renderer,
                 Members members, DonorService donors, BusinessDates dates,
                 TransactionOperations<Connection> transactions,
                 @Value("${ishc.statements.lines-in-memory:8000}") long linesInMemory) {
        this.ledgers = ledgers;
        this.books = books;
        this.letterheads = letterheads;
        this.renderer = renderer;
        this.members = members;
        this.donors = donors;
        this.dates = dates;
        this.transactions = transactions;
        this.linesInMemory = linesInMemory;
    }

    /** What a book prints: which postings, who they are of (for the head), and the period. */
    private record Target(Book book, Selection selection, String party, StatementPeriod period) {
    }

    /** Cash book of a ledger's 111, or of one of its sub-accounts. */
    public BookFile cashBook(Caller caller, long ledgerId, String account, LocalDate from, LocalDate to,
                             OutputFormat format, StatementTexts texts) {
        return produce(caller, format, texts, () -> moneyBook(caller, Book.CASH, "111", ledgerId, account, from, to));
    }

    /** Bank book of a ledger's 112, or of one of its sub-accounts (a second bank account). */
    public BookFile bankBook(Caller caller, long ledgerId, String account, LocalDate from, LocalDate to,
                             OutputFormat format, StatementTexts texts) {
        return produce(caller, format, texts, () -> moneyBook(caller, Book.BANK, "112", ledgerId, account, from, to));
    }

    /** General ledger of any account (a header account: with its sub-accounts). */
    public BookFile generalLedger(Caller caller, long ledgerId, String account, LocalDate from, LocalDate to,
                                  OutputFormat format, StatementTexts texts) {
        return produce(caller, format, texts, () -> {
            LedgerRow ledger = ledgers.visible(caller, ledgerId);
            StatementPeriod period = period(from, to);
            return new Target(Book.GENERAL, Selection.of(ledger, existing(ledger, required(account))), null, period);
        });
    }

    /** Account detail of any account, of one member, loan or donor when given (all given must match). */
    public BookFile accountDetail(Caller caller, long ledgerId, String account, Long memberId, Long loanId, Long donorId,
                                  LocalDate from, LocalDate to, OutputFormat format, StatementTexts texts) {
        return produce(caller, format, texts, () -> {
            LedgerRow ledger = ledgers.visible(caller, ledgerId);
            StatementPeriod period = period(from, to);
            String code = existing(ledger, required(account));
            List<String> party = new ArrayList<>();
            if (memberId != null) {
                party.add(members.requireInClub(ledger.clubId(), memberId, "member").fullName());
            }
            if (loanId != null) {
                if (!books.carriesLoan(ledger.id(), loanId)) {
                    throw ApiException.rule("loan", "unknown-reference");
                }
                party.add(texts.text("detail.loan", String.valueOf(loanId)));
            }
            if (donorId != null) {
                DonorService.Ref donor = donors.refs(List.of(donorId)).get(donorId);
                if (donor == null || donor.clubId() != ledger.clubId()) {
                    throw ApiException.rule("donor", "unknown-reference");
                }
                party.add(donor.name());
            }
            return new Target(Book.DETAIL, new Selection(ledger, code, memberId, loanId, donorId),
                    party.isEmpty() ? null : String.join(" - ", party), period);
        });
    }

    /** A member's capital account: the detail of 4111 in their club's income-generation fund, for them. */
    public BookFile capitalAccount(Caller caller, long memberId, LocalDate from, LocalDate to, OutputFormat format,
                                   StatementTexts texts) {
        return produce(caller, format, texts, () -> {
            Member member = members.visible(caller, memberId).orElseThrow(() -> ApiException.notFound("member"));
            LedgerRow ledger = ledgers.ledgerOf(member.clubId(), Fund.IGF);
            StatementPeriod period = period(from, to);
            return new Target(Book.DETAIL, new Selection(ledger, PostingRules.MEMBER_CAPITAL, memberId, null, null),
                    member.fullName(), period);
        });
    }

    private Target moneyBook(Caller caller, Book book, String root, long ledgerId, String account, LocalDate from,
                             LocalDate to) {
        LedgerRow ledger = ledgers.visible(caller, ledgerId);
        StatementPeriod period = period(from, to);
        String code = account == null ? root : account;
        if (!code.startsWith(root)) {
            throw ApiException.rule("account", "book-account", root);
        }
        return new Target(book, Selection.of(ledger, existing(ledger, code)), null, period);
    }

    private StatementPeriod period(LocalDate from, LocalDate to) {
        return StatementPeriod.of(from, to, dates.today(), dates.latest());
    }

    private static String required(String account) {
        if (account == null) {
            throw ApiException.invalid("account", "required");
        }
        return account;
    }

    private String existing(LedgerRow ledger, String code) {
        if (!books.hasAccount(ledger.id(), code)) {
            throw ApiException.rule("account", "unknown-account", code);
        }
        return code;
    }

    /**
     * Checks the request and fills the book in one read-only snapshot, then exports it to a temporary
     * file (the connection is back in the pool by then): PDF and XLSX through JasperReports with the filled
     * pages of a big book swapped to disk, CSV written while the postings stream.
     */
    private BookFile produce(Caller caller, OutputFormat format, StatementTexts texts, Supplier<Target> request) {
        Path file = tempFile(format);
        Virtualizer virtualizer = new Virtualizer(linesInMemory);
        try {
            Filled filled = transactions.execute(SNAPSHOT,
                    status -> fill(caller, request.get(), format, texts, file, virtualizer));
            if (filled.print() != null) {
                virtualizer.readOnly();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    renderer.export(filled.print(), filled.book().template, format, out);
                }
            }
            return new BookFile(file, format, filled.fileName() + "." + format.extension());
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        } finally {
            virtualizer.cleanup();
        }
    }

    /** The swap file of a big book's filled pages, made only when the book needs one. */
    private static final class Virtualizer {
        private final long linesInMemory;
        private JRSwapFileVirtualizer swap;

        Virtualizer(long linesInMemory) {
            this.linesInMemory = linesInMemory;
        }

        JRSwapFileVirtualizer forLines(long lines) {
            if (lines > linesInMemory) {
                swap = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                        new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 64), true);
            }
            return swap;
        }

        void readOnly() {
            if (swap != null) {
                swap.setReadOnly(true);
            }
        }

        void cleanup() {
            if (swap != null) {
                swap.cleanup();
            }
        }
    }

    /** A book read: filled pages to export (null for CSV, already written), and its file name. */
    private record Filled(Book book, JasperPrint print, String fileName) {
    }

    private Filled fill(Caller caller, Target t, OutputFormat format, StatementTexts texts, Path file,
                        Virtualizer virtualizer) {
        Selection sel = t.selection();
        LedgerRow ledger = sel.ledger();
        StatementPeriod period = t.period();
        LedgerReads.Account account = ledgers.accounts(ledger.id()).stream()
                .filter(a -> a.code().equals(sel.code())).findFirst().orElseThrow();
        Letterheads.Source source = letterheads.source(caller, ledger.clubId(), ledger, texts);
        String name = Statements.fileName(fileKind(t.book(), texts) + "-" + sel.code(), source, period);
        Totals before = books.totals(sel, period.dayBefore());
        BigDecimal opening = before.net();
        Totals yearBefore = period.from().getDayOfYear() == 1 ? Totals.ZERO
                : before.minus(books.totals(sel, period.from().withDayOfYear(1).minusDays(1)));
        Map<Long, String> memberNames = new HashMap<>();
        Map<Long, String> donorNames = new HashMap<>();
        if (t.book() == Book.DETAIL) {
            // names are looked up before the cursor opens: a query while it streams would load it all
            AccountBooks.Parties parties = books.parties(sel, period.from(), period.to());
            members.refs(parties.members()).forEach((id, ref) -> memberNames.put(id, ref.fullName()));
            donors.refs(parties.donors()).forEach((id, ref) -> donorNames.put(id, ref.name()));
        }
        BookRows rows = new BookRows(t.book(), texts, account.normalSide(), memberNames, donorNames);
        BookLines.Layout layout = new BookLines.Layout(t.book().balanceColumn(), !t.book().balanceColumn());
        if (format == OutputFormat.CSV) {
            books.postings(sel, period.from(), period.to(), postings -> {
                BookLines lines = new BookLines(postings, period.from(), opening, yearBefore, layout);
                try (CsvStream csv = new CsvStream(new BufferedOutputStream(Files.newOutputStream(file)), rows.csvHeader())) {
                    while (lines.hasNext()) {
                        csv.row(rows.csv(lines.next()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            return new Filled(t.book(), null, name);
        }
        Map<String, Object> params = new HashMap<>(letterheads.parameters(source, t.book().key + ".title",
                t.book().key + ".form", texts.text("period.range", StatementTexts.day(period.from()),
                        StatementTexts.day(period.to())), texts));
        params.put("SUBTITLE", source.subtitle() + " - " + texts.text("book.account", sel.code(), account.name(texts.locale()))
                + (t.party() == null ? "" : " - " + texts.text("book.party", t.party())));
        LocalDate opened = ledger.openedOn() != null ? ledger.openedOn()
                : books.firstEntryDate(ledger.id()).orElse(source.club().foundedOn());
        params.put("BOOK_OPENED", texts.text("book.opened", StatementTexts.day(opened)));
        JRSwapFileVirtualizer swap = virtualizer.forLines(books.count(sel, period.from(), period.to()));
        JasperPrint print = books.postings(sel, period.from(), period.to(), postings -> {
            BookLines lines = new BookLines(postings, period.from(), opening, yearBefore, layout);
            Iterator<Map<String, Object>> maps = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return lines.hasNext();
                }

                @Override
                public Map<String, Object> next() {
                    return rows.row(lines.next());
                }
            };
            return renderer.fill(t.book().template, true, params, new StreamedRows(maps), texts, swap);
        });
        return new Filled(t.book(), print, name);
    }

    private static TransactionDefinition snapshot() {
        DefaultTransactionDefinition d = new DefaultTransactionDefinition();
        d.setReadOnly(true);
        d.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        return d;
    }

    private static String fileKind(Book book, StatementTexts texts) {
        return switch (book) {
            case CASH -> texts.english() ? "cash-book" : "so-quy-tien-mat";
            case BANK -> texts.english() ? "bank-book" : "so-tien-gui-ngan-hang";
            case GENERAL -> texts.english() ? "general-ledger" : "so-cai";
            case DETAIL -> texts.english() ? "account-detail" : "so-chi-tiet";
        };
    }

    private static Path tempFile(OutputFormat format) {
        try {
            return Files.createTempFile("ishc-book-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is removed with the folder
        }
    }
}
