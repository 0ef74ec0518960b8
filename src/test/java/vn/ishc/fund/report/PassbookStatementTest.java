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
 * A member's passbook in the three formats and both languages: its balances, fees and loans read back from
 * the files and compared with the member's sub-ledger and loans as the API tells them.
 */
class PassbookStatementTest {

    private static final LocalDate TODAY = Dates.today();
    private static final LocalDate START = TODAY.minusMonths(4).withDayOfMonth(1);
    private static ClubBooks books;
    private static long member;
    private static long loan;

    @BeforeAll
    static void books() {
        books = new ClubBooks(3, LocalDate.of(2020, 1, 1));
        member = books.member(0);
        books.op("opening-balances", Map.of("fund", "IGF", "date", START.minusYears(1).toString(), "lines", List.of(
                Map.of("accountCode", "111", "amount", 50_000_000)), "donatedCapital", 50_000_000)).expect(201);
        books.op("contribution", Map.of("memberId", member, "amount", 300_000, "date",
                START.minusMonths(6).toString())).expect(201);
        books.op("contribution", Map.of("memberId", member, "amount", 200_000, "date", START.plusDays(3).toString(),
                "description", "Góp vốn quý")).expect(201);
        books.op("fee", Map.of("memberId", member, "amount", 10_000, "date", START.plusDays(3).toString())).expect(201);
        books.op("fee", Map.of("memberId", member, "amount", 10_000, "date", TODAY.toString())).expect(201);
        books.op("fee", Map.of("memberId", books.member(1), "amount", 10_000, "date", TODAY.toString())).expect(201);
        Lending lending = new Lending(books);
        loan = lending.active(member, lending.product(Map.of()), 3_000_000, START.plusDays(5));
        // the first instalment paid on time, the next ones not: the loan is overdue
        lending.repay(loan, START.plusDays(5).plusMonths(1), 530_000).expect(201);
    }

    private static JsonNode ledger() {
        return books.asTreasurer().get("/api/v1/members/" + member + "/ledger?size=500").expect(200).json();
    }

    private static JsonNode loan() {
        JsonNode loans = books.asTreasurer().get("/api/v1/members/" + member + "/loans?asOf=" + TODAY).expect(200).json();
        assertEquals(1, loans.size());
        return loans.get(0);
    }

    private static Api.Download get(String query) {
        return books.asTreasurer().download("/api/v1/members/" + member + "/statements/passbook" + query);
    }

    @Test
    void thePdfPrintsTheMembersBalancesAndLoansInVietnamese() {
        Api.Download pdf = get("").expect(200);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("so-thanh-vien_"));
        StatementFiles.keep("passbook-vi.pdf", pdf.body());
        assertTrue(StatementFiles.fontsEmbedded(pdf.body()));
        String text = StatementFiles.pdfText(pdf.body());
        JsonNode ledger = ledger();
        String name = ledger.get("fullName").asText();
        String no = TestApp.db().string("SELECT member_no FROM member WHERE id = ?", member);
        for (String s : List.of("SỔ THEO DÕI THÀNH VIÊN", "Thành viên: " + name + " — Số thành viên: " + no,
                "Quỹ tăng thu nhập", "Quỹ hoạt động", "Góp vốn: Góp vốn quý", "Giải ngân khoản vay", "Trả nợ gốc",
                "Trả lãi", "Phí thành viên", "Số dư đầu kỳ", "Số dư cuối kỳ", "Các khoản vay", "Thủ quỹ", "Trang 1/")) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        // signed by the member, with their name under the title
        assertTrue(text.contains("Thành viên") && text.indexOf(name) != text.lastIndexOf(name), text);
        JsonNode balance = loan().get("balance");
        for (long v : List.of(ledger.get("capital").asLong(), ledger.get("loansOutstanding").asLong(),
                balance.get("outstandingPrincipal").asLong(), 3_000_000L)) {
            assertTrue(text.contains(vi(v)), () -> vi(v) + " in\n" + text);
        }
        long overdue = balance.get("overduePrincipal").asLong() + balance.get("overdueInterest").asLong()
                + balance.get("penaltyDue").asLong();
        assertTrue(overdue > 0, "the test's loan is overdue");
        assertTrue(text.contains(vi(overdue)), () -> vi(overdue) + " overdue in\n" + text);
    }

    @Test
    void theCsvBalancesAreTheSubLedgersAndTheLoansTheLendingApis() {
        List<List<String>> lines = StatementFiles.csv(get("?format=csv&from=" + TODAY.minusYears(2) + "&to=" + TODAY).expect(200).body());
        assertEquals(List.of("Quỹ", "Ngày", "Số chứng từ", "Loại", "Diễn giải", "Số tiền", "Vốn góp", "Dư nợ vay",
                "Phí đã nộp trong kỳ"), lines.get(0));
        JsonNode ledger = ledger();
        List<String> closing = lines.stream().filter(l -> l.get(4).equals("Số dư cuối kỳ")).findFirst().orElseThrow();
        assertEquals(ledger.get("capital").asText(), closing.get(6));
        assertEquals(ledger.get("loansOutstanding").asText(), closing.get(7));
        List<String> fees = lines.stream().filter(l -> l.get(4).equals("Cộng phí đã nộp trong kỳ")).findFirst().orElseThrow();
        assertEquals(ledger.get("feesPaid").asText(), fees.get(5), "every fee since the founding");
        // every line of the sub-ledger is printed once
        assertEquals(ledger.at("/lines/totalItems").asInt(), lines.subList(1, lines.size()).stream().filter(l -> !l.get(1).isEmpty()
                && !l.get(2).startsWith("#")).count());
        JsonNode loan = loan();
        List<String> loanLine = lines.stream().filter(l -> l.get(2).equals("#" + loan.get("id").asText())).findFirst()
                .orElseThrow();
        assertEquals(StatementTexts.day(LocalDate.parse(loan.get("disbursedOn").asText())), loanLine.get(1));
        assertEquals("3000000", loanLine.get(5));
        assertEquals(loan.at("/balance/outstandingPrincipal").asText(), loanLine.get(7));
        assertTrue(loanLine.get(4).contains("Quá hạn"), loanLine.toString());
    }

    @Test
    void thePeriodOpensWithTheBalancesBeforeIt() {
        List<List<String>> lines = StatementFiles.csv(get("?format=csv&from=" + START + "&to=" + TODAY).expect(200).body());
        List<String> opening = lines.stream().filter(l -> l.get(4).equals("Số dư đầu kỳ")).findFirst().orElseThrow();
        assertEquals("300000", opening.get(6), "the contribution before the period");
        assertEquals("0", opening.get(7));
        List<String> fees = lines.stream().filter(l -> l.get(4).equals("Cộng phí đã nộp trong kỳ")).findFirst().orElseThrow();
        assertEquals("20000", fees.get(5));
        List<List<String>> before = StatementFiles.csv(get("?format=csv&from=" + START.minusYears(1) + "&to="
                + START.minusDays(1)).expect(200).body());
        List<String> closed = before.stream().filter(l -> l.get(4).equals("Số dư cuối kỳ")).findFirst().orElseThrow();
        assertEquals("300000", closed.get(6));
        assertTrue(before.stream().noneMatch(l -> l.get(2).startsWith("#")), "no loan before it was disbursed");
    }

    @Test
    void theXlsxHasNumericCellsAndFrozenHeaders() {
        Api.Download xlsx = get("?format=xlsx").expect(200);
        StatementFiles.keep("passbook.xlsx", xlsx.body());
        List<List<Object>> rows = StatementFiles.xlsx(xlsx.body());
        JsonNode ledger = ledger();
        List<BigDecimal> closing = StatementFiles.numbers(StatementFiles.rowWith(rows, "Số dư cuối kỳ"));
        assertEquals(List.of(ledger.get("capital").decimalValue(), ledger.get("loansOutstanding").decimalValue()).toString(),
                closing.stream().map(BigDecimal::toBigInteger).map(BigDecimal::new).toList().toString());
        assertTrue(StatementFiles.xlsxFrozenRows(xlsx.body()) > 0);
    }

    @Test
    void inEnglishOnRequest() {
        Api.Download pdf = get("?lang=en").expect(200);
        StatementFiles.keep("passbook-en.pdf", pdf.body());
        String text = StatementFiles.pdfText(pdf.body());
        for (String s : List.of("MEMBER PASSBOOK", "Capital contribution", "Loan disbursed", "Member fee",
                "Closing balance", "Member", "Treasurer", "Page 1/", en(ledger().get("capital").asLong()))) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        assertTrue(get("?lang=en").expect(200).headers().firstValue("Content-Disposition").orElse("").contains("passbook_"));
    }

    @Test
    void aLongPassbookRunsOverPagesWithItsColumnHeadersOnEach() {
        long busy = books.member(2);
        for (int i = 0; i < 70; i++) {
            books.op("fee", Map.of("memberId", busy, "amount", 1_000 + i, "date", START.plusDays(i).toString())).expect(201);
        }
        byte[] pdf = books.asTreasurer().download("/api/v1/members/" + busy + "/statements/passbook?from=" + START)
                .expect(200).body();
        StatementFiles.keep("passbook-long.pdf", pdf);
        int pages = StatementFiles.pdfPages(pdf);
        assertTrue(pages >= 2, "pages: " + pages);
        String text = StatementFiles.pdfText(pdf);
        assertTrue(text.contains("Trang 2/" + pages), text);
        // the column headers on every page of lines (the last may hold the signatures only)
        assertTrue(text.split("Số chứng từ", -1).length - 1 >= 2, text);
        List<List<String>> csv = StatementFiles.csv(books.asTreasurer().download("/api/v1/members/" + busy
                + "/statements/passbook?format=csv&from=" + START).expect(200).body());
        long sum = 0;
        for (int i = 0; i < 70; i++) {
            sum += 1_000 + i;
        }
        assertEquals(String.valueOf(sum), csv.stream().filter(l -> l.get(4).equals("Cộng phí đã nộp trong kỳ"))
                .findFirst().orElseThrow().get(5));
    }

    @Test
    void badRequestsAreRefused() {
        get("?from=" + TODAY + "&to=" + TODAY.minusDays(1)).expect(400);
        books.asTreasurer().get("/api/v1/members/" + member + "/statements/passbook?from=" + TODAY + "&to="
                + TODAY.minusDays(1)).expectProblem(400, "from", "from-after-to");
        books.asTreasurer().get("/api/v1/members/" + member + "/statements/passbook?format=doc")
                .expectProblem(400, "format", "enum");
        books.asTreasurer().get("/api/v1/members/" + member + "/statements/passbook?lang=fr")
                .expectProblem(400, "lang", "enum");
        books.asTreasurer().get("/api/v1/members/" + member + "/statements/passbook?asOf=" + TODAY)
                .expectProblem(400, "asOf", "unknown-parameter");
        books.asTreasurer().get("/api/v1/members/999999999/statements/passbook").expectProblem(404);
        ClubBooks other = new ClubBooks(1);
        other.asTreasurer().get("/api/v1/members/" + member + "/statements/passbook").expectProblem(404);
        books.asTreasurer().get("/api/v1/members/" + other.member(0) + "/statements/passbook").expectProblem(404);
        TestApp.api().get("/api/v1/members/" + member + "/statements/passbook").expect(401);
    }

    static String vi(long v) {
        return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", v);
    }

    static String en(long v) {
        return String.format(java.util.Locale.ENGLISH, "%,d", v);
    }
}
