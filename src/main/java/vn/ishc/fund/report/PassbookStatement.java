package vn.ishc.fund.report;

import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.LedgerDtos.MemberLine;
import vn.ishc.fund.ledger.Side;
import vn.ishc.fund.lending.LendingDtos.InstalmentView;
import vn.ishc.fund.lending.LendingDtos.LoanView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's passbook for a period, from their sub-ledger and loans. Pure. The income-generation fund's
 * lines carry two running balances, the capital the member holds (4111, credit less debit) and the loan
 * principal they owe (12881, debit less credit), from the balances before the period; the activity fund's
 * lines run the fees paid in the period (711). Then each loan disbursed by the end of the period with its
 * outstanding principal, next instalment and what is overdue.
 */
public final class PassbookStatement {

    private PassbookStatement() {
    }

    /** What a line of the sub-ledger was, by its account and side (and voucher, for principal leaving 12881). */
    public enum Kind {
        CONTRIBUTION, CAPITAL_RETURNED, LOAN_DISBURSED, PRINCIPAL, WRITTEN_OFF, INTEREST, PENALTY, FEE, OTHER;

        static Kind of(MemberLine l) {
            String code = l.accountCode();
            boolean credit = l.side() == Side.C;
            if (l.fund() == Fund.AF) {
                return code.startsWith("711") ? FEE : OTHER;
            }
            if (code.startsWith("4111")) {
                return credit ? CONTRIBUTION : CAPITAL_RETURNED;
            }
            if (code.startsWith("12881")) {
                if (!credit) {
                    return LOAN_DISBURSED;
                }
                // money received (a receipt or a bank credit voucher) repays; otherwise the books wrote it off
                return l.voucher().startsWith("PT") || l.voucher().startsWith("BC") ? PRINCIPAL : WRITTEN_OFF;
            }
            if (code.startsWith("515")) {
                return INTEREST;
            }
            if (code.startsWith("711")) {
                return PENALTY;
            }
            return OTHER;
        }
    }

    /** One printed line: a movement with the balances after it, or a loan. */
    public record Line(LocalDate date, String voucher, Kind kind, String description, BigDecimal amount,
                       BigDecimal capital, BigDecimal loans) {
    }

    /** A loan as the passbook prints it. */
    public record Loan(long id, String product, BigDecimal amount, LocalDate disbursedOn, BigDecimal outstanding,
                       LocalDate nextDue, BigDecimal nextAmount, BigDecimal overduePrincipal, BigDecimal overdueInterest,
                       BigDecimal penaltyDue) {
        public BigDecimal overdue() {
            return overduePrincipal.add(overdueInterest).add(penaltyDue);
        }
    }

    /** The passbook: balances before and at the end of the period, the lines of each fund, fees, the loans. */
    public record Book(BigDecimal openingCapital, BigDecimal openingLoans, List<Line> igf, BigDecimal closingCapital,
                       BigDecimal closingLoans, List<Line> af, BigDecimal feesPaid, List<Loan> loans) {
    }

    public static Book book(List<MemberLine> lines, List<LoanView> loanViews, StatementPeriod period) {
        BigDecimal capital = BigDecimal.ZERO;
        BigDecimal owed = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal openCapital = null;
        BigDecimal openLoans = null;
        List<Line> igf = new ArrayList<>();
        List<Line> af = new ArrayList<>();
        List<MemberLine> sorted = lines.stream().sorted(java.util.Comparator.comparing(MemberLine::date)
                .thenComparing(MemberLine::fund).thenComparingLong(MemberLine::seq)).toList();
        for (MemberLine l : sorted) {
            if (l.date().isAfter(period.to())) {
                break;
            }
            boolean inPeriod = !l.date().isBefore(period.from());
            if (inPeriod && openCapital == null) {
                openCapital = capital;
                openLoans = owed;
            }
            BigDecimal signed = l.side() == Side.C ? l.amount() : l.amount().negate();
            if (l.fund() == Fund.IGF && l.accountCode().startsWith("4111")) {
                capital = capital.add(signed);
            } else if (l.fund() == Fund.IGF && l.accountCode().startsWith("12881")) {
                owed = owed.subtract(signed);
            }
            if (!inPeriod) {
                continue;
            }
            Kind kind = Kind.of(l);
            if (l.fund() == Fund.AF) {
                if (kind == Kind.FEE) {
                    fees = fees.add(signed);
                }
                af.add(new Line(l.date(), l.voucher(), kind, l.description(), l.amount(), fees, null));
            } else {
                igf.add(new Line(l.date(), l.voucher(), kind, l.description(), l.amount(), capital, owed));
            }
        }
        if (openCapital == null) {
            openCapital = capital;
            openLoans = owed;
        }
        List<Loan> loans = new ArrayList<>();
        for (LoanView v : loanViews) {
            if (v.disbursedOn() == null || v.disbursedOn().isAfter(period.to())) {
                continue;
            }
            InstalmentView next = next(v.schedule(), period.to());
            var b = v.balance();
            loans.add(new Loan(v.id(), v.productName(), v.amount(), v.disbursedOn(),
                    b == null ? BigDecimal.ZERO : b.outstandingPrincipal(), next == null ? null : next.dueDate(),
                    next == null ? null : next.principal().add(next.interest()).subtract(next.principalPaid())
                            .subtract(next.interestPaid()),
                    b == null ? BigDecimal.ZERO : b.overduePrincipal(), b == null ? BigDecimal.ZERO : b.overdueInterest(),
                    b == null ? BigDecimal.ZERO : b.penaltyDue()));
        }
        loans.sort(java.util.Comparator.comparing(Loan::disbursedOn).thenComparingLong(Loan::id));
        return new Book(openCapital, openLoans, igf, capital, owed, af, fees, loans);
    }

    /** The first instalment falling due after the date with something left to pay on it. */
    static InstalmentView next(List<InstalmentView> schedule, LocalDate asOf) {
        if (schedule == null) {
            return null;
        }
        for (InstalmentView i : schedule) {
            BigDecimal left = i.principal().add(i.interest()).subtract(i.principalPaid()).subtract(i.interestPaid());
            if (i.dueDate().isAfter(asOf) && left.signum() > 0) {
                return i;
            }
        }
        return null;
    }

    /** The rows of the template: a bold line per part, a line of captions, the movements, the balances. */
    static List<java.util.Map<String, Object>> rows(Book book, StatementTexts t) {
        List<java.util.Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("section", null, null, t.text("fund.IGF"), null, null, null));
        rows.add(captions(null, null, null, null, t.text("pb.capital"), t.text("pb.loans")));
        rows.add(row("total", null, null, t.text("pb.opening"), null, book.openingCapital(), book.openingLoans()));
        for (Line l : book.igf()) {
            rows.add(row("line", l.date(), l.voucher(), content(l, t), l.amount(), l.capital(), l.loans()));
        }
        rows.add(row("total", null, null, t.text("pb.closing"), null, book.closingCapital(), book.closingLoans()));
        rows.add(row("section", null, null, t.text("fund.AF"), null, null, null));
        rows.add(captions(null, null, null, null, t.text("pb.fees"), null));
        for (Line l : book.af()) {
            rows.add(row("line", l.date(), l.voucher(), content(l, t), l.amount(), l.capital(), null));
        }
        rows.add(row("total", null, null, t.text("pb.fees.total"), book.feesPaid(), null, null));
        rows.add(row("section", null, null, t.text("pb.loans.title"), null, null, null));
        rows.add(captions(t.text("pb.disbursed"), t.text("pb.loan"), t.text("pb.next"), t.text("pb.loan.amount"),
                t.text("pb.outstanding"), t.text("pb.overdue")));
        for (Loan l : book.loans()) {
            StringBuilder c = new StringBuilder(l.product());
            if (l.nextDue() != null) {
                c.append("\n").append(t.text("pb.next.line", StatementTexts.day(l.nextDue()), amount(l.nextAmount(), t)));
            }
            if (l.overdue().signum() > 0) {
                c.append("\n").append(t.text("pb.overdue.line", amount(l.overduePrincipal(), t),
                        amount(l.overdueInterest(), t)));
                if (l.penaltyDue().signum() > 0) {
                    c.append(t.text("pb.overdue.penalty", amount(l.penaltyDue(), t)));
                }
            }
            java.util.Map<String, Object> r = row("line", l.disbursedOn(), "#" + l.id(), c.toString(), l.amount(),
                    l.outstanding(), l.overdue());
            rows.add(r);
        }
        if (book.loans().isEmpty()) {
            rows.add(row("line", null, null, t.text("pb.no.loans"), null, null, null));
        }
        return rows;
    }

    static String content(Line l, StatementTexts t) {
        String kind = t.text("pb.kind." + l.kind().name());
        return l.description() == null || l.description().isBlank() ? kind : kind + ": " + l.description();
    }

    static String amount(BigDecimal v, StatementTexts t) {
        return java.text.NumberFormat.getIntegerInstance(t.locale()).format(v);
    }

    private static java.util.Map<String, Object> row(String style, LocalDate date, String voucher, String content,
                                                     BigDecimal amount, BigDecimal balance1, BigDecimal balance2) {
        java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
        r.put("style", style);
        r.put("date", date == null ? null : StatementTexts.day(date));
        r.put("voucher", voucher);
        r.put("content", content);
        r.put("amount", amount);
        r.put("balance1", balance1);
        r.put("balance2", balance2);
        return r;
    }

    private static java.util.Map<String, Object> captions(String... caps) {
        java.util.Map<String, Object> r = row("caption", null, null, null, null, null, null);
        for (int i = 0; i < caps.length; i++) {
            r.put("cap" + (i + 1), caps[i]);
        }
        return r;
    }

    static byte[] csv(PassbookStatement.Book book, StatementTexts t) {
        CsvTable csv = new CsvTable(List.of(t.text("pb.fund"), t.text("pb.date"), t.text("pb.voucher"), t.text("pb.kind"),
                t.text("pb.content"), t.text("pb.amount"), t.text("pb.capital"), t.text("pb.loans"), t.text("pb.fees")));
        csv.row("IGF", null, null, null, t.text("pb.opening"), null, book.openingCapital(), book.openingLoans(), null);
        for (PassbookStatement.Line l : book.igf()) {
            csv.row("IGF", l.date(), l.voucher(), t.text("pb.kind." + l.kind().name()), l.description(), l.amount(),
                    l.capital(), l.loans(), null);
        }
        csv.row("IGF", null, null, null, t.text("pb.closing"), null, book.closingCapital(), book.closingLoans(), null);
        for (PassbookStatement.Line l : book.af()) {
            csv.row("AF", l.date(), l.voucher(), t.text("pb.kind." + l.kind().name()), l.description(), l.amount(),
                    null, null, l.capital());
        }
        csv.row("AF", null, null, null, t.text("pb.fees.total"), book.feesPaid(), null, null, book.feesPaid());
        for (PassbookStatement.Loan l : book.loans()) {
            csv.row("IGF", l.disbursedOn(), "#" + l.id(), t.text("pb.kind.LOAN_DISBURSED"), l.product() + "; "
                    + t.text("pb.outstanding") + " " + l.outstanding().toPlainString()
                    + (l.nextDue() == null ? "" : "; " + t.text("pb.next") + " " + StatementTexts.day(l.nextDue()) + " "
                    + l.nextAmount().toPlainString())
                    + (l.overdue().signum() == 0 ? "" : "; " + t.text("pb.overdue") + " " + l.overdue().toPlainString()),
                    l.amount(), null, l.outstanding(), null);
        }
        return csv.bytes();
    }

}
