package vn.ishc.fund.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.StatementFiles;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A club's loan portfolio and arrears in the three formats and both languages, every bucket, indicator and
 * follow-up figure read back from the files and compared with {@code GET /clubs/{id}/arrears?asOf=}.
 */
class LoanPortfolioStatementTest {

    private static final LocalDate TODAY = Dates.today();
    private static ClubBooks books;

    @BeforeAll
    static void books() {
        books = new ClubBooks(4, LocalDate.of(2020, 1, 1));
        books.op("opening-balances", Map.of("fund", "IGF", "date", TODAY.minusYears(1).toString(), "lines", List.of(
                Map.of("accountCode", "111", "amount", 80_000_000)), "donatedCapital", 80_000_000)).expect(201);
        Lending lending = new Lending(books);
        long product = lending.product(Map.of());
        // paid on time
        long current = lending.active(books.member(0), product, 2_000_000, TODAY.minusDays(20));
        // never paid: more than 90 days past due
        lending.active(books.member(1), product, 3_000_000, TODAY.minusDays(150));
        // paid once, then stopped: about 45 days past due
        long late = lending.active(books.member(2), product, 4_000_000, TODAY.minusDays(105));
        lending.repay(late, TODAY.minusDays(75), 700_000).expect(201);
        // repaid in full
        long closed = lending.active(books.member(3), product, 1_000_000, TODAY.minusDays(60));
        lending.repay(closed, TODAY.minusDays(30), 1_010_000).expect(201);
        assertTrue(current > 0);
    }

    private static JsonNode arrears(LocalDate asOf) {
        return books.asTreasurer().get("/api/v1/clubs/" + books.club + "/arrears?asOf=" + asOf).expect(200).json();
    }

    private static Api.Download get(String query) {
        return books.asTreasurer().download("/api/v1/clubs/" + books.club + "/statements/loan-portfolio" + query);
    }

    @Test
    void theCsvHasTheFiguresOfTheArrearsApi() {
        JsonNode a = arrears(TODAY);
        assertTrue(a.get("followUp").size() >= 2, a.toString());
        List<List<String>> lines = StatementFiles.csv(get("?format=csv&asOf=" + TODAY).expect(200).body());
        String[] buckets = {"Trong hạn", "Quá hạn 1 - 30 ngày", "Quá hạn 31 - 60 ngày", "Quá hạn 61 - 90 ngày",
                "Quá hạn 91 - 180 ngày", "Quá hạn trên 180 ngày"};
        for (int i = 0; i < buckets.length; i++) {
            String label = buckets[i];
            List<String> row = lines.stream().filter(l -> l.get(1).equals(label)).findFirst().orElseThrow();
            JsonNode b = a.get("buckets").get(i);
            assertEquals(b.get("loans").asText(), row.get(5), label);
            assertEquals(0, b.get("outstanding").decimalValue().compareTo(new BigDecimal(row.get(6))), label);
        }
        List<String> total = lines.stream().filter(l -> l.get(1).equals("Tổng cộng")).findFirst().orElseThrow();
        assertEquals(a.get("loans").asText(), total.get(5));
        assertEquals(0, a.get("outstanding").decimalValue().compareTo(new BigDecimal(total.get(6))));
        for (String k : List.of("PAR30", "PAR90")) {
            List<String> row = lines.stream().filter(l -> l.get(1).equals(k)).findFirst().orElseThrow();
            assertEquals(0, a.get(k.toLowerCase()).decimalValue().compareTo(new BigDecimal(row.get(6))), k);
        }
        List<String> rate = lines.stream().filter(l -> l.get(1).equals("Tỷ lệ hoàn trả")).findFirst().orElseThrow();
        assertEquals(0, a.get("repaymentRate").decimalValue().compareTo(new BigDecimal(rate.get(6))));
        List<List<String>> follow = lines.stream().filter(l -> l.get(0).equals("Cần đôn đốc")).toList();
        assertEquals(a.get("followUp").size(), follow.size());
        for (int i = 0; i < follow.size(); i++) {
            JsonNode f = a.get("followUp").get(i);
            List<String> row = follow.get(i);
            assertEquals(f.get("memberName").asText(), row.get(1));
            assertEquals("#" + f.get("loanId").asText(), row.get(3));
            assertEquals(f.get("daysPastDue").asText(), row.get(4));
            assertEquals(List.of(f.get("overduePrincipal").asText(), f.get("overdueInterest").asText(),
                    f.get("penaltyDue").asText(), f.get("dueThisMonth").asText(), f.get("toCollect").asText()),
                    row.subList(7, 12));
        }
    }

    @Test
    void thePdfPrintsIndicatorsFollowUpAndAgingInVietnamese() {
        Api.Download pdf = get("").expect(200);
        StatementFiles.keep("loan-portfolio-vi.pdf", pdf.body());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("danh-muc-cho-vay_"));
        String text = StatementFiles.pdfText(pdf.body());
        JsonNode a = arrears(TODAY);
        for (String s : List.of("BÁO CÁO DƯ NỢ VÀ NỢ QUÁ HẠN", "Quỹ tăng thu nhập", "Tại ngày " + StatementTexts.day(TODAY),
                "I. Danh sách thành viên cần đôn đốc trả nợ", "II. Phân loại dư nợ theo thời gian quá hạn",
                "Quá hạn 91 - 180 ngày", "PAR30", "Tỷ lệ hoàn trả", "Thủ quỹ", "Trang 1/", "Cần thu")) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        assertTrue(text.contains(PassbookStatementTest.vi(a.get("outstanding").asLong())), text);
        for (JsonNode f : a.get("followUp")) {
            assertTrue(text.contains(f.get("memberName").asText()), text);
            assertTrue(text.contains(PassbookStatementTest.vi(f.get("toCollect").asLong())), text);
        }
        // PAR30 as a percentage with two decimals, as Vietnamese write it
        String par30 = String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.2f%%",
                a.get("par30").decimalValue().multiply(BigDecimal.valueOf(100)));
        assertTrue(text.contains(par30), () -> par30 + " in\n" + text);
    }

    @Test
    void theXlsxHasNumericCellsAndFrozenHeaders() {
        Api.Download xlsx = get("?format=xlsx").expect(200);
        StatementFiles.keep("loan-portfolio.xlsx", xlsx.body());
        List<List<Object>> rows = StatementFiles.xlsx(xlsx.body());
        JsonNode a = arrears(TODAY);
        for (JsonNode f : a.get("followUp")) {
            List<BigDecimal> n = StatementFiles.numbers(StatementFiles.rowWith(rows, f.get("memberName").asText()));
            assertEquals(0, f.get("toCollect").decimalValue().compareTo(n.get(n.size() - 1)), n.toString());
            assertEquals(f.get("daysPastDue").asInt(), n.get(1).intValue(), n.toString());
        }
        assertTrue(StatementFiles.xlsxFrozenRows(xlsx.body()) > 0);
    }

    @Test
    void atAnEarlierDateAndInEnglish() {
        LocalDate earlier = TODAY.minusDays(40);
        JsonNode a = arrears(earlier);
        Api.Download pdf = get("?lang=en&asOf=" + earlier).expect(200);
        StatementFiles.keep("loan-portfolio-en.pdf", pdf.body());
        String text = StatementFiles.pdfText(pdf.body());
        for (String s : List.of("LOAN PORTFOLIO AND ARREARS", "At " + StatementTexts.day(earlier), "Borrowers to follow up",
                "Days past due", "Repayment rate", "Treasurer", "Page 1/",
                PassbookStatementTest.en(a.get("outstanding").asLong()))) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
    }

    @Test
    void aClubWithoutLoansSaysNobodyIsToFollowUp() {
        ClubBooks empty = new ClubBooks(1);
        String text = StatementFiles.pdfText(empty.asTreasurer().download("/api/v1/clubs/" + empty.club
                + "/statements/loan-portfolio").expect(200).body());
        assertTrue(text.contains("Không có thành viên nào cần đôn đốc."), text);
    }

    @Test
    void badRequestsAreRefused() {
        String base = "/api/v1/clubs/" + books.club + "/statements/loan-portfolio";
        books.asTreasurer().get(base + "?asOf=" + TODAY.plusYears(1)).expectProblem(400, "to", "too-far-ahead");
        books.asTreasurer().get(base + "?asOf=yesterday").expect(400);
        books.asTreasurer().get(base + "?from=" + TODAY).expectProblem(400, "from", "unknown-parameter");
        books.asTreasurer().get(base + "?format=pdf2").expectProblem(400, "format", "enum");
        books.asTreasurer().get("/api/v1/clubs/999999999/statements/loan-portfolio").expectProblem(404);
        new ClubBooks(1).asTreasurer().get(base).expectProblem(404);
        TestApp.api().get(base).expect(401);
    }
}
