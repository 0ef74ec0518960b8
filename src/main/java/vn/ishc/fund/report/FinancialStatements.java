package vn.ishc.fund.report;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The financial statements of a ledger, or of a club's two funds side by side with the club's total: the
 * statement of financial position at a date (B01a-DNN) and the income and expenditure of a period (adapted from
 * B02-DNN). Each is read in one connection from the books as they are true at its dates, scope checked first.
 * All are A4 portrait, a club's too: its columns are narrow enough, and its figures and signatures keep to one page.
 */
@Singleton
public class FinancialStatements {

    private final LedgerReads ledgers;
    private final Letterheads letterheads;
    private final JasperRenderer renderer;
    private final BalanceSheetStatement balanceSheet;
    private final IncomeExpenditureStatement incomeExpenditure;
    private final BusinessDates dates;

    public FinancialStatements(LedgerReads ledgers, Letterheads letterheads, JasperRenderer renderer,
                               BalanceSheetStatement balanceSheet, IncomeExpenditureStatement incomeExpenditure,
                               BusinessDates dates) {
        this.ledgers = ledgers;
        this.letterheads = letterheads;
        this.renderer = renderer;
        this.balanceSheet = balanceSheet;
        this.incomeExpenditure = incomeExpenditure;
        this.dates = dates;
    }

    /**
     * Statement of financial position at the end of {@code asOf} (default today) of one ledger (end of period and
     * start of year), or of a club when {@code ledgerId} is null (each fund and the club at the end of the period,
     * the club at the start of the year). The start of the year is the balances of 31 December before.
     */
    @ReadOnly
    public Rendered balanceSheet(Caller caller, Long clubId, Long ledgerId, LocalDate asOf, OutputFormat format,
                                 StatementTexts texts) {
        LedgerRow ledger = ledgerId == null ? null : ledgers.visible(caller, ledgerId);
        Letterheads.Source source = letterheads.source(caller, ledger == null ? clubId : ledger.clubId(), ledger, texts);
        LocalDate at = dates.inWindow("asOf", asOf == null ? dates.today() : asOf);
        notBeforeFounding("asOf", at, source);
        int year = at.getYear();
        LocalDate startOfYear = LocalDate.of(year - 1, 12, 31);
        List<Figures> columns = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        if (source.ledgers().size() == 1) {
            LedgerRow l = source.ledgers().get(0);
            columns.add(balanceSheet.figures(l, at, year));
            columns.add(balanceSheet.figures(l, startOfYear, year));
            heads.addAll(List.of(texts.text("bs.end"), texts.text("bs.start")));
        } else {
            Figures igf = balanceSheet.figures(source.ledgers().get(0), at, year);
            Figures af = balanceSheet.figures(source.ledgers().get(1), at, year);
            columns.addAll(List.of(igf, af, igf.plus(af), balanceSheet.figures(source.ledgers().get(0), startOfYear, year)
                    .plus(balanceSheet.figures(source.ledgers().get(1), startOfYear, year))));
            String end = texts.text("bs.end") + " - ";
            heads.addAll(List.of(end + texts.text("fund.IGF"), end + texts.text("fund.AF"), end + texts.text("fs.club-total"),
                    texts.text("bs.start") + " - " + texts.text("fs.club-total")));
        }
        String name = (texts.english() ? "balance-sheet" : "bao-cao-tinh-hinh-tai-chinh") + "_" + who(source) + "_" + at;
        if (format == OutputFormat.CSV) {
            return new Rendered(csv(BalanceSheetStatement.LINES, "bs.", columns, heads, texts), format, name + ".csv");
        }
        Map<String, Object> params = new HashMap<>(letterheads.parameters(source, "bs.title", "bs.form",
                texts.text("period.at", StatementTexts.day(at)), texts));
        params.put("NOTE", texts.text("bs.note", StatementTexts.day(startOfYear)));
        boolean club = columns.size() > 2;
        List<String> fields = club ? List.of("igf", "af", "total", "start") : List.of("end", "start");
        return new Rendered(renderer.render(club ? "balance-sheet-club" : "balance-sheet", false, params,
                rows(BalanceSheetStatement.LINES, "bs.", columns, fields, texts), texts, format), format,
                name + "." + format.extension());
    }

    /**
     * Income and expenditure for the period (default: the start of the year to today) of one ledger, or of a club
     * when {@code ledgerId} is null: both funds and the club's total, in which the interest the income-generation
     * fund hands to the activity fund shows as the one's expense and the other's income, and cancels out.
     */
    @ReadOnly
    public Rendered incomeExpenditure(Caller caller, Long clubId, Long ledgerId, LocalDate from, LocalDate to,
                                      OutputFormat format, StatementTexts texts) {
        LedgerRow ledger = ledgerId == null ? null : ledgers.visible(caller, ledgerId);
        Letterheads.Source source = letterheads.source(caller, ledger == null ? clubId : ledger.clubId(), ledger, texts);
        StatementPeriod period = StatementPeriod.of(from, to, dates.today(), dates.latest());
        notBeforeFounding("to", period.to(), source);
        List<Figures> columns = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        for (LedgerRow l : source.ledgers()) {
            columns.add(incomeExpenditure.figures(l, period));
            heads.add(texts.text("ie.amount") + (source.ledgers().size() > 1 ? " - " + texts.text("fund." + l.fund().name()) : ""));
        }
        boolean club = columns.size() > 1;
        if (club) {
            columns.add(columns.get(0).plus(columns.get(1)));
            heads.add(texts.text("ie.amount") + " - " + texts.text("fs.club-total"));
        }
        String name = Statements.fileName(texts.english() ? "income-expenditure" : "bao-cao-thu-chi", source, period);
        if (format == OutputFormat.CSV) {
            return new Rendered(csv(IncomeExpenditureStatement.LINES, "ie.", columns, heads, texts), format, name + ".csv");
        }
        Map<String, Object> params = new HashMap<>(letterheads.parameters(source, "ie.title", "ie.form",
                texts.text("period.range", StatementTexts.day(period.from()), StatementTexts.day(period.to())), texts));
        params.put("NOTE", texts.text("ie.note") + (club ? " " + texts.text("ie.note.club") : ""));
        List<String> fields = club ? List.of("igf", "af", "total") : List.of("amount");
        return new Rendered(renderer.render(club ? "income-expenditure-club" : "income-expenditure", false, params,
                rows(IncomeExpenditureStatement.LINES, "ie.", columns, fields, texts), texts, format), format,
                name + "." + format.extension());
    }

    /** A statement that ends before the club was founded can only be empty: the date is wrong. */
    private static void notBeforeFounding(String field, LocalDate date, Letterheads.Source source) {
        LocalDate founded = source.club().foundedOn();
        if (founded != null && date.isBefore(founded)) {
            throw ApiException.invalid(field, "before-founding", founded);
        }
    }

    /** {@code CLB1_IGF} or {@code CLB1}: the club's code in ASCII, and the fund when the statement has one. */
    private static String who(Letterheads.Source source) {
        String fund = source.ledgers().size() == 1 ? "_" + source.ledgers().get(0).fund().name() : "";
        return source.club().code().replaceAll("[^A-Za-z0-9.-]", "-") + fund;
    }

    /** The lines as the template's rows: names indented, zero blank where the form leaves it blank, whole VND. */
    static List<Map<String, Object>> rows(List<FinancialLine> lines, String prefix, List<Figures> columns,
                                          List<String> fields, StatementTexts texts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FinancialLine line : lines) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("code", line.code());
            r.put("name", "   ".repeat(line.depth()) + texts.text(prefix + line.key()));
            r.put("note", null);
            r.put("bold", line.kind().bold());
            r.put("italic", line.kind() == FinancialLine.Kind.DETAIL);
            for (int i = 0; i < fields.size(); i++) {
                BigDecimal v = columns.get(i).get(line.key());
                boolean blank = line.kind() == FinancialLine.Kind.HEADING || (v.signum() == 0 && !line.kind().always());
                r.put(fields.get(i), blank ? null : Amounts.normalize(v, Amounts.VND));
            }
            rows.add(r);
        }
        return rows;
    }

    /** The lines as CSV: line, code, note, then one column of plain numbers per figure column (headings blank). */
    static byte[] csv(List<FinancialLine> lines, String prefix, List<Figures> columns, List<String> heads,
                      StatementTexts texts) {
        List<String> header = new ArrayList<>(List.of(texts.text("fs.line"), texts.text("fs.code"), texts.text("fs.note")));
        header.addAll(heads);
        CsvTable csv = new CsvTable(header);
        for (FinancialLine line : lines) {
            Object[] values = new Object[header.size()];
            values[0] = texts.text(prefix + line.key());
            values[1] = line.code();
            for (int i = 0; i < columns.size(); i++) {
                values[3 + i] = line.kind() == FinancialLine.Kind.HEADING ? null
                        : Amounts.normalize(columns.get(i).get(line.key()), Amounts.VND);
            }
            csv.row(values);
        }
        return csv.bytes();
    }
}
