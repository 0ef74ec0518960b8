package vn.ishc.fund.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.StatementFiles;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A club's donor report in the three formats and both languages: per donor and kind of donor, cash, bank
 * and goods, to capital and for activities, compared with the donor register's totals and the ledger.
 */
class DonorStatementTest {

    private static final LocalDate TODAY = Dates.today();
    private static final LocalDate FROM = TODAY.withDayOfYear(1);
    private static ClubBooks books;
    private static long redCross;
    private static long company;
    private static long person;

    @BeforeAll
    static void books() {
        books = new ClubBooks(1, LocalDate.of(2020, 1, 1));
        redCross = donor("Hội Chữ thập đỏ xã", "ORGANISATION");
        company = donor("Công ty TNHH Ánh Dương", "BUSINESS");
        person = donor("Bà Nguyễn Thị Hoa", "INDIVIDUAL");
        donor("Nhà hảo tâm chưa tặng", "INDIVIDUAL");
        // before the period: counted by the register, not by the report of this year
        donate(redCross, "CAPITAL", "CASH", 5_000_000, FROM.minusMonths(2));
        donate(redCross, "CAPITAL", "BANK", 20_000_000, FROM);
        donate(redCross, "ACTIVITIES", "CASH", 500_000, TODAY);
        donate(company, "CAPITAL", "IN_KIND", 12_000_000, TODAY);
        donate(company, "ACTIVITIES", "BANK", 1_000_000, TODAY);
        donate(person, "ACTIVITIES", "CASH", 200_000, TODAY);
    }

    private static long donor(String name, String kind) {
        return books.asTreasurer().post("/api/v1/clubs/" + books.club + "/donors", Map.of("name", name, "kind", kind))
                .expect(201).id();
    }

    private static void donate(long donor, String purpose, String form, long amount, LocalDate on) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("donorId", donor, "purpose", purpose, "form", form,
                "amount", amount, "date", on.toString()));
        if (form.equals("IN_KIND")) {
            body.put("item", "2 con bê");
        }
        books.op("donation", body).expect(201);
    }

    private static long registered(long donor) {
        return books.asTreasurer().get("/api/v1/clubs/" + books.club + "/donors/" + donor).expect(200).json()
                .get("totalDonated").asLong();
    }

    private static Api.Download get(String query) {
        return books.asTreasurer().download("/api/v1/clubs/" + books.club + "/statements/donors" + query);
    }

    private static List<String> line(List<List<String>> lines, String first) {
        return lines.stream().filter(l -> l.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError(first + " in " + lines));
    }

    @Test
    void overTheWholeHistoryEachDonorsTotalIsTheRegisters() {
        List<List<String>> lines = StatementFiles.csv(get("?format=csv&from=" + FROM.minusYears(1) + "&to=" + TODAY)
                .expect(200).body());
        assertEquals(List.of("Nhà tài trợ", "Loại nhà tài trợ", "Tiền mặt", "Chuyển khoản", "Hiện vật", "Cộng",
                "Bổ sung vốn quỹ (4118)", "Cho hoạt động (711)"), lines.get(0));
        for (Map.Entry<Long, String> d : Map.of(redCross, "Hội Chữ thập đỏ xã", company, "Công ty TNHH Ánh Dương",
                person, "Bà Nguyễn Thị Hoa").entrySet()) {
            List<String> l = line(lines, d.getValue());
            assertEquals(String.valueOf(registered(d.getKey())), l.get(5), d.getValue());
            assertEquals(new BigDecimal(l.get(5)), new BigDecimal(l.get(6)).add(new BigDecimal(l.get(7))),
                    "what came in went to capital or activities");
        }
        assertTrue(lines.stream().noneMatch(l -> l.get(0).equals("Nhà hảo tâm chưa tặng")), "gave nothing");
        List<String> total = line(lines, "Tổng cộng");
        // the ledger: donated capital credited in the income-generation fund, donations in the activity fund's 711
        assertEquals(books.net(books.igf, "4118").negate().toBigInteger().toString(), total.get(6));
        assertEquals(books.net(books.af, "711").negate().toBigInteger().toString(), total.get(7));
        assertEquals(books.net(books.igf, "156").toBigInteger().toString(), total.get(4));
    }

    @Test
    void theCsvOfThePeriodHasTheWaysAndUsesOfEachGift() {
        List<List<String>> lines = StatementFiles.csv(get("?format=csv&from=" + FROM + "&to=" + TODAY).expect(200).body());
        assertEquals(List.of("Hội Chữ thập đỏ xã", "Tổ chức", "500000", "20000000", "0", "20500000", "20000000", "500000"),
                line(lines, "Hội Chữ thập đỏ xã"));
        assertEquals(List.of("Công ty TNHH Ánh Dương", "Doanh nghiệp", "0", "1000000", "12000000", "13000000",
                "12000000", "1000000"), line(lines, "Công ty TNHH Ánh Dương"));
        assertEquals(List.of("Cộng: Cá nhân", "Cá nhân", "200000", "0", "0", "200000", "0", "200000"),
                line(lines, "Cộng: Cá nhân"));
        assertEquals(List.of("Tổng cộng", "", "700000", "21000000", "12000000", "33700000", "32000000", "1700000"),
                line(lines, "Tổng cộng"));
    }

    @Test
    void thePdfAndTheXlsx() {
        Api.Download pdf = get("").expect(200);
        StatementFiles.keep("donors-vi.pdf", pdf.body());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("nha-tai-tro_"));
        String text = StatementFiles.pdfText(pdf.body());
        for (String s : List.of("BÁO CÁO TÌNH HÌNH NHẬN TÀI TRỢ", "Cả hai quỹ của câu lạc bộ", "Hình thức nhận",
                "Hội Chữ thập đỏ xã", "Tổ chức", "Cộng: Doanh nghiệp", "Tổng cộng", "33.700.000", "20.500.000",
                "12.000.000", "Trang 1/")) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        Api.Download xlsx = get("?format=xlsx").expect(200);
        StatementFiles.keep("donors.xlsx", xlsx.body());
        List<List<Object>> rows = StatementFiles.xlsx(xlsx.body());
        assertEquals(List.of(new BigDecimal(700_000), new BigDecimal(21_000_000), new BigDecimal(12_000_000),
                new BigDecimal(33_700_000), new BigDecimal(32_000_000), new BigDecimal(1_700_000)).toString(),
                StatementFiles.numbers(StatementFiles.rowWith(rows, "Tổng cộng")).stream()
                        .map(b -> new BigDecimal(b.toBigInteger())).toList().toString());
        assertTrue(StatementFiles.xlsxFrozenRows(xlsx.body()) > 0);
    }

    @Test
    void inEnglishAndForAPeriodWithoutGifts() {
        String text = StatementFiles.pdfText(get("?lang=en").expect(200).body());
        for (String s : List.of("DONATIONS RECEIVED", "Organisation", "Subtotal: Business", "Fund capital", "Activities (711)",
                "33,700,000")) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        String none = StatementFiles.pdfText(get("?from=" + FROM.minusYears(3) + "&to=" + FROM.minusYears(2))
                .expect(200).body());
        assertTrue(none.contains("Không có khoản tài trợ nào trong kỳ."), none);
    }

    @Test
    void badRequestsAreRefused() {
        String base = "/api/v1/clubs/" + books.club + "/statements/donors";
        books.asTreasurer().get(base + "?from=" + TODAY + "&to=" + FROM.minusDays(1)).expectProblem(400, "from", "from-after-to");
        books.asTreasurer().get(base + "?from=" + FROM.minusYears(6) + "&to=" + TODAY).expectProblem(400, "to", "period-too-long");
        books.asTreasurer().get(base + "?lang=de").expectProblem(400, "lang", "enum");
        books.asTreasurer().get(base + "?asOf=" + TODAY).expectProblem(400, "asOf", "unknown-parameter");
        books.asTreasurer().get("/api/v1/clubs/999999999/statements/donors").expectProblem(404);
        new ClubBooks(1).asTreasurer().get(base).expectProblem(404);
        TestApp.api().get(base).expect(401);
    }
}
