package vn.ishc.fund.report;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.LedgerRow;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed statements of a ledger or a club, in PDF, XLSX or CSV, Vietnamese or English. Each is read
 * in one connection from the books as they are true at its dates, with the scope checked first.
 */
@Singleton
public class Statements {

    private final LedgerReads ledgers;
    private final Letterheads letterheads;
    private final JasperRenderer renderer;
    private final TrialBalanceStatement trialBalance;
    private final BusinessDates dates;

    public Statements(LedgerReads ledgers, Letterheads letterheads, JasperRenderer renderer,
                      TrialBalanceStatement trialBalance, BusinessDates dates) {
        this.ledgers = ledgers;
        this.letterheads = letterheads;
        this.renderer = renderer;
        this.trialBalance = trialBalance;
        this.dates = dates;
    }

    /** The period, checked: from ≤ to, at most five years, not beyond the posting window. */
    public StatementPeriod period(LocalDate from, LocalDate to) {
        return StatementPeriod.of(from, to, dates.today(), dates.latest());
    }

    /** Trial balance (F01-DNN) of one ledger, or of both ledgers of a club when {@code ledgerId} is null. */
    @ReadOnly
    public Rendered trialBalance(Caller caller, Long clubId, Long ledgerId, LocalDate from, LocalDate to,
                                 OutputFormat format, StatementTexts texts) {
        LedgerRow ledger = ledgerId == null ? null : ledgers.visible(caller, ledgerId);
        StatementPeriod period = period(from, to);
        Letterheads.Source source = letterheads.source(caller, ledger == null ? clubId : ledger.clubId(), ledger, texts);
        List<Map<String, Object>> rows = new ArrayList<>();
        TrialBalanceStatement.Line total = null;
        CsvTable csv = new CsvTable(List.of(texts.text("tb.code"), texts.text("tb.name"),
                texts.text("tb.opening") + " - " + texts.text("debit"), texts.text("tb.opening") + " - " + texts.text("credit"),
                texts.text("tb.period") + " - " + texts.text("debit"), texts.text("tb.period") + " - " + texts.text("credit"),
                texts.text("tb.closing") + " - " + texts.text("debit"), texts.text("tb.closing") + " - " + texts.text("credit")));
        for (LedgerRow l : source.ledgers()) {
            TrialBalanceStatement.Table table = trialBalance.table(l, period, texts.locale());
            if (source.ledgers().size() > 1) {
                rows.add(section(texts.text("fund." + l.fund().name())));
                csv.row(null, texts.text("fund." + l.fund().name()), null, null, null, null, null, null);
            }
            rows.addAll(TrialBalanceStatement.rows(table));
            for (TrialBalanceStatement.Line line : table.lines()) {
                csv.row(line.code(), line.name().strip(), line.openDebit(), line.openCredit(), line.periodDebit(),
                        line.periodCredit(), line.closeDebit(), line.closeCredit());
            }
            total = total == null ? table.total() : total.plus(table.total());
        }
        csv.row(null, texts.text("total"), total.openDebit(), total.openCredit(), total.periodDebit(),
                total.periodCredit(), total.closeDebit(), total.closeCredit());
        String name = fileName(texts.english() ? "trial-balance" : "bang-can-doi-tai-khoan", source, period);
        if (format == OutputFormat.CSV) {
            return new Rendered(csv.bytes(), format, name + ".csv");
        }
        Map<String, Object> params = new HashMap<>(letterheads.parameters(source, "tb.title", "tb.form",
                texts.text("period.range", StatementTexts.day(period.from()), StatementTexts.day(period.to())), texts));
        params.put("TOTAL_OPEN_DEBIT", total.openDebit());
        params.put("TOTAL_OPEN_CREDIT", total.openCredit());
        params.put("TOTAL_PERIOD_DEBIT", total.periodDebit());
        params.put("TOTAL_PERIOD_CREDIT", total.periodCredit());
        params.put("TOTAL_CLOSE_DEBIT", total.closeDebit());
        params.put("TOTAL_CLOSE_CREDIT", total.closeCredit());
        return new Rendered(renderer.render("trial-balance", true, params, rows, texts, format), format,
                name + "." + format.extension());
    }

    /** A bold line naming the fund whose accounts follow (statements of a club's two ledgers). */
    private static Map<String, Object> section(String title) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("code", null);
        r.put("name", title);
        r.put("header", true);
        return r;
    }

    /** {@code bang-can-doi-tai-khoan_CLB1_IGF_2026-01-01_2026-11-30}: ASCII, what the statement is and covers. */
    static String fileName(String kind, Letterheads.Source source, StatementPeriod period) {
        String fund = source.ledgers().size() == 1 ? "_" + source.ledgers().get(0).fund().name() : "";
        return kind + "_" + source.club().code().replaceAll("[^A-Za-z0-9.-]", "-") + fund + "_" + period.from() + "_"
                + period.to();
    }

    static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
