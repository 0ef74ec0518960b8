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
import static vn.ishc.fund.report.FinancialScene.AREAS;
import static vn.ishc.fund.report.FinancialScene.LAST;
import static vn.ishc.fund.report.FinancialScene.TODAY;
import static vn.ishc.fund.report.FinancialScene.YEAR;
import static vn.ishc.fund.report.FinancialScene.figure;
import static vn.ishc.fund.report.FinancialScene.same;

/**
 * Income and expenditure of a ledger and of a club: interest and other income by where it came from, spending by
 * activity area, loan losses, the interest handed between the funds, and the surplus, each figure compared with
 * the account statements and the fund summary of the API, and with the balance sheet's surplus of the year.
 */
class IncomeExpenditureStatementTest {

    private static final LocalDate JAN_1 = LocalDate.of(YEAR, 1, 1);
    private static FinancialScene s;

    @BeforeAll
    static void scene() {
        s = FinancialScene.get();
    }

    private static String path(long ledger) {
        return "/api/v1/ledgers/" + ledger + "/statements/income-expenditure";
    }

    private static String clubPath() {
        return "/api/v1/clubs/" + s.books.club + "/statements/income-expenditure";
    }

    private static Map<String, List<String>> csv(String path, LocalDate from, LocalDate to) {
        return FinancialScene.csvLines(s.download(path + "?format=csv&from=" + from + "&to=" + to).expect(200).body());
    }

    /** Credit minus debit (income) or debit minus credit (expenses) of an account in the period. */
    private static BigDecimal moved(long ledger, String code, LocalDate from, LocalDate to, boolean income) {
        JsonNode st = s.accountStatement(ledger, code, from, to);
        BigDecimal net = st.get("totalDebit").decimalValue().subtract(st.get("totalCredit").decimalValue());
        return income ? net.negate() : net;
    }

    private static BigDecimal vnd(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void eachLedgersYearAgreesWithItsAccountsAndTheFundSummary() {
        for (boolean igf : List.of(true, false)) {
            long ledger = igf ? s.books.igf : s.books.af;
            String where = igf ? "IGF" : "AF";
            Map<String, List<String>> lines = csv(path(ledger), JAN_1, TODAY);
            same(moved(ledger, "515", JAN_1, TODAY, true), figure(lines, "01", 3), where + " 01 interest");
            same(moved(ledger, "711", JAN_1, TODAY, true), figure(lines, "02", 3), where + " 02 other income");
            same(moved(ledger, "642", JAN_1, TODAY, false), figure(lines, "21", 3), where + " 21 administrative");
            same(moved(ledger, "811", JAN_1, TODAY, false), figure(lines, "22", 3), where + " 22 other expenses");
            JsonNode fs = s.fundSummary(TODAY, igf);
            same(fs.get("income").decimalValue(), figure(lines, "10", 3), where + " 10 = the fund summary's income");
            same(fs.get("expenses").decimalValue(), figure(lines, "20", 3), where + " 20 = the fund summary's expenses");
            BigDecimal result = figure(lines, "10", 3).subtract(figure(lines, "20", 3));
            same(result, figure(lines, "40", 3), where + " 40 = 10 - 20");
            BigDecimal breakdown = BigDecimal.ZERO;
            for (String code : List.of("03", "04", "05", "06", "07", "08")) {
                breakdown = breakdown.add(figure(lines, code, 3));
            }
            same(figure(lines, "02", 3), breakdown, where + " 02 = 03 + ... + 08");
            BigDecimal areas = BigDecimal.ZERO;
            for (int code = 24; code <= 31; code++) {
                areas = areas.add(figure(lines, String.valueOf(code), 3));
            }
            same(figure(lines, "23", 3), areas, where + " 23 = 24 + ... + 31");
            same(figure(lines, "22", 3), figure(lines, "23", 3).add(figure(lines, "32", 3)).add(figure(lines, "33", 3))
                    .add(figure(lines, "34", 3)), where + " 22 = 23 + 32 + 33 + 34");
            // the balance sheet's surplus of this year is this statement's result
            Map<String, List<String>> bs = FinancialScene.csvLines(s.download("/api/v1/ledgers/" + ledger
                    + "/statements/balance-sheet?format=csv").expect(200).body());
            same(result, figure(bs, "– Thặng dư năm nay", 3), where + " = the balance sheet's surplus of the year");
        }
    }

    @Test
    void theBreakdownShowsWhereTheMoneyCameFromAndWentTo() {
        Map<String, List<String>> af = csv(path(s.books.af), JAN_1, TODAY);
        same(vnd(10_000), figure(af, "03", 3), "AF fees of the meeting");
        same(vnd(FinancialScene.DONATION), figure(af, "04", 3), "AF donations");
        same(vnd(FinancialScene.INTEREST_OUT), figure(af, "07", 3), "AF interest from the IGF");
        for (int area = 1; area <= 8; area++) {
            long expected = AREAS.getOrDefault(area, 0L);
            same(vnd(expected), figure(af, String.valueOf(23 + area), 3), "AF area " + area);
        }
        // the culture spending was reversed: nothing left in area 7
        same(BigDecimal.ZERO, figure(af, "30", 3), "AF area 7 after its reversal");
        Map<String, List<String>> igf = csv(path(s.books.igf), JAN_1, TODAY);
        same(vnd(s.writtenOff - 700_000), figure(igf, "32", 3), "IGF loan losses beyond the allowance");
        same(vnd(FinancialScene.INTEREST_OUT), figure(igf, "33", 3), "IGF interest handed over");
        same(vnd(FinancialScene.ALLOWANCE_BOOKED), figure(igf, "34", 3), "IGF other expenses (the allowance booked)");
        same(vnd(FinancialScene.RECOVERED), figure(igf, "06", 3), "IGF recovery");
        same(vnd(FinancialScene.ADMIN), figure(igf, "21", 3), "IGF administrative");
        assertTrue(figure(igf, "01", 3).signum() > 0, "interest received this year");
        // a period inside the year: only what is dated in it
        Map<String, List<String>> early = csv(path(s.books.af), FinancialScene.day(20), FinancialScene.day(21));
        same(vnd(AREAS.get(1) + AREAS.get(3)), figure(early, "23", 3), "AF areas spent on days 20 and 21");
    }

    @Test
    void aClosedYearCountsWhatItEarnedNotItsClose() {
        LocalDate from = LocalDate.of(LAST, 1, 1);
        LocalDate to = LocalDate.of(LAST, 12, 31);
        for (boolean igf : List.of(true, false)) {
            long ledger = igf ? s.books.igf : s.books.af;
            Map<String, List<String>> lines = csv(path(ledger), from, to);
            // 515's credits are the interest received; its debit is the close, which is left out
            same(s.accountStatement(ledger, "515", from, to).get("totalCredit").decimalValue(), figure(lines, "01", 3),
                    "interest of last year");
            BigDecimal closed = s.trialBalance(ledger, to.minusDays(1)).getOrDefault("421", BigDecimal.ZERO)
                    .subtract(s.trialBalance(ledger, to).getOrDefault("421", BigDecimal.ZERO));
            same(closed, figure(lines, "40", 3), (igf ? "IGF" : "AF") + " last year's result is what the close put into 421");
        }
        Map<String, List<String>> af = csv(path(s.books.af), from, to);
        same(vnd(40_000), figure(af, "25", 3), "last year's health care");
        same(vnd(60_000), figure(af, "07", 3), "last year's interest from the IGF");
    }

    @Test
    void theClubShowsBothFundsAndTheirTotal() {
        Map<String, List<String>> club = csv(clubPath(), JAN_1, TODAY);
        Map<String, List<String>> igf = csv(path(s.books.igf), JAN_1, TODAY);
        Map<String, List<String>> af = csv(path(s.books.af), JAN_1, TODAY);
        assertEquals(IncomeExpenditureStatement.LINES.size(), club.size());
        for (String key : club.keySet()) {
            same(figure(igf, key, 3), figure(club, key, 3), "club IGF " + key);
            same(figure(af, key, 3), figure(club, key, 4), "club AF " + key);
            same(figure(igf, key, 3).add(figure(af, key, 3)), figure(club, key, 5), "club total " + key);
        }
        // the interest handed over is the one fund's expense and the other's income: in the total both show
        same(vnd(FinancialScene.INTEREST_OUT), figure(club, "33", 5), "club total interest out");
        same(vnd(FinancialScene.INTEREST_OUT), figure(club, "07", 5), "club total interest in");
        same(figure(igf, "40", 3).add(figure(af, "40", 3)), figure(club, "40", 5), "club surplus");
    }

    @Test
    void thePdfsInBothLanguagesAndTheXlsx() {
        Api.Download pdf = s.download(clubPath()).expect(200);
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("bao-cao-thu-chi_"));
        StatementFiles.keep("income-expenditure-club-vi.pdf", pdf.body());
        assertEquals(1, StatementFiles.pdfPages(pdf.body()), "one page: the figures with their signatures");
        String text = StatementFiles.pdfText(pdf.body());
        Map<String, List<String>> club = csv(clubPath(), JAN_1, TODAY);
        for (String t : List.of("BÁO CÁO THU, CHI VÀ KẾT QUẢ HOẠT ĐỘNG", "Vận dụng mẫu số B02 - DNN",
                "Từ ngày 01/01/" + YEAR + " đến ngày " + StatementTexts.day(TODAY), "1. Thu lãi cho vay",
                "– Hội phí của thành viên", "(1) Tăng thu nhập", "(2) Chăm sóc sức khỏe", "(3) Chăm sóc tại nhà",
                "(4) Tự giúp nhau", "(5) Quyền và lợi ích", "(6) Học tập suốt đời", "(7) Văn hóa, văn nghệ, thể thao",
                "(8) Huy động nguồn lực", "b) Tổn thất cho vay", "c) Lãi chuyển sang quỹ hoạt động (**)",
                "III. THẶNG DƯ (THÂM HỤT)", "bù trừ nhau", "Chủ nhiệm CLB", "Trang 1/1")) {
            assertTrue(text.contains(t), () -> t + " in\n" + text);
        }
        for (String code : List.of("10", "20", "40", "01", "23", "32")) {
            for (int column = 3; column <= 5; column++) {
                BigDecimal v = figure(club, code, column);
                if (v.signum() != 0) {
                    assertTrue(text.contains(FinancialScene.vi(v)), code + " " + FinancialScene.vi(v) + " in\n" + text);
                }
            }
        }
        Api.Download ledgerPdf = s.download(path(s.books.af)).expect(200);
        StatementFiles.keep("income-expenditure-af-vi.pdf", ledgerPdf.body());
        String vi = StatementFiles.pdfText(ledgerPdf.body());
        assertTrue(vi.contains("Quỹ hoạt động") && vi.contains("Kỳ này") && !vi.contains("bù trừ nhau"), vi);
        byte[] englishPdf = s.books.asTreasurer().english().download(path(s.books.igf)).expect(200).body();
        StatementFiles.keep("income-expenditure-igf-en.pdf", englishPdf);
        String en = StatementFiles.pdfText(englishPdf);
        Map<String, List<String>> igf = csv(path(s.books.igf), JAN_1, TODAY);
        for (String t : List.of("INCOME AND EXPENDITURE STATEMENT", "Adapted from form B02 - DNN", "This period",
                "Interest income on loans", "(7) Culture, arts, sports and visits", "Loan losses", "SURPLUS (DEFICIT)",
                "Income-generation fund", "Prepared by")) {
            assertTrue(en.contains(t), () -> t + " in\n" + en);
        }
        assertTrue(en.contains(FinancialScene.en(figure(igf, "40", 3))), en);
        Api.Download xlsx = s.download(clubPath() + "?format=xlsx").expect(200);
        StatementFiles.keep("income-expenditure-club.xlsx", xlsx.body());
        List<List<Object>> rows = StatementFiles.xlsx(xlsx.body());
        for (String code : List.of("10", "20", "40")) {
            List<BigDecimal> figures = StatementFiles.numbers(StatementFiles.rowWith(rows, code));
            assertEquals(3, figures.size(), code + " " + figures);
            for (int i = 0; i < 3; i++) {
                same(figure(club, code, 3 + i), figures.get(i), "xlsx " + code + " column " + i);
            }
        }
        assertTrue(StatementFiles.xlsxFrozenRows(xlsx.body()) > 0, "the header rows stay in view");
        List<List<String>> english = StatementFiles.csv(s.download(clubPath() + "?format=csv&lang=en").expect(200).body());
        assertEquals(List.of("Item", "Code", "Note", "This period - Income-generation fund", "This period - Activity fund",
                "This period - Club total"), english.get(0));
    }

    @Test
    void badRequestsAreRefused() {
        String base = path(s.books.igf);
        s.books.asTreasurer().get(base + "?from=" + TODAY + "&to=" + TODAY.minusDays(1)).expectProblem(400, "from", "from-after-to");
        s.books.asTreasurer().get(base + "?from=2015-01-01&to=" + TODAY).expectProblem(400, "to", "period-too-long");
        s.books.asTreasurer().get(base + "?to=" + TODAY.plusDays(30)).expectProblem(400, "to", "too-far-ahead");
        s.books.asTreasurer().get(base + "?from=" + s.books.founded.minusYears(1) + "&to=" + s.books.founded.minusDays(1))
                .expectProblem(400, "to", "before-founding");
        s.books.asTreasurer().get(base + "?asOf=" + TODAY).expectProblem(400, "asOf", "unknown-parameter");
        s.books.asTreasurer().get(base + "?format=docx").expectProblem(400, "format", "enum");
        s.books.asTreasurer().get(base + "?lang=fr").expectProblem(400, "lang", "enum");
        s.books.asTreasurer().get("/api/v1/ledgers/999999999/statements/income-expenditure").expectProblem(404);
        ClubBooks other = new ClubBooks(1);
        other.asTreasurer().get(base).expectProblem(404);
        other.asTreasurer().get(clubPath()).expectProblem(404);
        TestApp.api().get(clubPath()).expect(401);
    }
}
