package vn.ishc.fund.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.StatementFiles;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ishc.fund.report.FinancialScene.LAST;
import static vn.ishc.fund.report.FinancialScene.TODAY;
import static vn.ishc.fund.report.FinancialScene.day;
import static vn.ishc.fund.report.FinancialScene.figure;
import static vn.ishc.fund.report.FinancialScene.same;

/**
 * The statement of financial position (B01a-DNN) of a ledger and of a club, at dates across two years with
 * entries dated back and a year closed into 421: it balances at every date, and every figure agrees with the
 * trial balance and the fund summary of the API. PDF, XLSX and CSV, Vietnamese and English.
 */
class BalanceSheetStatementTest {

    private static FinancialScene s;

    @BeforeAll
    static void scene() {
        s = FinancialScene.get();
    }

    private static String path(long ledger) {
        return "/api/v1/ledgers/" + ledger + "/statements/balance-sheet";
    }

    private static Map<String, List<String>> csv(String path, LocalDate at) {
        Api.Download d = s.download(path + "?format=csv&asOf=" + at).expect(200);
        assertTrue(d.contentType().startsWith("text/csv"));
        return FinancialScene.csvLines(d.body());
    }

    @Test
    void itBalancesAndAgreesWithTheBooksAtEveryDate() {
        List<LocalDate> dates = List.of(LocalDate.of(LAST, 1, 9), LocalDate.of(LAST, 1, 10), LocalDate.of(LAST, 3, 1),
                LocalDate.of(LAST, 6, 30), LocalDate.of(LAST, 12, 30), LocalDate.of(LAST, 12, 31), day(0), day(26),
                day(50), TODAY);
        for (LocalDate at : dates) {
            for (boolean igf : List.of(true, false)) {
                long ledger = igf ? s.books.igf : s.books.af;
                Map<String, List<String>> lines = csv(path(ledger), at);
                String where = (igf ? "IGF " : "AF ") + at;
                check(lines, 3, ledger, at, igf, where + " end");
                // the start of the year: the balances of 31 December before, this year's surplus not begun
                check(lines, 4, ledger, LocalDate.of(at.getYear() - 1, 12, 31), igf, where + " start");
                same(BigDecimal.ZERO, figure(lines, "– Thặng dư năm nay", 4), where + " start: no surplus yet");
                same(figure(lines, "417", 4), figure(lines, "– Thặng dư lũy kế đến cuối năm trước", 4), where);
                same(yearSurplus(ledger, at, igf), figure(lines, "– Thặng dư năm nay", 3), where + " this year's surplus");
            }
            // the club: both funds side by side, their total, the total at the start of the year
            Map<String, List<String>> club = csv("/api/v1/clubs/" + s.books.club + "/statements/balance-sheet", at);
            Map<String, List<String>> igf = csv(path(s.books.igf), at);
            Map<String, List<String>> af = csv(path(s.books.af), at);
            for (String key : club.keySet()) {
                if (club.get(key).get(3).isEmpty() && igf.get(key).get(3).isEmpty()) {
                    continue; // a heading
                }
                same(figure(igf, key, 3), figure(club, key, 3), at + " club IGF " + key);
                same(figure(af, key, 3), figure(club, key, 4), at + " club AF " + key);
                same(figure(igf, key, 3).add(figure(af, key, 3)), figure(club, key, 5), at + " club total " + key);
                same(figure(igf, key, 4).add(figure(af, key, 4)), figure(club, key, 6), at + " club start " + key);
            }
            for (int column = 3; column <= 6; column++) {
                same(figure(club, "200", column), figure(club, "500", column), at + " club column " + column + " balances");
            }
        }
    }

    /** One column of a ledger's statement against the trial balance and the fund summary at the date. */
    private static void check(Map<String, List<String>> lines, int column, long ledger, LocalDate at, boolean igf,
                              String where) {
        Map<String, BigDecimal> tb = s.trialBalance(ledger, at);
        JsonNode fs = s.fundSummary(at, igf);
        BigDecimal cash = figure(lines, "– Tiền mặt", column);
        BigDecimal bank = figure(lines, "– Tiền gửi ngân hàng", column);
        same(tb.getOrDefault("111", BigDecimal.ZERO), cash, where + " cash");
        same(fs.get("cash").decimalValue(), cash, where + " cash (fund summary)");
        same(fs.get("bank").decimalValue(), bank, where + " bank (fund summary)");
        same(cash.add(bank), figure(lines, "110", column), where + " 110");
        same(fs.get("loansOutstanding").decimalValue(), figure(lines, "122", column), where + " 122");
        same(tb.getOrDefault("12881", BigDecimal.ZERO), figure(lines, "122", column), where + " 122 (trial balance)");
        same(fs.get("allowance").decimalValue().negate(), figure(lines, "124", column), where + " 124");
        same(figure(lines, "122", column).add(figure(lines, "124", column)), figure(lines, "120", column), where + " 120");
        same(fs.get("otherReceivables").decimalValue(), figure(lines, "134", column), where + " 134");
        same(fs.get("inKindGoods").decimalValue(), figure(lines, "141", column), where + " 141");
        same(fs.get("payables").decimalValue(), figure(lines, "315", column), where + " 315");
        same(tb.getOrDefault("4111", BigDecimal.ZERO).negate(), figure(lines, "411", column), where + " 411");
        same(tb.getOrDefault("4118", BigDecimal.ZERO).negate(), figure(lines, "413", column), where + " 413");
        BigDecimal surplus = BigDecimal.ZERO;
        for (String code : List.of("421", "515", "711", "642", "811")) {
            surplus = surplus.subtract(tb.getOrDefault(code, BigDecimal.ZERO));
        }
        same(surplus, figure(lines, "417", column), where + " 417");
        same(fs.get("netAssets").decimalValue(), figure(lines, "400", column), where + " 400 = net assets");
        BigDecimal assets = BigDecimal.ZERO;
        for (String code : List.of("111", "112", "12881", "1388", "156", "2293")) {
            assets = assets.add(tb.getOrDefault(code, BigDecimal.ZERO));
        }
        same(assets, figure(lines, "200", column), where + " 200");
        same(figure(lines, "200", column), figure(lines, "500", column), where + " balances");
        same(figure(lines, "315", column).add(figure(lines, "400", column)), figure(lines, "500", column), where + " 500");
    }

    /**
     * This year's surplus at a date: the fund summary's income less expenses of the year; on the last day of the
     * closed year, which the summary shows after the close, what the closing entry put into 421.
     */
    private static BigDecimal yearSurplus(long ledger, LocalDate at, boolean igf) {
        if (at.equals(LocalDate.of(LAST, 12, 31))) {
            return s.trialBalance(ledger, at.minusDays(1)).getOrDefault("421", BigDecimal.ZERO)
                    .subtract(s.trialBalance(ledger, at).getOrDefault("421", BigDecimal.ZERO));
        }
        JsonNode fs = s.fundSummary(at, igf);
        return fs.get("income").decimalValue().subtract(fs.get("expenses").decimalValue());
    }

    @Test
    void theClubsPdfInVietnamese() {
        LocalDate at = day(50);
        Api.Download pdf = s.download("/api/v1/clubs/" + s.books.club + "/statements/balance-sheet?asOf=" + at).expect(200);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("bao-cao-tinh-hinh-tai-chinh_"));
        StatementFiles.keep("balance-sheet-club-vi.pdf", pdf.body());
        assertTrue(StatementFiles.fontsEmbedded(pdf.body()));
        String text = StatementFiles.pdfText(pdf.body());
        Map<String, List<String>> club = csv("/api/v1/clubs/" + s.books.club + "/statements/balance-sheet", at);
        for (String t : List.of("BÁO CÁO TÌNH HÌNH TÀI CHÍNH", "Mẫu số B01a - DNN", "Thông tư số 133/2016/TT-BTC",
                "Cả hai quỹ của câu lạc bộ", "Tại ngày " + StatementTexts.day(at), "Chỉ tiêu", "Mã số", "Thuyết",
                "Số cuối kỳ", "Số đầu năm", "Quỹ tăng thu", "Quỹ hoạt", "Cộng câu lạc",
                "I. Tiền và các khoản tương đương tiền", "1. Cho vay thành viên", "2. Dự phòng nợ khó đòi (*)",
                "TỔNG CỘNG TÀI SẢN", "TỔNG CỘNG NGUỒN VỐN", "Vốn góp của thành viên", "Vốn tài trợ", "Thặng dư lũy kế",
                "Thặng dư năm nay", "ngoặc đơn", "31/12/" + (at.getYear() - 1), "Người lập biểu", "Thủ quỹ",
                "Chủ nhiệm CLB", "Trang 1/")) {
            assertTrue(text.contains(t), () -> t + " in\n" + text);
        }
        for (String code : List.of("110", "120", "124", "200", "400", "417", "500")) {
            for (int column = 3; column <= 6; column++) {
                BigDecimal v = figure(club, code, column);
                if (v.signum() != 0) {
                    assertTrue(text.contains(FinancialScene.vi(v)), code + " " + FinancialScene.vi(v) + " in\n" + text);
                }
            }
        }
        // the allowance is negative: in brackets
        assertTrue(figure(club, "124", 5).signum() < 0, "an allowance stands at " + at);
    }

    @Test
    void aLedgersPdfInEnglishAndItsXlsx() {
        byte[] english = s.books.asTreasurer().english().download(path(s.books.igf)).expect(200).body();
        StatementFiles.keep("balance-sheet-igf-en.pdf", english);
        String en = StatementFiles.pdfText(english);
        Map<String, List<String>> lines = csv(path(s.books.igf), TODAY);
        for (String t : List.of("STATEMENT OF FINANCIAL POSITION", "Form B01a - DNN", "Income-generation fund",
                "End of period", "Start of year", "TOTAL ASSETS", "TOTAL LIABILITIES AND EQUITY", "Loans to members",
                "Prepared by", "Page 1/")) {
            assertTrue(en.contains(t), () -> t + " in\n" + en);
        }
        assertTrue(en.contains(FinancialScene.en(figure(lines, "200", 3))), en);
        Api.Download ledgerPdf = s.download(path(s.books.igf) + "?lang=vi").expect(200);
        StatementFiles.keep("balance-sheet-igf-vi.pdf", ledgerPdf.body());
        Api.Download xlsx = s.download(path(s.books.igf) + "?format=xlsx&lang=en").expect(200);
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("balance-sheet_"));
        StatementFiles.keep("balance-sheet-igf.xlsx", xlsx.body());
        List<List<Object>> rows = StatementFiles.xlsx(xlsx.body());
        for (String code : List.of("110", "120", "134", "141", "200", "315", "400", "411", "413", "417", "500")) {
            List<BigDecimal> figures = StatementFiles.numbers(StatementFiles.rowWith(rows, code));
            BigDecimal end = figure(lines, code, 3);
            BigDecimal start = figure(lines, code, 4);
            // numeric cells: the end of the period and the start of the year, blank when zero on a plain line
            List<BigDecimal> expected = new java.util.ArrayList<>();
            for (BigDecimal v : List.of(end, start)) {
                if (v.signum() != 0 || List.of("110", "120", "200", "400", "500").contains(code)) {
                    expected.add(v);
                }
            }
            assertEquals(expected.size(), figures.size(), code + " " + figures);
            for (int i = 0; i < expected.size(); i++) {
                same(expected.get(i), figures.get(i), "xlsx " + code);
            }
        }
        assertTrue(StatementFiles.xlsxFrozenRows(xlsx.body()) > 0, "the header rows stay in view");
    }

    @Test
    void badRequestsAreRefused() {
        String base = path(s.books.igf);
        s.books.asTreasurer().get(base + "?asOf=" + TODAY.plusDays(30)).expectProblem(400, "asOf", "too-far-ahead");
        s.books.asTreasurer().get(base + "?asOf=" + s.books.founded.minusDays(1)).expectProblem(400, "asOf", "before-founding");
        s.books.asTreasurer().get(base + "?asOf=2026-13-01").expectProblem(400);
        s.books.asTreasurer().get(base + "?from=" + TODAY).expectProblem(400, "from", "unknown-parameter");
        s.books.asTreasurer().get(base + "?format=pdfx").expectProblem(400, "format", "enum");
        s.books.asTreasurer().get(base + "?lang=de").expectProblem(400, "lang", "enum");
        s.books.asTreasurer().get("/api/v1/ledgers/999999999/statements/balance-sheet").expectProblem(404);
        s.books.asTreasurer().get("/api/v1/clubs/999999999/statements/balance-sheet").expectProblem(404);
        ClubBooks other = new ClubBooks(1);
        other.asTreasurer().get(base).expectProblem(404);
        other.asTreasurer().get("/api/v1/clubs/" + s.books.club + "/statements/balance-sheet").expectProblem(404);
        TestApp.api().get(base).expect(401);
    }
}
