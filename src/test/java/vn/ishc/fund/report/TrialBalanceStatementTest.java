package vn.ishc.fund.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.StatementFiles;
import vn.ishc.fund.support.Tampering;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trial balance (F01-DNN) downloaded in the three formats and both languages, every figure read back
 * from the file and compared with the ledger API; the printed chain head checked through its QR link.
 */
class TrialBalanceStatementTest {

    private static final LocalDate TODAY = Dates.today();
    private static final LocalDate OPENED = TODAY.minusMonths(2).withDayOfMonth(1);
    private static ClubBooks books;

    @BeforeAll
    static void books() {
        books = new ClubBooks(4, LocalDate.of(2020, 1, 1));
        books.op("opening-balances", Map.of("fund", "IGF", "date", OPENED.toString(), "lines", List.of(
                Map.of("accountCode", "111", "amount", 12_500_000), Map.of("accountCode", "112", "amount", 30_000_000),
                Map.of("accountCode", "4111", "amount", 2_500_000, "memberId", books.member(0))),
                "donatedCapital", 35_000_000)).expect(201);
        books.op("contribution", Map.of("memberId", books.member(1), "amount", 200_000, "date",
                OPENED.plusDays(10).toString())).expect(201);
        books.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 150_000, "date",
                OPENED.plusDays(20).toString(), "description", "Văn phòng phẩm")).expect(201);
        books.op("fee", Map.of("memberId", books.member(2), "amount", 5_000, "date", TODAY.toString())).expect(201);
        Lending lending = new Lending(books);
        long loan = lending.active(books.member(3), lending.product(Map.of()), 2_000_000, OPENED.plusDays(25));
        lending.repay(loan, TODAY, 500_000).expect(201);
    }

    /** The ledger API's trial balance at a date: code → net (debit minus credit). */
    private static Map<String, BigDecimal> api(LocalDate at) {
        JsonNode tb = books.asTreasurer().get("/api/v1/ledgers/" + books.igf + "/trial-balance?asOf=" + at).expect(200).json();
        Map<String, BigDecimal> out = new HashMap<>();
        for (JsonNode r : tb.get("rows")) {
            out.put(r.get("code").asText(), r.get("debit").decimalValue().subtract(r.get("credit").decimalValue()));
        }
        return out;
    }

    private static Api.Download get(String query) {
        return books.asTreasurer().download("/api/v1/ledgers/" + books.igf + "/statements/trial-balance" + query);
    }

    @Test
    void thePdfPrintsTheFormInVietnameseWithEveryFigureOfTheLedger() {
        Api.Download pdf = get("").expect(200);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("bang-can-doi-tai-khoan_"));
        StatementFiles.keep("trial-balance-vi.pdf", pdf.body());
        assertTrue(StatementFiles.fontsEmbedded(pdf.body()), "the font travels with the PDF");
        String text = StatementFiles.pdfText(pdf.body());
        for (String s : List.of("BẢNG CÂN ĐỐI TÀI KHOẢN", "Mẫu số F01 - DNN", "Quỹ tăng thu nhập", "Tiền mặt",
                "Vốn góp của thành viên", "Cho vay thành viên", "Người lập biểu", "Thủ quỹ", "Chủ nhiệm CLB",
                "(Ký, họ tên)", "Trang 1/1", "Từ ngày 01/01/" + TODAY.getYear() + " đến ngày " + StatementTexts.day(TODAY))) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        // every closing balance of the ledger, formatted as Vietnamese write it
        api(TODAY).forEach((code, net) -> {
            if (net.signum() != 0) {
                assertTrue(text.contains(vi(net.abs())), () -> code + " " + vi(net.abs()) + " in\n" + text);
            }
        });
        // the chain head it was printed from
        String seq = TestApp.db().string("SELECT last_seq FROM ledger WHERE id = ?", books.igf);
        String hash = TestApp.db().string("SELECT SUBSTRING(last_hash, 1, 16) FROM ledger WHERE id = ?", books.igf);
        assertTrue(text.contains("bút toán số " + seq + " (mã " + hash + ")"), text);
        assertEquals(1, StatementFiles.pdfPages(pdf.body()));
    }

    @Test
    void inEnglishOnRequest() {
        String text = StatementFiles.pdfText(get("?lang=en").expect(200).body());
        assertTrue(text.contains("TRIAL BALANCE"), text);
        assertTrue(text.contains("Prepared by"), text);
        assertTrue(text.contains("12,550,000") || text.contains(en(api(TODAY).get("111"))), text);
        String accepted = StatementFiles.pdfText(books.asTreasurer().english()
                .download("/api/v1/ledgers/" + books.igf + "/statements/trial-balance").expect(200).body());
        assertTrue(accepted.contains("TRIAL BALANCE"), "Accept-Language: en");
    }

    @Test
    void theXlsxHasNumericCellsThatBalance() {
        Api.Download xlsx = get("?format=xlsx").expect(200);
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        StatementFiles.keep("trial-balance.xlsx", xlsx.body());
        List<List<Object>> rows = StatementFiles.xlsx(xlsx.body());
        Map<String, BigDecimal> closing = api(TODAY);
        Map<String, BigDecimal> opening = api(LocalDate.of(TODAY.getYear(), 1, 1).minusDays(1));
        for (Map.Entry<String, BigDecimal> e : closing.entrySet()) {
            if (e.getValue().signum() == 0 && opening.getOrDefault(e.getKey(), BigDecimal.ZERO).signum() == 0) {
                continue;
            }
            List<BigDecimal> figures = StatementFiles.numbers(StatementFiles.rowWith(rows, e.getKey()));
            // the last figure of the row is the closing balance, on its side
            assertEquals(0, e.getValue().abs().compareTo(figures.get(figures.size() - 1)), e.getKey() + " " + figures);
        }
        List<BigDecimal> total = StatementFiles.numbers(StatementFiles.rowWith(rows, "Tổng cộng"));
        assertEquals(6, total.size(), total.toString());
        assertEquals(0, total.get(0).compareTo(total.get(1)), "opening debits = credits");
        assertEquals(0, total.get(2).compareTo(total.get(3)), "period debits = credits");
        assertEquals(0, total.get(4).compareTo(total.get(5)), "closing debits = credits");
        assertTrue(StatementFiles.xlsxFrozenRows(xlsx.body()) > 0, "the header rows stay in view");
    }

    @Test
    void theCsvOpensInExcelWithTheSameFigures() {
        Api.Download csv = get("?format=csv&from=" + OPENED.plusDays(15) + "&to=" + TODAY).expect(200);
        assertTrue(csv.contentType().startsWith("text/csv"));
        List<List<String>> lines = StatementFiles.csv(csv.body());
        assertEquals("Số hiệu tài khoản", lines.get(0).get(0));
        Map<String, BigDecimal> opening = api(OPENED.plusDays(14));
        Map<String, BigDecimal> closing = api(TODAY);
        for (List<String> line : lines.subList(1, lines.size() - 1)) {
            String code = line.get(0);
            BigDecimal open = amount(line.get(2)).subtract(amount(line.get(3)));
            BigDecimal close = amount(line.get(6)).subtract(amount(line.get(7)));
            assertEquals(0, opening.getOrDefault(code, BigDecimal.ZERO).compareTo(open), code + " opening " + line);
            assertEquals(0, closing.getOrDefault(code, BigDecimal.ZERO).compareTo(close), code + " closing " + line);
        }
        List<String> total = lines.get(lines.size() - 1);
        assertEquals("Tổng cộng", total.get(1));
        assertEquals(total.get(2), total.get(3));
        assertEquals(total.get(4), total.get(5));
        assertEquals(total.get(6), total.get(7));
    }

    @Test
    void theChairChoosesTheSignatureTitlesAndThePlace() {
        ClubBooks b = new ClubBooks(1);
        String path = "/api/v1/clubs/" + b.club + "/statement-settings";
        assertTrue(b.asTreasurer().get(path).expect(200).json().get("chairTitle").isNull());
        b.asTreasurer().put(path, Map.of("chairTitle", "Chủ tịch Hội")).expect(403);
        b.asChair().put(path, Map.of("preparerTitle", "Kế toán CLB", "chairTitle", "Chủ tịch Hội", "place", "Thôn Nà Sản"))
                .expect(200);
        b.asChair().put(path, Map.of("place", "x".repeat(101))).expectProblem(400, "place", "size");
        String text = StatementFiles.pdfText(b.asTreasurer().download("/api/v1/ledgers/" + b.igf
                + "/statements/trial-balance").expect(200).body());
        assertTrue(text.contains("Kế toán CLB") && text.contains("Chủ tịch Hội") && text.contains("Thủ quỹ"), text);
        assertTrue(text.contains("Thôn Nà Sản, ngày " + String.format("%02d", TODAY.getDayOfMonth())), text);
    }

    @Test
    void aClubPrintsBothFunds() {
        String text = StatementFiles.pdfText(books.asTreasurer().download("/api/v1/clubs/" + books.club
                + "/statements/trial-balance").expect(200).body());
        assertTrue(text.contains("Quỹ tăng thu nhập") && text.contains("Quỹ hoạt động"), text);
        assertTrue(text.contains("Cả hai quỹ của câu lạc bộ"), text);
    }

    @Test
    void thePrintedHeadIsCheckedAgainstTheBooksByItsLink() throws Exception {
        ClubBooks b = new ClubBooks(1);
        long entry = b.op("contribution", Map.of("memberId", b.member(0), "amount", 300_000, "date", TODAY.toString()))
                .expect(201).json().at("/entries/0/id").asLong();
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 100_000, "date", TODAY.toString())).expect(201);
        String text = StatementFiles.pdfText(b.asTreasurer().download("/api/v1/ledgers/" + b.igf
                + "/statements/trial-balance").expect(200).body());
        String hash = TestApp.db().string("SELECT SUBSTRING(last_hash, 1, 16) FROM ledger WHERE id = ?", b.igf);
        assertTrue(text.contains(hash), text);
        String link = "/api/v1/statements/verify?ledger=" + b.igf + "&seq=2&hash=" + hash;
        Api anonymous = TestApp.api();
        JsonNode ok = anonymous.get(link).expect(200).json();
        assertTrue(ok.get("matches").asBoolean(), ok.toString());
        assertEquals("IGF", ok.at("/ledgers/0/fund").asText());
        String page = anonymous.header("Accept", "text/html").get(link).expect(200).text();
        assertTrue(page.contains("Số liệu in khớp với sổ sách."), page);
        // later postings do not change what was printed
        b.op("fee", Map.of("memberId", b.member(0), "amount", 5_000, "date", TODAY.toString())).expect(201);
        assertTrue(anonymous.get(link).expect(200).json().get("matches").asBoolean());
        // an amount changed behind the service's back before the printed head
        Tampering.changeCreditAmount(entry, 1000);
        try {
            JsonNode broken = anonymous.get(link).expect(200).json();
            assertFalse(broken.get("matches").asBoolean(), broken.toString());
            assertTrue(broken.at("/ledgers/0/club").isNull(), "no names for a statement that does not match");
            assertTrue(anonymous.header("Accept", "text/html").get(link).text().contains("KHÔNG khớp"));
        } finally {
            Tampering.changeCreditAmount(entry, -1000);
        }
        anonymous.get("/api/v1/statements/verify?ledger=" + b.igf + "&seq=2&hash=" + "0".repeat(16)).expect(200);
        assertFalse(anonymous.get("/api/v1/statements/verify?ledger=" + b.igf + "&seq=2&hash=" + "0".repeat(16))
                .json().get("matches").asBoolean());
        anonymous.get("/api/v1/statements/verify?ledger=" + b.igf + "&seq=2&hash=xyz").expectProblem(400, "hash", "pattern");
        anonymous.get("/api/v1/statements/verify?ledger=" + b.igf + "," + b.af + "&seq=2&hash=" + hash)
                .expectProblem(400, "seq", "verify-lists");
        assertEquals("/api/v1/statements/verify", URI.create("http://x" + link).getPath());
    }

    @Test
    void badRequestsAreRefusedNeverAnEmptyStatement() {
        String base = "/api/v1/ledgers/" + books.igf + "/statements/trial-balance";
        books.asTreasurer().get(base + "?from=" + TODAY + "&to=" + TODAY.minusDays(1)).expectProblem(400, "from", "from-after-to");
        books.asTreasurer().get(base + "?from=2015-01-01&to=" + TODAY).expectProblem(400, "to", "period-too-long");
        books.asTreasurer().get(base + "?format=docx").expectProblem(400, "format", "enum");
        books.asTreasurer().get(base + "?lang=fr").expectProblem(400, "lang", "enum");
        books.asTreasurer().get(base + "?date=" + TODAY).expectProblem(400, "date", "unknown-parameter");
        books.asTreasurer().get("/api/v1/ledgers/999999999/statements/trial-balance").expectProblem(404);
        ClubBooks other = new ClubBooks(1);
        other.asTreasurer().get(base).expectProblem(404);
        TestApp.api().get(base).expect(401);
    }

    private static BigDecimal amount(String cell) {
        return cell.isEmpty() ? BigDecimal.ZERO : new BigDecimal(cell);
    }

    private static String vi(BigDecimal v) {
        return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", v.longValueExact());
    }

    private static String en(BigDecimal v) {
        return String.format(java.util.Locale.ENGLISH, "%,d", v.abs().longValueExact());
    }
}
