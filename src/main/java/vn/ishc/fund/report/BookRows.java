package vn.ishc.fund.report;

import vn.ishc.fund.ledger.AccountBooks.Posting;
import vn.ishc.fund.ledger.Side;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a book ({@link BookLines}) as the cells of its form: what each column of the cash book
 * (S04a-DNN), the bank book (S05-DNN), the general ledger (S03b-DNN) and the account detail (S19-DNN)
 * shows on a posting, a total or a balance line; as the template's rows (maps) and as CSV rows. Pure.
 */
final class BookRows {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    /** The four books: their template, texts, and the columns of their CSV. */
    enum Book {
        CASH("cash-book", "cash", "cash", List.of("col.recorded", "col.voucherDate", "cash.receiptNo", "cash.paymentNo",
                "col.description", "cash.in", "cash.out", "cash.balance", "col.note")),
        BANK("bank-book", "bank", "bank", List.of("col.recorded", "col.voucherNo", "col.voucherDate", "col.description",
                "col.contra", "bank.in", "bank.out", "bank.balance", "col.note")),
        GENERAL("general-ledger", "gl", "gl", List.of("col.recorded", "col.voucherNo", "col.voucherDate", "col.description",
                "gl.seq", "col.contra", "debit", "credit")),
        DETAIL("account-detail", "detail", "gl", List.of("col.recorded", "col.voucherNo", "col.voucherDate", "col.description",
                "col.contra", "detail.party", "detail.moved.debit", "detail.moved.credit", "detail.balance.debit",
                "detail.balance.credit"));

        final String template;
        /** Prefix of the title and form texts. */
        final String key;
        /** Prefix of the texts of the total and balance lines. */
        final String lines;
        final List<String> csvColumns;

        Book(String template, String key, String lines, List<String> csvColumns) {
            this.template = template;
            this.key = key;
            this.lines = lines;
            this.csvColumns = csvColumns;
        }

        /** The cash and bank books print a balance column; the ledgers print balances in the debit or credit column. */
        boolean balanceColumn() {
            return this == CASH || this == BANK;
        }
    }

    /** Every cell a book may print; each book shows some of them. */
    record Cells(boolean bold, LocalDate recorded, LocalDate voucherDate, String receiptNo, String paymentNo,
                 String voucherNo, Long seq, String description, String contra, String party, BigDecimal debit,
                 BigDecimal credit, BigDecimal balance, BigDecimal balanceDebit, BigDecimal balanceCredit, String note) {
    }

    private final Book book;
    private final StatementTexts texts;
    private final Side normal;
    private final Map<Long, String> members;
    private final Map<Long, String> donors;

    /**
     * @param normal  the account's normal side: a zero balance prints there
     * @param members names of the members the postings carry (the detail's party column)
     * @param donors  names of the donors the postings carry
     */
    BookRows(Book book, StatementTexts texts, Side normal, Map<Long, String> members, Map<Long, String> donors) {
        this.book = book;
        this.texts = texts;
        this.normal = normal;
        this.members = members;
        this.donors = donors;
    }

    Cells cells(BookLines.Line line) {
        String p = book.lines + ".";
        return switch (line.kind()) {
            case OPENING -> balance(texts.text(p + "opening"), line.balance());
            case POSTING -> posting(line);
            case DAY -> new Cells(true, null, null, null, null, null, null,
                    texts.text(p + "day", StatementTexts.day(line.date())), null, null, line.debit(), line.credit(),
                    line.balance(), null, null, null);
            case MONTH -> totals(texts.text(p + "month", line.date().format(MONTH)), line);
            case MONTH_BALANCE -> balance(texts.text(p + "monthBalance", line.date().format(MONTH)), line.balance());
            case YEAR_TO_DATE -> totals(texts.text(p + "ytd"), line);
            case PERIOD -> totals(texts.text(p + "period"), line);
            case CLOSING -> balance(texts.text(p + "closing"), line.balance());
        };
    }

    private Cells posting(BookLines.Line line) {
        Posting p = line.posting();
        boolean in = p.side() == Side.D;
        BigDecimal[] split = split(line.balance());
        String note = p.reversesSeq() == null ? null : texts.text("book.reverses", String.valueOf(p.reversesSeq()));
        return new Cells(false, p.recordedOn(), p.valueDate(), in ? p.voucher() : null, in ? null : p.voucher(),
                p.voucher(), p.seq(), p.description(), p.contra(), party(p), in ? p.amount() : null,
                in ? null : p.amount(), line.balance(), split[0], split[1], note);
    }

    private Cells totals(String label, BookLines.Line line) {
        return new Cells(true, null, null, null, null, null, null, label, null, null, line.debit(), line.credit(),
                null, null, null, null);
    }

    /** A balance line: in the balance column of the cash and bank books, on its side in the ledgers (the detail's balance columns). */
    private Cells balance(String label, BigDecimal balance) {
        BigDecimal[] split = split(balance);
        if (book.balanceColumn()) {
            return new Cells(true, null, null, null, null, null, null, label, null, null, null, null, balance, null,
                    null, null);
        }
        if (book == Book.GENERAL) {
            return new Cells(true, null, null, null, null, null, null, label, null, null, split[0], split[1], null,
                    null, null, null);
        }
        return new Cells(true, null, null, null, null, null, null, label, null, null, null, null, null, split[0],
                split[1], null);
    }

    /** Debit minus credit as {debit balance, credit balance}, one of them null; zero on the normal side. */
    private BigDecimal[] split(BigDecimal net) {
        if (net.signum() > 0 || (net.signum() == 0 && normal == Side.D)) {
            return new BigDecimal[] {net, null};
        }
        return new BigDecimal[] {null, net.negate()};
    }

    private String party(Posting p) {
        List<String> names = new ArrayList<>();
        if (p.memberId() != null) {
            names.add(members.getOrDefault(p.memberId(), "#" + p.memberId()));
        }
        if (p.donorId() != null) {
            names.add(donors.getOrDefault(p.donorId(), "#" + p.donorId()));
        }
        if (p.loanId() != null) {
            names.add(texts.text("detail.loan", String.valueOf(p.loanId())));
        }
        return names.isEmpty() ? null : String.join(" - ", names);
    }

    /** The template's row (JasperReports reads maps): dates written dd/MM/yyyy. */
    Map<String, Object> row(BookLines.Line line) {
        Cells c = cells(line);
        Map<String, Object> r = new HashMap<>();
        r.put("bold", c.bold());
        r.put("recorded", c.recorded() == null ? null : StatementTexts.day(c.recorded()));
        r.put("voucherDate", c.voucherDate() == null ? null : StatementTexts.day(c.voucherDate()));
        r.put("receiptNo", c.receiptNo());
        r.put("paymentNo", c.paymentNo());
        r.put("voucherNo", c.voucherNo());
        r.put("seq", c.seq() == null ? null : String.valueOf(c.seq()));
        r.put("description", c.description());
        r.put("contra", c.contra());
        r.put("party", c.party());
        r.put("debit", c.debit());
        r.put("credit", c.credit());
        r.put("balance", c.balance());
        r.put("balanceDebit", c.balanceDebit());
        r.put("balanceCredit", c.balanceCredit());
        r.put("note", c.note());
        return r;
    }

    List<String> csvHeader() {
        return book.csvColumns.stream().map(texts::text).toList();
    }

    /** The CSV row: the book's columns in the order of {@link #csvHeader()}. */
    Object[] csv(BookLines.Line line) {
        Cells c = cells(line);
        return switch (book) {
            case CASH -> new Object[] {c.recorded(), c.voucherDate(), c.receiptNo(), c.paymentNo(), c.description(),
                    c.debit(), c.credit(), c.balance(), c.note()};
            case BANK -> new Object[] {c.recorded(), c.voucherNo(), c.voucherDate(), c.description(), c.contra(),
                    c.debit(), c.credit(), c.balance(), c.note()};
            case GENERAL -> new Object[] {c.recorded(), c.voucherNo(), c.voucherDate(), c.description(), c.seq(),
                    c.contra(), c.debit(), c.credit()};
            case DETAIL -> new Object[] {c.recorded(), c.voucherNo(), c.voucherDate(), c.description(), c.contra(),
                    c.party(), c.debit(), c.credit(), c.balanceDebit(), c.balanceCredit()};
        };
    }
}
