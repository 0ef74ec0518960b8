package vn.ishc.fund.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bringing an existing club in through the API: the template, the dry run, the import, retries and bad files. */
class ImportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 10);
    private static final LocalDate TODAY = Dates.today();
    // the books are taken over on the first day of the month before this one
    private static final LocalDate OPENING = TODAY.minusMonths(1).withDayOfMonth(1);
    private static long commune;

    @BeforeAll
    static void world() {
        commune = Fixtures.commune(Fixtures.province());
    }

    /** A fresh club and its treasurer. */
    private record Club(long id, Api treasurer) {
        String path(String rest) {
            return "/api/v1/clubs/" + id + "/import" + rest;
        }

        byte[] template() {
            Api.Download d = treasurer.download(path("/template")).expect(200);
            assertTrue(d.contentType().startsWith(XLSX), d.contentType());
            return d.body();
        }

        Response dryRun(byte[] file) {
            return treasurer.sendBytes("POST", path("?dryRun=true"), XLSX, file);
        }

        Response importFile(String key, byte[] file) {
            return treasurer.header("Idempotency-Key", key).sendBytes("POST", path(""), XLSX, file);
        }

        long members() {
            return TestApp.db().count("SELECT COUNT(*) FROM member WHERE club_id = ?", id);
        }

        long entries() {
            return TestApp.db().count("SELECT COUNT(*) FROM journal_entry e JOIN ledger l ON l.id = e.ledger_id "
                    + "WHERE l.club_id = ?", id);
        }

        long donors() {
            return TestApp.db().count("SELECT COUNT(*) FROM donor WHERE club_id = ?", id);
        }
    }

    private static Club club() {
        long id = Fixtures.club(commune, FOUNDED);
        return new Club(id, TestApp.api().as(Fixtures.treasurer(id)));
    }

    @Test
    void templateOpensInPoiWithItsListsFrozenHeadersExampleAndVersion() throws Exception {
        Club c = club();
        subAccount(c, "1121");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(c.template()))) {
            assertEquals(List.of("Hướng dẫn", "Thành viên", "Số dư đầu kỳ", "Nhà tài trợ", "_ishc"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4)));
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(4));
            assertEquals(IntakeLayout.VERSION, wb.getSheet("_ishc").getRow(0).getCell(0).getStringCellValue());
            XSSFSheet members = wb.getSheet("Thành viên");
            assertEquals("Họ và tên *", members.getRow(0).getCell(1).getStringCellValue());
            assertEquals("Full name", members.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Nguyễn Thị Lan", members.getRow(2).getCell(1).getStringCellValue());
            assertEquals(3, members.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(Set.of("listSex", "listPoverty", "integer", "decimal"), validations(members));
            assertEquals(Set.of("listFund", "listAccount", "decimal"), validations(wb.getSheet("Số dư đầu kỳ")));
            assertEquals(Set.of("listDonorKind"), validations(wb.getSheet("Nhà tài trợ")));
            assertEquals(List.of("Nữ", "Nam"), list(wb, "listSex"));
            assertEquals(List.of("Hộ nghèo", "Hộ cận nghèo", "Hoàn cảnh khó khăn", "Không"), list(wb, "listPoverty"));
            assertEquals(List.of("IGF", "AF"), list(wb, "listFund"));
            List<String> accounts = list(wb, "listAccount");
            assertTrue(accounts.containsAll(List.of("111", "112", "12881", "156", "4111", "4118", "3388")), accounts.toString());
            assertTrue(accounts.contains("1121"), accounts.toString());
            assertFalse(accounts.contains("421") || accounts.contains("515") || accounts.contains("642"), accounts.toString());
            // 112 has a sub-account in the income-generation fund: there it takes no balance, in the activity fund it does
            List<String> guide = new ArrayList<>();
            wb.getSheet("Hướng dẫn").forEach(row -> guide.add(row.getCell(0).getStringCellValue()));
            assertTrue(guide.stream().anyMatch(l -> l.startsWith("1121 — ") && l.endsWith("(IGF)")), guide.toString());
            assertTrue(guide.stream().anyMatch(l -> l.startsWith("112 — ") && l.endsWith("(AF)")), guide.toString());
            assertTrue(guide.stream().anyMatch(l -> l.startsWith("111 — Tiền mặt / Cash on hand (IGF, AF)")), guide.toString());
        }
        // outside the club's people: a province officer and an auditor may not, another club's treasurer sees no club
        Club other = club();
        TestApp.api().as(Fixtures.user("AUDITOR", commune, null)).get(c.path("/template")).expectProblem(403);
        TestApp.api().as(Fixtures.treasurer(other.id())).get(c.path("/template")).expectProblem(404);
        TestApp.api().get(c.path("/template")).expect(401);
    }

    /** A second bank book: 112 becomes a header account. */
    private static void subAccount(Club c, String code) {
        c.treasurer.post("/api/v1/ledgers/" + Money.ledgerId(c.id(), "IGF") + "/accounts", java.util.Map.of("code", code,
                "parentCode", code.substring(0, 3), "nameVi", "Tiền gửi ngân hàng thứ hai", "nameEn", "Second bank account")).expect(201);
    }

    private static Set<String> validations(XSSFSheet sheet) {
        Set<String> out = new HashSet<>();
        for (DataValidation v : sheet.getDataValidations()) {
            var k = v.getValidationConstraint();
            out.add(k.getFormula1() != null && k.getFormula1().startsWith("list") ? k.getFormula1()
                    : k.getValidationType() == 1 ? "integer" : "decimal");
            assertEquals(3, v.getRegions().getCellRangeAddress(0).getFirstRow());
        }
        return out;
    }

    private static List<String> list(XSSFWorkbook wb, String name) {
        var ref = new org.apache.poi.ss.util.AreaReference(wb.getName(name).getRefersToFormula(),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        List<String> out = new ArrayList<>();
        for (var cell : ref.getAllReferencedCells()) {
            out.add(wb.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue());
        }
        return out;
    }

    @Test
    void aDryRunNamesEveryMistakeInTheUsersLanguage() {
        Club c = club();
        subAccount(c, "1121");
        LocalDate joined = LocalDate.of(2016, 5, 1);
        LocalDate late = TODAY.minusDays(1).isAfter(OPENING) ? TODAY.minusDays(1) : TODAY;
        byte[] file = new Filled(c.template())
                .members(1, "Nguyễn Thị Lan", "Nữ", 1956, "Hộ nghèo", "Tày", "0912345678", joined)   // 4 fine
                .members(1, "Lê Văn Hai", "Nam", 1950, "Không", null, null, joined)                 // 5 number twice
                .members("abc", "Lê Văn Ba", "Nam", 1950, "Không", null, null, joined)              // 6 not a number
                .members(4, null, "Nam", 1950, "Không", null, null, joined)                         // 7 no name
                .members(5, "Trần Thị Năm", "X", 1950, "Không", null, null, joined)                 // 8 sex
                .members(6, "Trần Thị Sáu", "Nữ", 1850, "Không", null, null, joined)                // 9 birth year
                .members(7, "Trần Thị Bảy", "Nữ", 1950, "giàu", null, null, joined)                 // 10 status
                .members(8, "Trần Thị Tám", "Nữ", 1950, "Không", null, "12ab", joined)              // 11 phone
                .members(9, "Trần Thị Chín", "Nữ", 1950, "Không", null, null, TODAY.plusDays(30))   // 12 future
                .members(10, "Trần Thị Mười", "Nữ", 1950, "Không", null, null, "31/02/2020")        // 13 no such day
                .members(11, "Trần Văn Mười Một", "Nam", 1950, "Không", null, null, LocalDate.of(2010, 1, 1)) // 14 before founding
                .members(15, "Phạm Thị Mười Lăm", "Nữ", 1960, "Không", null, null, late)            // 15 fine, joined late
                .members(16, "Phạm Thị Mười Sáu", "Nữ", 1960.5, "Không", null, null, joined)        // 16 fraction
                .balance("IGF", OPENING, "111", null, 1_000_000)                                    // 4 fine
                .balance("IGF", OPENING, "9999", null, 1_000)                                       // 5 unknown account
                .balance("IGF", OPENING, "421", null, 1_000)                                        // 6 computed account
                .balance("IGF", OPENING, "4111", 77, 1_000)                                         // 7 no such member
                .balance("IGF", OPENING.minusDays(1), "156", null, 1_000)                          // 8 another date
                .balance("IGF", OPENING, "4111", 15, 100_000)                                       // 9 joined after opening
                .balance("AF", OPENING, "111", null, -5)                                            // 10 negative
                .balance("AF", TODAY.plusDays(10), "112", null, 1_000)                              // 11 future
                .balance("XYZ", OPENING, "111", null, 1_000)                                        // 12 no such fund
                .balance("IGF", OPENING, "111", null, 2_000)                                        // 13 line twice
                .balance("IGF", OPENING, "1388", null, "12.5")                                      // 14 fraction
                .balance("IGF", OPENING, "112", null, 1_000)                                        // 15 header account (of 1121)
                .donor("Hội Người cao tuổi tỉnh", "Tổ chức", null, null)                            // 4 fine
                .donor("Hội Người cao tuổi tỉnh", "Tổ chức", null, null)                            // 5 twice
                .donor("Công ty A", "Người ngoài hành tinh", null, null)                            // 6 kind
                .bytes();
        Response r = c.dryRun(file).expect(200);
        Set<String> expected = new TreeSet<>(List.of(
                "Thành viên!A5 duplicate-row", "Thành viên!A6 cell-number", "Thành viên!B7 required",
                "Thành viên!C8 cell-choice", "Thành viên!D9 birth-year-range", "Thành viên!E10 cell-choice",
                "Thành viên!G11 phone-pattern", "Thành viên!H12 not-future", "Thành viên!H13 cell-date",
                "Thành viên!H14 before-founding", "Thành viên!D16 cell-whole",
                "Số dư đầu kỳ!C5 unknown-account", "Số dư đầu kỳ!C6 opening-account", "Số dư đầu kỳ!D7 unknown-member-no",
                "Số dư đầu kỳ!B8 opening-date-differs", "Số dư đầu kỳ!E10 positive", "Số dư đầu kỳ!B11 not-future",
                "Số dư đầu kỳ!A12 cell-choice", "Số dư đầu kỳ!C13 duplicate-row", "Số dư đầu kỳ!E14 cell-whole",
                "Số dư đầu kỳ!C15 header-account",
                "Nhà tài trợ!A5 duplicate-row", "Nhà tài trợ!B6 cell-choice"));
        if (late.isAfter(OPENING)) {
            expected.add("Số dư đầu kỳ!D9 joined-after-opening");
        }
        Set<String> found = new TreeSet<>();
        for (JsonNode p : r.json().get("problems")) {
            found.add(p.get("sheet").asText() + "!" + p.get("column").asText() + p.get("row").asInt() + " " + p.get("rule").asText());
            assertFalse(p.get("message").asText().startsWith("rule."), p.toString());
        }
        assertEquals(expected, found);
        assertEquals(expected.size(), r.at("/summary/problems").asInt());
        JsonNode sex = problem(r, "Thành viên", 8);
        assertEquals("X", sex.get("value").asText());
        assertEquals("Giới tính", sex.get("columnName").asText());
        assertEquals("phải là một trong: Nữ, Nam", sex.get("message").asText());
        JsonNode en = problem(c.treasurer.english().sendBytes("POST", c.path("?dryRun=true"), XLSX, file).expect(200), "Thành viên", 8);
        assertEquals("Sex", en.get("columnName").asText());
        assertEquals("must be one of: Nữ, Nam", en.get("message").asText());
        // the rows without a problem say what they would do; nothing was written
        assertEquals(2, r.at("/summary/membersCreated").asInt());
        assertEquals(0, c.members());
        // and the same file is refused by the import, naming each problem, writing nothing
        Response refused = c.importFile(Money.key(), file).expectProblem(422, "Thành viên!C8", "cell-choice");
        assertEquals(expected.size(), refused.json().get("errors").size());
        assertEquals(0, c.members());
        assertEquals(0, c.entries());
        assertEquals(0, c.donors());
    }

    private static JsonNode problem(Response r, String sheet, int row) {
        for (JsonNode p : r.json().get("problems")) {
            if (p.get("sheet").asText().equals(sheet) && p.get("row").asInt() == row) {
                return p;
            }
        }
        throw new AssertionError("no problem on " + sheet + " row " + row + ": " + r.text());
    }

    /** A 70-member club: capital 500,000 each, ten owing 2,000,000, cash, bank and a grant; the activity fund's cash. */
    private static Filled seventy(Club c) {
        return seventy(c, 3_000_000);
    }

    private static Filled seventy(Club c, long activityCash) {
        Filled f = new Filled(c.template());
        for (int no = 1; no <= 70; no++) {
            f.members(no, "Thành viên số " + no, no % 3 == 0 ? "Nam" : "Nữ", 1940 + no % 40,
                    no % 2 == 0 ? "Hộ nghèo" : "Không", no % 5 == 0 ? "Nùng" : null, null, LocalDate.of(2015 + no % 8, 3, 1));
        }
        f.balance("IGF", OPENING, "111", null, "15.000.000").balance("IGF", OPENING, "112", null, 20_000_000)
                .balance("IGF", OPENING, "4118", null, 10_000_000);
        for (int no = 1; no <= 70; no++) {
            f.balance("IGF", OPENING, "4111", no, 500_000);
        }
        for (int no = 1; no <= 10; no++) {
            f.balance("IGF", OPENING, "12881", no * 7, 2_000_000);
        }
        f.balance("AF", OPENING, "111", null, activityCash);
        f.donor("Hội Người cao tuổi tỉnh", "Tổ chức", "0205 3870 000", "Vốn mồi").donor("Công ty May Lạng Sơn", "Doanh nghiệp", null, null)
                .donor("Ông Hoàng Văn Nam", "INDIVIDUAL", null, null);
        return f;
    }

    @Test
    void aSeventyMemberClubComesInWithItsBooksAndARetryImportsNothing() {
        Club c = club();
        byte[] file = seventy(c).bytes();
        Response dry = c.dryRun(file).expect(200);
        assertEquals(0, dry.at("/summary/problems").asInt(), dry.text());
        assertEquals(70, dry.at("/summary/membersCreated").asInt());
        JsonNode igf = dry.at("/balances/0");
        assertEquals("IGF", igf.get("fund").asText());
        // debits 15 + 20 + 10 × 2 = 55 million, credits 10 + 70 × 0.5 = 45 million: 421 takes 10 million on the credit side
        assertEquals(0, new BigDecimal("55000000").compareTo(igf.get("debit").decimalValue()));
        assertEquals(0, new BigDecimal("45000000").compareTo(igf.get("credit").decimalValue()));
        assertEquals("C", igf.get("surplusSide").asText());
        assertEquals(0, new BigDecimal("10000000").compareTo(igf.get("surplus").decimalValue()));
        assertEquals(0, c.members());

        String key = Money.key();
        Response r = c.importFile(key, file).expect(201);
        assertTrue(r.at("/imported").asBoolean());
        assertEquals(70, c.members());
        assertEquals(3, c.donors());
        assertEquals(2, c.entries());
        JsonNode list = c.treasurer.get("/api/v1/clubs/" + c.id() + "/members?size=100&sort=memberNo").expect(200).json();
        assertEquals(70, list.get("totalItems").asInt());
        JsonNode m7 = list.get("items").get(6);
        assertEquals(7, m7.get("memberNo").asInt());
        assertEquals("Thành viên số 7", m7.get("fullName").asText());
        assertEquals("FEMALE", m7.get("sex").asText());
        assertEquals(1947, m7.get("birthYear").asInt());
        assertEquals("NONE", m7.get("povertyStatus").asText());
        assertEquals("2022-03-01", m7.get("joinedOn").asText());

        long igfLedger = Money.ledgerId(c.id(), "IGF");
        long afLedger = Money.ledgerId(c.id(), "AF");
        assertEquals(15_000_000, net(c, igfLedger, "111"));
        assertEquals(20_000_000, net(c, igfLedger, "112"));
        assertEquals(20_000_000, net(c, igfLedger, "12881"));
        assertEquals(-35_000_000, net(c, igfLedger, "4111"));
        assertEquals(-10_000_000, net(c, igfLedger, "4118"));
        assertEquals(-10_000_000, net(c, igfLedger, "421"));
        assertEquals(3_000_000, net(c, afLedger, "111"));
        assertEquals(-3_000_000, net(c, afLedger, "421"));
        // member 7's capital and loan sit on the member
        long member7 = m7.get("id").asLong();
        assertEquals(1, TestApp.db().count("SELECT COUNT(*) FROM posting p JOIN account a ON a.id = p.account_id "
                + "WHERE p.member_id = ? AND a.code = '12881'", member7));
        JsonNode ledgers = c.treasurer.get("/api/v1/clubs/" + c.id() + "/ledgers").expect(200).json();
        for (JsonNode l : ledgers) {
            assertEquals(OPENING.toString(), l.get("openedOn").asText());
        }
        vn.ishc.fund.ledger.LedgerInvariants.check(igfLedger);
        vn.ishc.fund.ledger.LedgerInvariants.check(afLedger);

        // a retry with the same key answers the first import and writes nothing
        Response again = c.importFile(key, file).expect(201);
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(r.at("/balances/0/entryId").asLong(), again.at("/balances/0/entryId").asLong());
        assertEquals(70, c.members());
        assertEquals(2, c.entries());
        // the same key with another file is a conflict
        c.importFile(key, seventy(c).members(71, "Người mới", "Nữ", 1970, "Không", null, null, OPENING).bytes())
                .expectProblem(409, "Idempotency-Key", "idempotency-key-reused");

        // an updated list, without balances this time: updates by member number, adds the new, duplicates none
        Filled updated = new Filled(c.template());
        for (int no = 1; no <= 72; no++) {
            updated.members(no, no == 5 ? "Thành viên số năm" : "Thành viên số " + no, no % 3 == 0 ? "Nam" : "Nữ",
                    1940 + no % 40, no % 2 == 0 ? "Hộ nghèo" : "Không", null, no == 6 ? "0987654321" : null,
                    no > 70 ? OPENING : LocalDate.of(2015 + no % 8, 3, 1));
        }
        byte[] second = updated.bytes();
        Response plan = c.dryRun(second).expect(200);
        assertEquals(2, plan.at("/summary/membersCreated").asInt());
        assertEquals(2, plan.at("/summary/membersUpdated").asInt(), plan.text());
        assertEquals(68, plan.at("/summary/membersUnchanged").asInt());
        c.importFile(Money.key(), second).expect(201);
        assertEquals(72, c.members());
        assertEquals(2, c.entries());
        assertEquals("Thành viên số năm", TestApp.db().string("SELECT full_name FROM member WHERE club_id = ? AND member_no = 5", c.id()));
        assertEquals("0987654321", TestApp.db().string("SELECT phone FROM member WHERE club_id = ? AND member_no = 6", c.id()));
        // the ethnicity a blank cell left alone
        assertEquals("Nùng", TestApp.db().string("SELECT ethnicity FROM member WHERE club_id = ? AND member_no = 5", c.id()));
        // the first file again: its balances are those the ledgers were opened with, so they change nothing;
        // member 5 gets the first name back
        Response again2 = c.importFile(Money.key(), file).expect(201);
        assertEquals("UNCHANGED", again2.at("/balances/0/action").asText());
        assertEquals("UNCHANGED", again2.at("/balances/1/action").asText());
        assertTrue(again2.at("/balances/0/entryId").isNull(), again2.text());
        assertEquals(1, again2.at("/summary/membersUpdated").asInt());
        assertEquals(3, again2.at("/summary/donorsUnchanged").asInt());
        assertEquals(2, c.entries());
        assertEquals(72, c.members());
        assertEquals(3, c.donors());
        // other balances for an opened ledger are refused, at the fund's first row (row 87: the activity fund)
        byte[] otherBalances = seventy(c, 3_500_000).bytes();
        Response twice = c.dryRun(otherBalances).expect(200);
        assertEquals(1, twice.at("/summary/problems").asInt(), twice.text());
        assertEquals("ledger-has-opening", twice.at("/problems/0/rule").asText());
        assertEquals("UNCHANGED", twice.at("/balances/0/action").asText());
        c.importFile(Money.key(), otherBalances).expectProblem(422, "Số dư đầu kỳ!A87", "ledger-has-opening");
        assertEquals(2, c.entries());
    }

    private static long net(Club c, long ledger, String code) {
        JsonNode tb = c.treasurer.get("/api/v1/ledgers/" + ledger + "/trial-balance?asOf=" + TODAY).expect(200).json();
        for (JsonNode row : tb.get("rows")) {
            if (row.get("code").asText().equals(code)) {
                return row.get("debit").decimalValue().subtract(row.get("credit").decimalValue()).longValueExact();
            }
        }
        throw new AssertionError("no " + code + " in " + tb);
    }

    @Test
    void badFilesChangeNothing() {
        Club c = club();
        byte[] template = c.template();
        assertEquals("file-empty", onlyRule(c.dryRun(new byte[0])));
        c.importFile(Money.key(), new byte[0]).expectProblem(422, null, "file-empty");
        String pdf = "%PDF-1.4\n\u0000\u0001binary";
        assertEquals("file-type", onlyRule(c.dryRun(pdf.getBytes(StandardCharsets.ISO_8859_1))));
        c.importFile(Money.key(), pdf.getBytes(StandardCharsets.ISO_8859_1)).expectProblem(422, null, "file-type");
        byte[] otherVersion = new Filled(template).with(wb -> wb.getSheet("_ishc").getRow(0).getCell(0)
                .setCellValue("ishc-fund-intake-0")).members(1, "A", "Nữ", 1950, "Không", null, null, FOUNDED).bytes();
        assertEquals("template-version", onlyRule(c.dryRun(otherVersion)));
        c.importFile(Money.key(), otherVersion).expectProblem(422, null, "template-version");
        byte[] noDonors = new Filled(template).with(wb -> wb.removeSheetAt(wb.getSheetIndex("Nhà tài trợ")))
                .members(1, "A", "Nữ", 1950, "Không", null, null, FOUNDED).bytes();
        assertEquals("sheet-missing", onlyRule(c.dryRun(noDonors)));
        c.importFile(Money.key(), noDonors).expectProblem(422, "Nhà tài trợ", "sheet-missing");
        Filled many = new Filled(template);
        for (int no = 1; no <= IntakeLayout.MAX_ROWS + 1; no++) {
            many.members(no, "Thành viên " + no, "Nữ", 1950, "Không", null, null, FOUNDED);
        }
        byte[] tooMany = many.bytes();
        assertEquals("too-many-rows", onlyRule(c.dryRun(tooMany)));
        c.importFile(Money.key(), tooMany).expectProblem(422, null, "too-many-rows");
        // over 10 MB: refused before it is read
        c.importFile(Money.key(), new byte[IntakeLayout.MAX_BYTES + 1]).expectProblem(413);
        // no idempotency key for a real import
        c.treasurer.sendBytes("POST", c.path(""), XLSX, template).expectProblem(400, "Idempotency-Key", "required");
        assertEquals(0, c.members());
        assertEquals(0, c.entries());
        // a province officer and an auditor may not import; another club's treasurer sees no club
        byte[] good = new Filled(template).members(1, "A", "Nữ", 1950, "Không", null, null, FOUNDED).bytes();
        TestApp.api().as(Fixtures.user("PROVINCE_OFFICER", Fixtures.province(), null)).header("Idempotency-Key", Money.key())
                .sendBytes("POST", c.path(""), XLSX, good).expectProblem(403);
        TestApp.api().as(Fixtures.treasurer(club().id())).header("Idempotency-Key", Money.key())
                .sendBytes("POST", c.path(""), XLSX, good).expectProblem(404);
        assertEquals(0, c.members());
        // the chair may
        TestApp.api().as(Fixtures.chair(c.id())).header("Idempotency-Key", Money.key())
                .sendBytes("POST", c.path(""), XLSX, good).expect(201);
        assertEquals(1, c.members());
    }

    private static String onlyRule(Response r) {
        r.expect(200);
        JsonNode problems = r.json().get("problems");
        assertEquals(1, problems.size(), r.text());
        assertNotNull(problems.get(0).get("message").asText());
        return problems.get(0).get("rule").asText();
    }

    @Test
    void aCsvOfOneSheetAndAFormUploadAreReadToo() {
        Club c = club();
        String csv = "\uFEFFMã số thành viên;Họ và tên;Giới tính;Năm sinh;Hoàn cảnh gia đình;Dân tộc;Số điện thoại;Ngày vào câu lạc bộ\n"
                + "1;Nguyễn Thị Hoa;Nữ;1955;Hộ nghèo;;0912 345 678;01/03/2018\n"
                + "2;\"Lê Văn Hùng; con\";nam;1949;KHÔNG;Tày;;2019-07-15\n";
        Response dry = c.treasurer.sendBytes("POST", c.path("?dryRun=true"), "text/csv", csv.getBytes(StandardCharsets.UTF_8)).expect(200);
        assertEquals("CSV", dry.at("/format").asText());
        assertEquals(0, dry.at("/summary/problems").asInt(), dry.text());
        c.treasurer.header("Idempotency-Key", Money.key()).sendBytes("POST", c.path(""), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).expect(201);
        assertEquals("Lê Văn Hùng; con", TestApp.db().string("SELECT full_name FROM member WHERE club_id = ? AND member_no = 2", c.id()));
        assertEquals("0912345678", TestApp.db().string("SELECT phone FROM member WHERE club_id = ? AND member_no = 1", c.id()));
        assertEquals("csv-header", onlyRule(c.treasurer.sendBytes("POST", c.path("?dryRun=true"), "text/csv",
                "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8))));

        // the template as a form's file part
        byte[] file = new Filled(c.template()).members(3, "Hoàng Thị Thu", "Nữ", 1960, "Không", null, null, FOUNDED).bytes();
        String boundary = "----intake" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clb.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        Response form = c.treasurer.sendBytes("POST", c.path("?dryRun=true"), "multipart/form-data; boundary=" + boundary, body)
                .expect(200);
        assertEquals(1, form.at("/summary/membersCreated").asInt(), form.text());
        assertEquals("XLSX", form.at("/format").asText());
        assertNotEquals(0, form.at("/members/0/row").asInt());
        // a form's file part over the framework's default 1 MB is read (and here found to be no workbook)
        byte[] noise = new byte[2 * 1024 * 1024];
        new java.util.Random(7).nextBytes(noise);
        byte[] big = new byte[head.length + noise.length + tail.length];
        System.arraycopy(head, 0, big, 0, head.length);
        System.arraycopy(noise, 0, big, head.length, noise.length);
        System.arraycopy(tail, 0, big, head.length + noise.length, tail.length);
        assertEquals("file-type", onlyRule(c.treasurer.sendBytes("POST", c.path("?dryRun=true"),
                "multipart/form-data; boundary=" + boundary, big)));
        // an unknown parameter is refused as everywhere
        c.treasurer.sendBytes("POST", c.path("?dryrun=true"), XLSX, file).expectProblem(400);
    }
}
