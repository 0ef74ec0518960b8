package vn.ishc.fund.intake;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.club.PovertyStatus;
import vn.ishc.fund.club.Sex;
import vn.ishc.fund.intake.IntakeLayout.Sheet;
import vn.ishc.fund.intake.Plan.Action;
import vn.ishc.fund.intake.Plan.Person;
import vn.ishc.fund.ledger.AccountType;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.Side;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import's rules on rows read from a file, with no database: cells, members, balances, donors. */
class IntakeCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 10);
    private static final LocalDate OPENING = LocalDate.of(2026, 1, 1);

    private static IntakeCheck.Books books(boolean hasEntries) {
        Map<String, IntakeCheck.Account> chart = new HashMap<>();
        for (Object[] a : new Object[][]{{"111", AccountType.ASSET, Side.D}, {"112", AccountType.ASSET, Side.D},
                {"12881", AccountType.ASSET, Side.D}, {"4111", AccountType.EQUITY, Side.C}, {"4118", AccountType.EQUITY, Side.C},
                {"421", AccountType.EQUITY, Side.C}, {"515", AccountType.INCOME, Side.C}, {"2293", AccountType.ASSET, Side.C}}) {
            chart.put((String) a[0], new IntakeCheck.Account((String) a[0], (AccountType) a[1], (Side) a[2], false));
        }
        return new IntakeCheck.Books(chart, hasEntries, hasEntries ? OPENING : null, hasEntries ? List.of(
                new IntakeCheck.Posting("111", Side.D, new BigDecimal("1000000.00"), null),
                new IntakeCheck.Posting("4111", Side.C, new BigDecimal("300000"), 1),
                new IntakeCheck.Posting("421", Side.C, new BigDecimal("700000"), null)) : List.of());
    }

    private static IntakeCheck.Club club(Map<Integer, IntakeCheck.Known> known, boolean igfOpened) {
        Map<Fund, IntakeCheck.Books> books = new EnumMap<>(Fund.class);
        books.put(Fund.IGF, books(igfOpened));
        books.put(Fund.AF, books(false));
        return new IntakeCheck.Club(TODAY, FOUNDED, known, Set.of("Hội Phụ nữ xã"), books);
    }

    private static Upload upload(Map<Sheet, List<Upload.Row>> sheets) {
        Map<Sheet, List<Upload.Row>> all = new EnumMap<>(Sheet.class);
        for (Sheet s : Sheet.values()) {
            all.put(s, sheets.getOrDefault(s, List.of()));
        }
        return new Upload(Upload.Format.XLSX, all, List.of());
    }

    private static Upload.Row row(int number, Object... cells) {
        return new Upload.Row(number, new ArrayList<>(Arrays.asList(cells)));
    }

    private static List<String> rules(Plan plan) {
        return plan.problems().stream().map(i -> i.column() + i.row() + " " + i.rule()).toList();
    }

    @Test
    void cellsAreReadAsATreasurerWritesThem() {
        List<Issue> problems = new ArrayList<>();
        CellReader c = new CellReader(Sheet.BALANCES, row(4, "igf", "1/1/2026", "111", null, "1.500.000"), problems);
        assertEquals(Fund.IGF, c.choice("fund", IntakeLayout.FUND));
        assertEquals(OPENING, c.date("date"));
        assertEquals(new BigDecimal("1500000"), c.whole("amount"));
        assertNull(c.integer("memberNo"));
        assertEquals(List.of(), problems);
        // an Excel day number, ISO dates, English thousands separators, a numeric cell
        CellReader d = new CellReader(Sheet.BALANCES, row(5, "AF", new BigDecimal("46023"), "112", new BigDecimal("7"), "2,000,000"), problems);
        assertEquals(OPENING, d.date("date"));
        assertEquals(7, d.integer("memberNo"));
        assertEquals(new BigDecimal("2000000"), d.whole("amount"));
        CellReader e = new CellReader(Sheet.BALANCES, row(6, "x", "2026-13-01", null, "1,5", "12.5"), problems);
        assertNull(e.choice("fund", IntakeLayout.FUND));
        assertNull(e.date("date"));
        assertNull(e.text("accountCode"));
        assertNull(e.integer("memberNo"));
        assertNull(e.whole("amount"));
        assertEquals(List.of("cell-choice", "cell-date", "required", "cell-number", "cell-whole"),
                problems.stream().map(Issue::rule).toList());
        assertEquals(List.of(6), problems.stream().map(Issue::row).distinct().toList());
        assertEquals(List.of("A", "B", "C", "D", "E"), problems.stream().map(Issue::column).toList());
        assertEquals("2026-13-01", problems.get(1).value());
        // Vietnamese words whatever their case, and the codes
        List<Issue> none = new ArrayList<>();
        CellReader m = new CellReader(Sheet.MEMBERS, row(4, 1, "A", "NỮ", 1950, "hộ cận nghèo"), none);
        assertEquals(Sex.FEMALE, m.choice("sex", IntakeLayout.SEX));
        assertEquals(PovertyStatus.NEAR_POOR, m.choice("povertyStatus", IntakeLayout.POVERTY));
        assertEquals(List.of(), none);
    }

    @Test
    void membersAreMatchedByNumberAndOnlyChangesCount() {
        Person stored = new Person("Nguyễn Thị Lan", Sex.FEMALE, 1956, PovertyStatus.POOR, "Tày", "0912345678",
                LocalDate.of(2016, 3, 1));
        Map<Integer, IntakeCheck.Known> known = Map.of(1, new IntakeCheck.Known(11, stored),
                2, new IntakeCheck.Known(12, stored));
        Plan plan = IntakeCheck.check(upload(Map.of(Sheet.MEMBERS, List.of(
                row(4, 1, "Nguyễn Thị Lan", "Nữ", 1956, "Hộ nghèo", null, null, LocalDate.of(2016, 3, 1)),
                row(5, 2, "Nguyễn Thị Lan", "Nữ", 1956, "Hộ cận nghèo", "Kinh", null, LocalDate.of(2016, 3, 1)),
                row(6, 3, "Lò Văn Sáng", "Nam", 1948, "Không", null, "0912 345 679", LocalDate.of(2020, 1, 1))))),
                club(known, false));
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(Action.UNCHANGED, Action.UPDATE, Action.CREATE), plan.members().stream().map(Plan.MemberRow::action).toList());
        assertEquals(List.of("povertyStatus", "ethnicity"), plan.members().get(1).changed());
        assertEquals(12L, plan.members().get(1).existingId());
        assertEquals("0912345679", plan.members().get(2).person().phone());
    }

    @Test
    void memberRules() {
        Plan plan = IntakeCheck.check(upload(Map.of(Sheet.MEMBERS, List.of(
                row(4, 1, "A", "Nữ", 1950, "Không", null, null, FOUNDED),
                row(5, 1, "B", "Nữ", 1950, "Không", null, null, FOUNDED),
                row(6, 0, "C", "Nữ", 2027, "Không", "x".repeat(51), "123", TODAY.plusDays(1)),
                row(7, 7, "D\u0007", "Nữ", 1950, "Không", null, null, FOUNDED.minusDays(1))))), club(Map.of(), false));
        assertEquals(List.of("A5 duplicate-row", "A6 positive", "D6 birth-year-range", "F6 size", "G6 phone-pattern",
                "H6 not-future", "B7 control-character", "H7 before-founding"), rules(plan));
        assertEquals(List.of((Object) 4), plan.problems().get(0).args());
        assertEquals(List.of((Object) "10/01/2015"), plan.problems().get(7).args());
        assertEquals(1, plan.members().size());
    }

    @Test
    void balancesBalanceWith421AndNameWhatDoesNotFit() {
        Plan plan = IntakeCheck.check(upload(Map.of(
                Sheet.MEMBERS, List.of(row(4, 1, "A", "Nữ", 1950, "Không", null, null, FOUNDED),
                        row(5, 2, "B", "Nữ", 1950, "Không", null, null, LocalDate.of(2026, 6, 1))),
                Sheet.BALANCES, List.of(
                        row(4, "IGF", OPENING, "111", null, 1_000_000),
                        row(5, "IGF", OPENING, "4111", new BigDecimal(1), 300_000),
                        row(6, "IGF", OPENING, "12881", new BigDecimal(1), 200_000),
                        row(7, "AF", OPENING, "111", null, 50_000),
                        row(8, "AF", OPENING, "4118", null, 80_000)))), club(Map.of(), false));
        assertEquals(List.of(), plan.problems());
        Plan.Opening igf = plan.openings().get(0);
        assertEquals(Fund.IGF, igf.fund());
        assertEquals(new BigDecimal("1200000"), igf.debit());
        assertEquals(new BigDecimal("300000"), igf.credit());
        assertEquals(Side.C, igf.surplusSide());
        assertEquals(new BigDecimal("900000"), igf.surplus());
        Plan.Opening af = plan.openings().get(1);
        assertEquals(Side.D, af.surplusSide());
        assertEquals(new BigDecimal("30000"), af.surplus());

        Plan bad = IntakeCheck.check(upload(Map.of(
                Sheet.MEMBERS, List.of(row(4, 2, "B", "Nữ", 1950, "Không", null, null, LocalDate.of(2026, 6, 1)),
                        row(5, 3, "C", "X", 1950, "Không", null, null, FOUNDED)),
                Sheet.BALANCES, List.of(
                        row(4, "IGF", OPENING, "111", null, 1_000_000),
                        row(5, "AF", OPENING, "515", null, 1),
                        row(6, "AF", OPENING, "421", null, 1),
                        row(7, "AF", OPENING, "4111", new BigDecimal(2), 1),
                        row(8, "AF", OPENING, "4111", new BigDecimal(3), 1),
                        row(9, "AF", OPENING, "4111", new BigDecimal(4), 1),
                        row(10, "AF", FOUNDED.minusDays(1), "112", null, 0)))), club(Map.of(), true));
        assertEquals(List.of("C5 cell-choice", "C5 opening-account", "C6 opening-account",
                "D7 joined-after-opening", "D9 unknown-member-no", "E10 positive", "B10 before-founding",
                "A4 ledger-has-opening"), rules(bad));
        assertTrue(bad.problems().get(0).sheet().equals(Sheet.MEMBERS.title));
    }

    @Test
    void theBalancesALedgerWasOpenedWithAreUnchangedOthersRefused() {
        List<Upload.Row> members = List.of(row(4, 1, "A", "Nữ", 1950, "Không", null, null, FOUNDED));
        Plan same = IntakeCheck.check(upload(Map.of(Sheet.MEMBERS, members, Sheet.BALANCES, List.of(
                row(4, "IGF", OPENING, "4111", new BigDecimal(1), 300_000),
                row(5, "IGF", OPENING, "111", null, "1.000.000")))), club(Map.of(), true));
        assertEquals(List.of(), same.problems());
        assertEquals(Action.UNCHANGED, same.openings().get(0).action());
        for (List<Upload.Row> other : List.of(
                List.of(row(4, "IGF", OPENING, "4111", new BigDecimal(1), 300_000), row(5, "IGF", OPENING, "111", null, 1_000_001)),
                List.of(row(4, "IGF", OPENING, "4111", null, 300_000), row(5, "IGF", OPENING, "111", null, 1_000_000)),
                List.of(row(4, "IGF", OPENING.plusDays(1), "4111", new BigDecimal(1), 300_000),
                        row(5, "IGF", OPENING.plusDays(1), "111", null, 1_000_000)),
                List.of(row(4, "IGF", OPENING, "111", null, 1_000_000)))) {
            Plan plan = IntakeCheck.check(upload(Map.of(Sheet.MEMBERS, members, Sheet.BALANCES, other)), club(Map.of(), true));
            assertEquals(List.of("A4 ledger-has-opening"), rules(plan));
        }
    }

    @Test
    void donorsAlreadyRegisteredAreLeftAlone() {
        Plan plan = IntakeCheck.check(upload(Map.of(Sheet.DONORS, List.of(
                row(4, "Hội Phụ nữ xã", "Tổ chức"), row(5, "Công ty B", "BUSINESS", "0205 1", "ghi chú"),
                row(6, "Công ty B", "Doanh nghiệp"), row(7, null, "Không rõ")))), club(Map.of(), false));
        assertEquals(List.of("A6 duplicate-row", "A7 required", "B7 cell-choice"), rules(plan));
        assertEquals(List.of(Action.UNCHANGED, Action.CREATE), plan.donors().stream().map(Plan.DonorRow::action).toList());
    }

    @Test
    void filesThatAreNotTheTemplate() {
        assertEquals("file-empty", UploadReader.read(new byte[0]).problems().get(0).rule());
        assertEquals("file-too-large", UploadReader.read(new byte[IntakeLayout.MAX_BYTES + 1]).problems().get(0).rule());
        assertEquals("file-type", UploadReader.read(new byte[]{'P', 'K', 3, 4, 0, 0, 0}).problems().get(0).rule());
        assertEquals("file-type", UploadReader.read(new byte[]{(byte) 0xC0, (byte) 0xAF, 'x'}).problems().get(0).rule());
        assertEquals("csv-header", UploadReader.read("a,b\n".getBytes(StandardCharsets.UTF_8)).problems().get(0).rule());
        // a CSV with the English header, a quoted comma and a line break in a field
        Upload csv = UploadReader.read(("Donor name,Kind,Contact,Note\r\n\"Công ty A, Lạng Sơn\",Doanh nghiệp,,\"hai\ndòng\"\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), csv.problems());
        Upload.Row r = csv.sheets().get(Sheet.DONORS).get(0);
        assertEquals(2, r.number());
        assertEquals("Công ty A, Lạng Sơn", r.cell(0));
        assertNull(r.cell(2));
        assertEquals("hai\ndòng", r.cell(3));
        // the template itself, as written, is read back with no data and no problem
        byte[] template = TemplateWriter.write("CLB", List.of(new TemplateWriter.AccountChoice("111", "Tiền mặt", "Cash", "IGF")), TODAY);
        Upload empty = UploadReader.read(template);
        assertEquals(List.of(), empty.problems());
        assertEquals(Set.of(Sheet.values()), empty.sheets().keySet());
        assertTrue(empty.sheets().values().stream().allMatch(List::isEmpty));
    }
}
