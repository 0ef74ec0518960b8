package vn.ishc.fund.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.StatementFiles;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary of the clubs of a province and of a commune in the three formats and both languages: each
 * club's counts compared with the members API, its fund size with the fund summary, its loans with the
 * arrears roll-up; subtotals per commune and totals; the unit in the caller's scope.
 */
class ClubSummaryStatementTest {

    private static final LocalDate TODAY = Dates.today();
    private static final int YEAR = TODAY.getYear();
    private static long province;
    private static long communeA;
    private static long communeB;
    private static final List<Long> clubs = new ArrayList<>();
    private static String officer;

    @BeforeAll
    static void clubs() {
        province = Fixtures.province();
        communeA = Fixtures.commune(province);
        communeB = Fixtures.commune(province);
        long[] communes = {communeA, communeA, communeB};
        for (int c = 0; c < 3; c++) {
            long club = Fixtures.club(communes[c], LocalDate.of(2020, 1, 1));
            clubs.add(club);
            // women and men, elderly and young, poor and not; one left last month
            Fixtures.member(club, "Lò Thị " + Fixtures.unique("A"), "FEMALE", YEAR - 70, "POOR");
            Fixtures.member(club, "Lò Văn " + Fixtures.unique("B"), "MALE", YEAR - 60, "NEAR_POOR");
            Fixtures.member(club, "Hà Thị " + Fixtures.unique("C"), "FEMALE", YEAR - 30 - c, "NONE");
            for (int i = 0; i < c; i++) {
                Fixtures.member(club, "Vi Thị " + Fixtures.unique("D"), "FEMALE", YEAR - 59, "DISADVANTAGED");
            }
            long leaving = Fixtures.member(club, "Nông Văn " + Fixtures.unique("E"), "MALE", YEAR - 80, "POOR");
            Fixtures.admin().post("/api/v1/members/" + leaving + "/leave", Map.of("leftOn",
                    TODAY.minusMonths(1).toString(), "reason", "Chuyển đi")).expect(200);
        }
        officer = Fixtures.user("PROVINCE_OFFICER", province, null);
        // books and loans in the first and the last club
        for (int c : new int[] {0, 2}) {
            long club = clubs.get(c);
            Api admin = Fixtures.admin();
            Money.post(admin, "/api/v1/clubs/" + club + "/operations/opening-balances", Map.of("fund", "IGF", "date",
                    TODAY.minusYears(1).toString(), "lines", List.of(Map.of("accountCode", "111", "amount", 40_000_000 + c)),
                    "donatedCapital", 40_000_000 + c)).expect(201);
            long member = TestApp.db().count("SELECT MIN(id) FROM member WHERE club_id = ?", club);
            long product = admin.post("/api/v1/clubs/" + club + "/loan-products", Map.of("name", "Vay", "kind", "CASH",
                    "interestMethod", "DECLINING_EQUAL_PRINCIPAL", "monthlyRate", 0.01, "termMonths", 6,
                    "minAmount", 500000, "maxAmount", 10000000, "offeredFrom", "2020-01-01")).expect(201).id();
            for (int l = 0; l <= c; l++) {
                LocalDate on = TODAY.minusDays(c == 0 ? 20 : 100 + l);
                long loan = admin.post("/api/v1/clubs/" + club + "/loans", Map.of("memberId", member + l, "productId",
                        product, "amount", 2_000_000 + l * 500_000, "purpose", "Nuôi gà", "appliedOn", on.toString()))
                        .expect(201).id();
                admin.post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "CHAIR", "decidedOn", on.toString()))
                        .expect(200);
                Money.post(admin, "/api/v1/loans/" + loan + "/disburse", Map.of("date", on.toString(), "method", "CASH"))
                        .expect(201);
            }
        }
    }

    private static Api api() {
        return TestApp.api().as(officer);
    }

    private static long members(long club, String filter) {
        return api().get("/api/v1/members?clubId=" + club + "&size=1" + filter).expect(200).json().get("totalItems").asLong();
    }

    private static List<List<String>> csv(long unit, String query) {
        return StatementFiles.csv(api().download("/api/v1/admin-units/" + unit + "/statements/club-summary?format=csv"
                + query).expect(200).body());
    }

    @Test
    void eachClubsFiguresAreTheApis() {
        List<List<String>> lines = csv(province, "");
        assertEquals(List.of("Tỉnh, thành phố", "Xã, phường", "Mã CLB", "Tên câu lạc bộ", "Thành viên", "Nữ",
                "Người cao tuổi", "Hộ nghèo, cận nghèo, khó khăn", "Quy mô quỹ (tài sản thuần)", "Dư nợ cho vay",
                "Người đang vay", "PAR30"), lines.get(0));
        JsonNode rollUp = api().get("/api/v1/arrears?unitId=" + province + "&asOf=" + TODAY).expect(200).json();
        for (long club : clubs) {
            String code = TestApp.db().string("SELECT code FROM club WHERE id = ?", club);
            List<String> l = lines.stream().filter(r -> r.get(2).equals(code)).findFirst().orElseThrow();
            assertEquals(String.valueOf(members(club, "")), l.get(4), code + " members");
            assertEquals(String.valueOf(members(club, "&sex=FEMALE")), l.get(5), code + " women");
            assertEquals(String.valueOf(members(club, "&elderly=true")), l.get(6), code + " elderly");
            assertEquals(String.valueOf(members(club, "&povertyStatus=POOR") + members(club, "&povertyStatus=NEAR_POOR")
                    + members(club, "&povertyStatus=DISADVANTAGED")), l.get(7), code + " poor");
            JsonNode fund = api().get("/api/v1/clubs/" + club + "/fund-summary?asOf=" + TODAY).expect(200).json();
            assertEquals(0, fund.get("fundSize").decimalValue().compareTo(new BigDecimal(l.get(8))), code + " fund");
            JsonNode arrears = null;
            for (JsonNode c : rollUp.get("perClub")) {
                if (c.get("clubId").asLong() == club) {
                    arrears = c;
                }
            }
            BigDecimal outstanding = arrears == null ? BigDecimal.ZERO : arrears.get("outstanding").decimalValue();
            assertEquals(0, outstanding.compareTo(new BigDecimal(l.get(9))), code + " outstanding");
            assertEquals(arrears == null ? "0" : arrears.get("borrowers").asText(), l.get(10), code + " borrowers");
            BigDecimal par30 = arrears == null ? BigDecimal.ZERO : arrears.get("par30").decimalValue();
            assertEquals(0, par30.compareTo(new BigDecimal(l.get(11))), code + " PAR30");
        }
        assertEquals(5, Integer.parseInt(lines.stream().filter(r -> r.get(2).equals(TestApp.db().string(
                "SELECT code FROM club WHERE id = ?", clubs.get(2)))).findFirst().orElseThrow().get(4)),
                "4 + 1 members of the third club, the one who left not counted");
        // the total over the province: the roll-up's outstanding and PAR30
        List<String> total = lines.get(lines.size() - 1);
        assertEquals("Tổng cộng", total.get(3));
        assertEquals(0, rollUp.get("outstanding").decimalValue().compareTo(new BigDecimal(total.get(9))));
        assertEquals(0, rollUp.get("par30").decimalValue().compareTo(new BigDecimal(total.get(11))));
        assertEquals(String.valueOf(clubs.stream().mapToLong(c -> members(c, "")).sum()), total.get(4));
    }

    @Test
    void subtotalsPerCommuneAddUpToTheTotal() {
        List<List<String>> lines = csv(province, "&asOf=" + TODAY);
        List<List<String>> subtotals = lines.stream().filter(r -> r.get(3).startsWith("Cộng ")).toList();
        assertEquals(2, subtotals.size(), lines.toString());
        List<String> total = lines.get(lines.size() - 1);
        for (int col = 4; col <= 10; col++) {
            int c = col;
            BigDecimal sum = subtotals.stream().map(r -> new BigDecimal(r.get(c))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(new BigDecimal(total.get(col))), "column " + col);
        }
        // the first commune's subtotal is its two clubs
        List<String> a = subtotals.get(0);
        List<List<String>> clubsOfA = lines.stream().filter(r -> !r.get(2).isEmpty() && r.get(1).equals(a.get(1))).toList();
        assertEquals(2, clubsOfA.size());
        assertEquals(clubsOfA.stream().mapToInt(r -> Integer.parseInt(r.get(4))).sum(), Integer.parseInt(a.get(4)));
    }

    @Test
    void aCommunesSummaryHasItsClubsOnly() {
        List<List<String>> lines = csv(communeB, "");
        assertEquals(1 + 1 + 1 + 1, lines.size(), "header, the club, the commune's subtotal, the total: " + lines);
    }

    @Test
    void thePdfInVietnameseAndEnglishAndTheXlsx() {
        Api.Download pdf = api().download("/api/v1/admin-units/" + province + "/statements/club-summary").expect(200);
        StatementFiles.keep("club-summary-vi.pdf", pdf.body());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("tong-hop-cau-lac-bo_"));
        String text = StatementFiles.pdfText(pdf.body());
        String provinceName = TestApp.db().string("SELECT name FROM admin_unit WHERE id = ?", province);
        for (String s : List.of("BÁO CÁO TỔNG HỢP CÁC CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU",
                ("Hội Người cao tuổi " + provinceName).toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "Tại ngày " + StatementTexts.day(TODAY), "Tổng cộng", "Chủ tịch Hội", "Trang 1/", "Dư nợ cho vay", "Quy mô quỹ")) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        List<List<String>> lines = csv(province, "");
        List<String> total = lines.get(lines.size() - 1);
        assertTrue(text.contains(PassbookStatementTest.vi(Long.parseLong(total.get(8)))), text);
        String en = StatementFiles.pdfText(api().download("/api/v1/admin-units/" + province
                + "/statements/club-summary?lang=en").expect(200).body());
        assertTrue(en.contains("SUMMARY OF INTERGENERATIONAL SELF-HELP CLUBS") && en.contains("Borrowers")
                && en.contains(PassbookStatementTest.en(Long.parseLong(total.get(8)))), en);
        Api.Download xlsx = api().download("/api/v1/admin-units/" + province + "/statements/club-summary?format=xlsx")
                .expect(200);
        StatementFiles.keep("club-summary.xlsx", xlsx.body());
        List<List<Object>> rows = StatementFiles.xlsx(xlsx.body());
        List<BigDecimal> figures = StatementFiles.numbers(StatementFiles.rowWith(rows, "Tổng cộng"));
        assertEquals(Integer.parseInt(total.get(4)), figures.get(0).intValue());
        assertEquals(0, new BigDecimal(total.get(8)).compareTo(figures.get(4)), figures.toString());
        assertTrue(StatementFiles.xlsxFrozenRows(xlsx.body()) > 0);
    }

    @Test
    void theNationForAdminOnly() {
        Api.Download all = Fixtures.admin().download("/api/v1/statements/club-summary?format=csv").expect(200);
        List<List<String>> lines = StatementFiles.csv(all.body());
        for (long club : clubs) {
            String code = TestApp.db().string("SELECT code FROM club WHERE id = ?", club);
            assertTrue(lines.stream().anyMatch(r -> r.get(2).equals(code)), code);
        }
        api().get("/api/v1/statements/club-summary").expect(403);
    }

    @Test
    void theUnitMustBeInTheCallersScope() {
        long otherProvince = Fixtures.province();
        api().get("/api/v1/admin-units/" + otherProvince + "/statements/club-summary").expectProblem(404);
        api().get("/api/v1/admin-units/999999999/statements/club-summary").expectProblem(404);
        String treasurer = Fixtures.treasurer(clubs.get(0));
        TestApp.api().as(treasurer).get("/api/v1/admin-units/" + communeB + "/statements/club-summary").expectProblem(404);
        List<List<String>> own = StatementFiles.csv(TestApp.api().as(treasurer).download("/api/v1/admin-units/"
                + province + "/statements/club-summary?format=csv").expect(200).body());
        assertEquals(4, own.size(), "only the treasurer's club: " + own);
        api().get("/api/v1/admin-units/" + province + "/statements/club-summary?asOf=" + TODAY.plusYears(1))
                .expectProblem(400, "to", "too-far-ahead");
        api().get("/api/v1/admin-units/" + province + "/statements/club-summary?to=" + TODAY)
                .expectProblem(400, "to", "unknown-parameter");
        TestApp.api().get("/api/v1/admin-units/" + province + "/statements/club-summary").expect(401);
    }

    @Test
    void aClubFoundedAfterTheDateIsNotInTheSummaryAtThatDate() {
        long commune = Fixtures.commune(province);
        Fixtures.club(commune, TODAY.minusDays(10));
        List<List<String>> before = csv(commune, "&asOf=" + TODAY.minusDays(11));
        assertEquals(2, before.size(), "header and the total: " + before);
        assertEquals("0", before.get(1).get(4));
        assertEquals(4, csv(commune, "").size());
        String none = StatementFiles.pdfText(api().download("/api/v1/admin-units/" + commune
                + "/statements/club-summary?asOf=" + TODAY.minusDays(11)).expect(200).body());
        assertTrue(none.contains("Không có câu lạc bộ nào."), none);
    }
}
