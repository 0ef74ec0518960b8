package vn.ishc.fund.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.StatementFiles;
import vn.ishc.fund.support.TestApp;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The books kept on an account — cash book (S04a-DNN), bank book (S05-DNN), general ledger (S03b-DNN),
 * account detail (S19-DNN) and a member's capital account — downloaded in the three formats and both
 * languages; every figure read back from the file and compared with the ledger's JSON API: the balance
 * brought forward, each line and its running balance, the day and month totals, the totals since the start
 * of the year, and the closing balance against the trial balance.
 */
class BookStatementsTest {

    private static final LocalDate TODAY = Dates.today();
    private static final LocalDate OPENED = TODAY.minusMonths(3).withDayOfMonth(1);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static ClubBooks books;
    private static long loan;
    private static long donor;

    @BeforeAll
    static void books() {
        books = new ClubBooks(5, LocalDate.of(2020, 1, 1));
        books.op("opening-balances", Map.of("fund", "IGF", "date", OPENED.toString(), "lines", List.of(
                Map.of("accountCode", "111", "amount", 5_000_000), Map.of("accountCode", "112", "amount", 20_000_000),
                Map.of("accountCode", "4111", "amount", 2_000_000, "memberId", books.member(0))),
                "donatedCapital", 23_000_000)).expect(201);
        contribution(1, 300_000, OPENED.plusDays(3), null);
        contribution(4, 250_000, OPENED.plusDays(3), null);
        contribution(2, 500_000, OPENED.plusDays(3), "112");
        long expense = books.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 150_000, "date",
                OPENED.plusDays(10).toString(), "description", "Văn phòng phẩm")).expect(201).at("/entries/0/id").asLong();
        books.op("transfer", Map.of("fund", "IGF", "direction", "CASH_TO_BANK", "amount", 1_000_000, "date",
                OPENED.plusDays(35).toString())).expect(201);
        Lending lending = new Lending(books);
        loan = lending.active(books.member(3), lending.product(Map.of()), 2_000_000, OPENED.plusDays(40));
        donor = books.asTreasurer().post("/api/v1/clubs/" + books.club + "/donors",
                Map.of("name", "Hội Chữ thập đỏ xã", "kind", "ORGANISATION")).expect(201).id();
        books.op("donation", Map.of("donorId", donor, "purpose", "CAPITAL", "form", "CASH", "amount", 1_000_000,
                "date", OPENED.plusDays(50).toString())).expect(201);
        Money.post(books.asTreasurer(), "/api/v1/entries/" + expense + "/reverse", Map.of("reason", "Ghi nhầm",
                "date", OPENED.plusDays(60).toString())).expect(201);
        lending.repay(loan, TODAY, 500_000).expect(201);
        contribution(0, 100_000, TODAY, null);
        books.op("fee", Map.of("memberId", books.member(2), "amount", 5_000, "date", TODAY.toString())).expect(201);
    }

    private static void contribution(int member, long amount, LocalDate date, String moneyAccount) {
        Map<String, Object> body = new HashMap<>(Map.of("memberId", books.member(member), "amount", amount,
                "date", date.toString()));
        if (moneyAccount != null) {
            body.put("moneyAccount", moneyAccount);
            body.put("method", "BANK");
        }
        books.op("contribution", body).expect(201);
    }

    // --- the JSON API the books are compared with -----------------------------------------------------------

    /** The ledger API's account statement for a period (every line: the scene has fewer than 500). */
    private static JsonNode statement(long ledger, String code, LocalDate from, LocalDate to) {
        return books.asTreasurer().get("/api/v1/ledgers/" + ledger + "/accounts/" + code + "/statement?from=" + from
                + "&to=" + to + "&size=500").expect(200).json();
    }

    /** The trial balance's net (debit minus credit) of the leaf accounts under a code at a date. */
    private static BigDecimal trialBalance(long ledger, String code, LocalDate at) {
        JsonNode tb = books.asTreasurer().get("/api/v1/ledgers/" + ledger + "/trial-balance?asOf=" + at).expect(200).json();
        BigDecimal net = BigDecimal.ZERO;
        for (JsonNode r : tb.get("rows")) {
            if (r.get("code").asText().startsWith(code)) {
                net = net.add(r.get("debit").decimalValue()).subtract(r.get("credit").decimalValue());
            }
        }
        return net;
    }

    private static Api.Download get(String path) {
        return books.asTreasurer().download(path);
    }

    private static String book(String kind, String query) {
        return "/api/v1/ledgers/" + books.igf + "/statements/" + kind + "?from=" + OPENED + "&to=" + TODAY + query;
    }

    // --- cash book ------------------------------------------------------------------------------------------

    @Test
    void theCashBookPdfPrintsTheFormWithEveryLineOfTheLedgersCash() {
        Api.Download pdf = get(book("cash-book", "")).expect(200);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("so-quy-tien-mat-111_"));
        StatementFiles.keep("cash-book-vi.pdf", pdf.body());
        assertTrue(StatementFiles.fontsEmbedded(pdf.body()));
        String text = StatementFiles.pdfText(pdf.body());
        for (String s : List.of("SỔ QUỸ TIỀN MẶT", "Mẫu số S04a - DNN", "Quỹ tăng thu nhập - Tài khoản 111 - Tiền mặt",
                "Số hiệu chứng từ", "Diễn giải", "Số tiền", "Tồn", "Ghi chú",
                "Số tồn đầu kỳ", "Cộng ngày " + StatementTexts.day(OPENED.plusDays(3)),
                "Cộng phát sinh tháng " + OPENED.format(MONTH), "Số tồn cuối tháng " + OPENED.format(MONTH),
                "Cộng phát sinh trong kỳ", "Số tồn cuối kỳ", "Thủ quỹ", "Chủ nhiệm CLB",
                "Ngày mở sổ: " + StatementTexts.day(OPENED), "Đảo bút toán")) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        JsonNode api = statement(books.igf, "111", OPENED, TODAY);
        assertTrue(api.at("/lines/items").size() >= 8, api.toString());
        for (JsonNode line : api.at("/lines/items")) {
            String voucher = line.get("voucher").asText();
            assertTrue(text.contains(voucher), voucher);
            assertTrue(text.contains(vi(line.get("balance").decimalValue())), () -> voucher + " balance in\n" + text);
        }
        assertTrue(text.contains(vi(trialBalance(books.igf, "111", TODAY))));
        int pages = StatementFiles.pdfPages(pdf.body());
        String count = String.format("%02d", pages);
        assertTrue(text.contains("Sổ này có " + count + " trang, đánh số từ trang 01 đến trang " + count), text);
        assertTrue(text.contains("Trang 1/" + pages), text);
    }

    @Test
    void theCashBookXlsxHasEveryFigureAsNumbersInItsColumns() {
        Api.Download xlsx = get(book("cash-book", "&format=xlsx")).expect(200);
        StatementFiles.keep("cash-book.xlsx", xlsx.body());
        Sheet sheet = new Sheet(StatementFiles.xlsx(xlsx.body()));
        assertTrue(StatementFiles.xlsxFrozenRows(xlsx.body()) > 0, "the header rows stay in view");
        for (String header : List.of("Ngày, tháng ghi sổ", "Ngày, tháng chứng từ", "Số hiệu chứng từ", "Thu", "Chi",
                "Diễn giải", "Số tiền", "Tồn", "Ghi chú")) {
            sheet.row(header);
        }
        JsonNode api = statement(books.igf, "111", OPENED, TODAY);
        assertEquals(0, api.get("openingBalance").decimalValue().compareTo(sheet.number("Số tồn đầu kỳ", "3")));
        List<List<Object>> lines = sheet.rows(r -> r.stream().anyMatch(c -> c instanceof String s && s.matches("P[TC]-\\d{4}-\\d{4}")));
        List<JsonNode> expected = new ArrayList<>();
        api.at("/lines/items").forEach(expected::add);
        assertEquals(expected.size(), lines.size(), "a row per posting on 111");
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            List<Object> row = lines.get(i);
            boolean in = e.get("debit").decimalValue().signum() > 0;
            assertEquals(e.get("voucher").asText(), sheet.cell(row, in ? "C" : "D"), row.toString());
            assertNull(sheet.cell(row, in ? "D" : "C"), row.toString());
            assertEquals(StatementTexts.day(LocalDate.parse(e.get("date").asText())), sheet.cell(row, "B"));
            assertEquals(StatementTexts.day(TODAY), sheet.cell(row, "A"), "recorded today in Vietnam");
            assertEquals(0, e.get(in ? "debit" : "credit").decimalValue().compareTo((BigDecimal) sheet.cell(row, in ? "1" : "2")));
            assertEquals(0, e.get("balance").decimalValue().compareTo((BigDecimal) sheet.cell(row, "3")), row.toString());
        }
        // a total per day with postings, and per month: in, out and the balance at its end
        Map<LocalDate, BigDecimal[]> days = new LinkedHashMap<>();
        Map<YearMonth, BigDecimal[]> months = new LinkedHashMap<>();
        for (JsonNode e : expected) {
            LocalDate d = LocalDate.parse(e.get("date").asText());
            add(days.computeIfAbsent(d, k -> zeros()), e);
            add(months.computeIfAbsent(YearMonth.from(d), k -> zeros()), e);
        }
        days.forEach((d, t) -> {
            List<Object> row = sheet.row("Cộng ngày " + StatementTexts.day(d));
            assertEquals(0, t[0].compareTo((BigDecimal) sheet.cell(row, "1")), d + " in");
            assertEquals(0, t[1].compareTo((BigDecimal) sheet.cell(row, "2")), d + " out");
            assertEquals(0, trialBalance(books.igf, "111", d).compareTo((BigDecimal) sheet.cell(row, "3")), d + " balance");
        });
        months.forEach((m, t) -> {
            String month = m.format(MONTH);
            List<Object> row = sheet.row("Cộng phát sinh tháng " + month);
            assertEquals(0, t[0].compareTo((BigDecimal) sheet.cell(row, "1")), month + " in");
            assertEquals(0, t[1].compareTo((BigDecimal) sheet.cell(row, "2")), month + " out");
            LocalDate end = m.atEndOfMonth().isAfter(TODAY) ? TODAY : m.atEndOfMonth();
            assertEquals(0, trialBalance(books.igf, "111", end).compareTo(sheet.number("Số tồn cuối tháng " + month, "3")));
        });
        assertEquals(0, api.get("totalDebit").decimalValue().compareTo(sheet.number("Cộng phát sinh trong kỳ", "1")));
        assertEquals(0, api.get("totalCredit").decimalValue().compareTo(sheet.number("Cộng phát sinh trong kỳ", "2")));
        BigDecimal closing = sheet.number("Số tồn cuối kỳ", "3");
        assertEquals(0, api.get("closingBalance").decimalValue().compareTo(closing));
        assertEquals(0, trialBalance(books.igf, "111", TODAY).compareTo(closing), "closing = the trial balance's 111");
    }

    @Test
    void theCashBookCsvInEnglishHasPlainNumbersAndDates() {
        Api.Download csv = get(book("cash-book", "&format=csv&lang=en")).expect(200);
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("cash-book-111_"));
        List<List<String>> lines = StatementFiles.csv(csv.body());
        assertEquals(List.of("Date of entry", "Voucher date", "Receipt voucher", "Payment voucher", "Description", "In",
                "Out", "Balance", "Note"), lines.get(0));
        JsonNode api = statement(books.igf, "111", OPENED, TODAY);
        assertEquals(List.of("", "", "", "", "Balance brought forward", "", "", plain(api.get("openingBalance")), ""),
                lines.get(1));
        List<List<String>> postings = lines.subList(1, lines.size()).stream().filter(l -> l.size() > 3 && (!l.get(2).isEmpty() || !l.get(3).isEmpty())).toList();
        int i = 0;
        for (JsonNode e : api.at("/lines/items")) {
            List<String> l = postings.get(i++);
            boolean in = e.get("debit").decimalValue().signum() > 0;
            assertEquals(StatementTexts.day(LocalDate.parse(e.get("date").asText())), l.get(1));
            assertEquals(e.get("voucher").asText(), l.get(in ? 2 : 3));
            assertEquals(e.get("description").asText(), l.get(4));
            assertEquals(plain(e.get(in ? "debit" : "credit")), l.get(in ? 5 : 6));
            assertEquals(plain(e.get("balance")), l.get(7));
        }
        assertEquals(i, postings.size());
        List<String> last = lines.get(lines.size() - 1);
        assertEquals("Closing balance", last.get(4));
        assertEquals(plain(trialBalance(books.igf, "111", TODAY)), last.get(7));
        assertTrue(lines.stream().anyMatch(l -> l.get(4).equals("Total of " + StatementTexts.day(OPENED.plusDays(3)))));
        assertTrue(lines.stream().anyMatch(l -> l.get(8).startsWith("Reverses entry ")), "the reversal says what it reverses");
    }

    // --- bank book ------------------------------------------------------------------------------------------

    @Test
    void theBankBookShowsContraAccountsAndTheBalanceInEnglish() {
        Api.Download pdf = get(book("bank-book", "&lang=en")).expect(200);
        StatementFiles.keep("bank-book-en.pdf", pdf.body());
        String text = StatementFiles.pdfText(pdf.body());
        for (String s : List.of("BANK BOOK", "Form S05 - DNN", "Income-generation fund - Account 112 - Bank deposits",
                "In (deposited)", "Out (withdrawn)", "Balance brought forward", "Closing balance",
                "Book opened on: " + StatementTexts.day(OPENED))) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        assertTrue(text.contains(en(trialBalance(books.igf, "112", TODAY))), text);
        Sheet sheet = new Sheet(StatementFiles.xlsx(get(book("bank-book", "&format=xlsx")).expect(200).body()));
        JsonNode api = statement(books.igf, "112", OPENED, TODAY);
        for (JsonNode e : api.at("/lines/items")) {
            List<Object> row = sheet.row(e.get("voucher").asText());
            assertEquals(0, e.get("balance").decimalValue().compareTo((BigDecimal) sheet.cell(row, "3")));
        }
        // the contribution by bank came from 4111, the transfer from cash
        assertTrue(sheet.rows(r -> "4111".equals(str(sheet.cell(r, "E")))).size() >= 1);
        assertTrue(sheet.rows(r -> "111".equals(str(sheet.cell(r, "E")))).size() == 1);
        assertEquals(0, trialBalance(books.igf, "112", TODAY).compareTo(sheet.number("Số dư cuối kỳ", "3")));
    }

    // --- general ledger -------------------------------------------------------------------------------------

    @Test
    void theGeneralLedgerHasMonthTotalsBalancesAndTheYearSoFar() {
        Api.Download xlsx = get(book("general-ledger", "&account=111&format=xlsx")).expect(200);
        StatementFiles.keep("general-ledger.xlsx", xlsx.body());
        Sheet sheet = new Sheet(StatementFiles.xlsx(xlsx.body()));
        for (String header : List.of("Ngày, tháng ghi sổ", "Chứng từ", "Số hiệu", "Ngày, tháng", "Diễn giải",
                "Nhật ký chung", "Số bút toán", "Số hiệu TK đối ứng", "Số tiền", "Nợ", "Có")) {
            sheet.row(header);
        }
        JsonNode api = statement(books.igf, "111", OPENED, TODAY);
        assertEquals(0, api.get("openingBalance").decimalValue().compareTo(sheet.number("Số dư đầu kỳ", "1")));
        Map<YearMonth, BigDecimal[]> months = new LinkedHashMap<>();
        for (JsonNode e : api.at("/lines/items")) {
            List<Object> row = sheet.row(e.get("voucher").asText());
            boolean debit = e.get("debit").decimalValue().signum() > 0;
            assertEquals(0, e.get(debit ? "debit" : "credit").decimalValue().compareTo((BigDecimal) sheet.cell(row, debit ? "1" : "2")));
            assertNull(sheet.cell(row, debit ? "2" : "1"));
            assertEquals(e.get("seq").asText(), str(sheet.cell(row, "G")));
            assertNotNull(sheet.cell(row, "H"), "contra account");
            add(months.computeIfAbsent(YearMonth.from(LocalDate.parse(e.get("date").asText())), k -> zeros()), e);
        }
        assertEquals("4111", str(sheet.cell(sheet.row(contributionVoucher(api)), "H")));
        months.forEach((m, t) -> {
            String month = m.format(MONTH);
            List<Object> total = sheet.row("Cộng số phát sinh tháng " + month);
            assertEquals(0, t[0].compareTo((BigDecimal) sheet.cell(total, "1")), month);
            assertEquals(0, t[1].compareTo((BigDecimal) sheet.cell(total, "2")), month);
            LocalDate end = m.atEndOfMonth().isAfter(TODAY) ? TODAY : m.atEndOfMonth();
            assertEquals(0, trialBalance(books.igf, "111", end).compareTo(sheet.number("Số dư cuối tháng " + month, "1")));
            // since the 1st of January of that month's year, as the API sums it
            JsonNode year = statement(books.igf, "111", m.atDay(1).withDayOfYear(1), end);
            List<Object> ytd = sheet.rowAfter("Cộng lũy kế từ đầu năm", "Số dư cuối tháng " + month);
            assertEquals(0, year.get("totalDebit").decimalValue().compareTo((BigDecimal) sheet.cell(ytd, "1")), month);
            assertEquals(0, year.get("totalCredit").decimalValue().compareTo((BigDecimal) sheet.cell(ytd, "2")), month);
        });
        assertEquals(0, trialBalance(books.igf, "111", TODAY).compareTo(sheet.number("Số dư cuối kỳ", "1")));
    }

    @Test
    void theGeneralLedgerOfACreditAccountInPdfAndCsv() {
        Api.Download pdf = get(book("general-ledger", "&account=4111")).expect(200);
        StatementFiles.keep("general-ledger-4111.pdf", pdf.body());
        String text = StatementFiles.pdfText(pdf.body());
        for (String s : List.of("SỔ CÁI", "Mẫu số S03b - DNN", "Tài khoản 4111 - Vốn góp của thành viên",
                "Số bút toán", "Cộng lũy kế từ đầu năm", "Số dư cuối kỳ")) {
            assertTrue(text.contains(s), () -> s + " in\n" + text);
        }
        List<List<String>> csv = StatementFiles.csv(get(book("general-ledger", "&account=4111&format=csv")).expect(200).body());
        assertEquals("Số bút toán", csv.get(0).get(4));
        List<String> closing = csv.get(csv.size() - 1);
        assertEquals("Số dư cuối kỳ", closing.get(3));
        // a credit balance prints in the credit column
        assertEquals("", closing.get(6));
        assertEquals(plain(trialBalance(books.igf, "4111", TODAY).negate()), closing.get(7));
    }

    @Test
    void aHeaderAccountsGeneralLedgerIncludesItsSubAccounts() {
        ClubBooks b = new ClubBooks(2, LocalDate.of(2020, 1, 1));
        for (String code : List.of("1121", "1122")) {
            b.asChair().post("/api/v1/ledgers/" + b.igf + "/accounts", Map.of("code", code, "parentCode", "112",
                    "nameVi", "Ngân hàng " + code)).expect(201);
        }
        LocalDate day = TODAY.minusDays(5);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 400_000, "date", day.toString(), "method", "BANK", "moneyAccount", "1121")).expect(201);
        b.op("contribution", Map.of("memberId", b.member(1), "amount", 700_000, "date", day.toString(), "method", "BANK", "moneyAccount", "1122")).expect(201);
        String base = "/api/v1/ledgers/" + b.igf + "/statements/";
        List<List<String>> all = StatementFiles.csv(b.asTreasurer().download(base + "general-ledger?account=112&format=csv")
                .expect(200).body());
        List<String> closing = all.get(all.size() - 1);
        assertEquals("1100000", closing.get(6));
        List<List<String>> one = StatementFiles.csv(b.asTreasurer().download(base + "bank-book?account=1121&format=csv")
                .expect(200).body());
        assertEquals("400000", one.get(one.size() - 1).get(7));
        assertEquals(0, b.net(b.igf, "1121").compareTo(new BigDecimal(one.get(one.size() - 1).get(7))));
    }

    // --- account detail and the capital account -------------------------------------------------------------

    @Test
    void theAccountDetailNamesEachPostingsMemberAndKeepsTheBalanceOnItsSide() {
        Api.Download xlsx = get(book("account-detail", "&account=4111&format=xlsx")).expect(200);
        StatementFiles.keep("account-detail-4111.xlsx", xlsx.body());
        Sheet sheet = new Sheet(StatementFiles.xlsx(xlsx.body()));
        JsonNode api = statement(books.igf, "4111", OPENED, TODAY);
        assertEquals(0, api.get("openingBalance").decimalValue().compareTo(sheet.number("Số dư đầu kỳ", "4")));
        Map<Long, String> names = names();
        for (JsonNode e : api.at("/lines/items")) {
            List<Object> row = sheet.row(e.get("voucher").asText());
            assertEquals(names.get(e.get("memberId").asLong()), sheet.cell(row, "F"));
            assertEquals(0, e.get("credit").decimalValue().compareTo((BigDecimal) sheet.cell(row, "2")));
            assertEquals(0, e.get("balance").decimalValue().compareTo((BigDecimal) sheet.cell(row, "4")), "credit balance");
            assertNull(sheet.cell(row, "3"));
        }
        assertEquals(0, trialBalance(books.igf, "4111", TODAY).negate().compareTo(sheet.number("Số dư cuối kỳ", "4")));
        // one member's detail: their capital, as the member ledger API has it
        Api.Download mine = get(book("account-detail", "&account=4111&member=" + books.member(1)));
        String text = StatementFiles.pdfText(mine.expect(200).body());
        assertTrue(text.contains("Đối tượng: " + names.get(books.member(1))), text);
        assertTrue(text.contains("SỔ CHI TIẾT CÁC TÀI KHOẢN") && text.contains("Mẫu số S19 - DNN"), text);
        assertTrue(text.contains(vi(capital(books.member(1)))), text);
        assertFalse(text.contains(names.get(books.member(0))), "another member's lines are not in it");
    }

    @Test
    void aLoansDetailFollowsItsPrincipal() {
        Api.Download csv = get(book("account-detail", "&account=12881&loan=" + loan + "&format=csv")).expect(200);
        List<List<String>> lines = StatementFiles.csv(csv.body());
        List<String> disbursed = lines.stream().filter(l -> l.get(1).startsWith("PC-")).findFirst().orElseThrow();
        assertEquals("2000000", disbursed.get(6));
        assertTrue(disbursed.get(5).contains("Khoản vay số " + loan) && disbursed.get(5).contains(names().get(books.member(3))),
                disbursed.toString());
        JsonNode view = new Lending(books).loan(loan);
        assertEquals(view.at("/balance/outstandingPrincipal").asText(), lines.get(lines.size() - 1).get(8));
        // the donor's capital
        List<List<String>> donated = StatementFiles.csv(get(book("account-detail", "&account=4118&donor=" + donor
                + "&format=csv")).expect(200).body());
        assertTrue(donated.stream().anyMatch(l -> l.get(5).equals("Hội Chữ thập đỏ xã") && l.get(7).equals("1000000")));
        assertEquals("1000000", donated.get(donated.size() - 1).get(9));
    }

    @Test
    void aMembersCapitalAccountInBothLanguagesAndFormats() {
        long member = books.member(0);
        String path = "/api/v1/members/" + member + "/statements/capital-account?from=" + OPENED + "&to=" + TODAY;
        Api.Download pdf = get(path).expect(200);
        StatementFiles.keep("capital-account-vi.pdf", pdf.body());
        String text = StatementFiles.pdfText(pdf.body());
        assertTrue(text.contains("Tài khoản 4111 - Vốn góp của thành viên - Đối tượng: " + names().get(member)), text);
        assertTrue(text.contains(vi(capital(member))), text);
        String english = StatementFiles.pdfText(books.asTreasurer().english().download(path).expect(200).body());
        assertTrue(english.contains("ACCOUNT DETAIL BOOK") && english.contains("Party: " + names().get(member)), english);
        assertTrue(english.contains(en(capital(member))), english);
        Sheet sheet = new Sheet(StatementFiles.xlsx(get(path + "&format=xlsx").expect(200).body()));
        assertEquals(0, capital(member).compareTo(sheet.number("Số dư cuối kỳ", "4")));
        List<List<String>> csv = StatementFiles.csv(get(path + "&format=csv").expect(200).body());
        assertEquals(plain(capital(member)), csv.get(csv.size() - 1).get(9));
        // the member's own postings only: the capital taken over from the paper books, then their contribution
        assertEquals("0", csv.get(1).get(9), "nothing before the books were opened on the period's first day");
        List<List<String>> postings = csv.subList(1, csv.size()).stream().filter(l -> !l.get(1).isEmpty()).toList();
        assertEquals(List.of(List.of("2000000", "2000000"), List.of("100000", "2100000")),
                postings.stream().map(l -> List.of(l.get(7), l.get(9))).toList());
        List<List<String>> before = StatementFiles.csv(get("/api/v1/members/" + member + "/statements/capital-account?from="
                + OPENED.minusDays(10) + "&to=" + OPENED.minusDays(1) + "&format=csv").expect(200).body());
        assertEquals("0", before.get(1).get(9), "nothing before the books were opened");
        assertEquals("0", before.get(before.size() - 1).get(9));
    }

    // --- a long book ----------------------------------------------------------------------------------------

    @Test
    void aLongBookRunsOverPagesWithTheColumnHeadersOnEach() throws IOException {
        ClubBooks b = new ClubBooks(10, LocalDate.of(2020, 1, 1));
        LocalDate start = TODAY.minusDays(40);
        for (int i = 0; i < 260; i++) {
            b.op("fee", Map.of("memberId", b.member(i % 10), "amount", 2_000 + i, "date", start.plusDays(i / 7).toString(),
                    "description", "Thu hội phí tháng " + (i % 12 + 1))).expect(201);
        }
        String path = "/api/v1/ledgers/" + b.af + "/statements/cash-book?from=" + start + "&to=" + TODAY;
        Api.Download pdf = b.asTreasurer().download(path).expect(200);
        StatementFiles.keep("cash-book-long.pdf", pdf.body());
        int pages = StatementFiles.pdfPages(pdf.body());
        assertTrue(pages >= 5, pages + " pages");
        String count = String.format("%02d", pages);
        String all = StatementFiles.pdfText(pdf.body());
        assertTrue(all.contains("Sổ này có " + count + " trang, đánh số từ trang 01 đến trang " + count), all);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertTrue(page.contains("Trang " + p + "/" + pages), "page number on page " + p);
                if (p < pages || page.contains("PT-")) {
                    assertTrue(page.contains("Diễn giải") && page.contains("Số hiệu chứng từ"), "column headers on page " + p);
                }
            }
        }
        assertEquals(0, b.net(b.af, "111").compareTo(new Sheet(StatementFiles.xlsx(b.asTreasurer()
                .download(path + "&format=xlsx").expect(200).body())).number("Số tồn cuối kỳ", "3")));
    }

    // --- refused requests -----------------------------------------------------------------------------------

    @Test
    void badRequestsAreRefusedNeverAnEmptyBook() {
        String base = "/api/v1/ledgers/" + books.igf + "/statements/";
        Api t = books.asTreasurer();
        t.get(base + "general-ledger?account=999").expectProblem(422, "account", "unknown-account");
        t.get(base + "general-ledger").expectProblem(400, "account", "required");
        t.get(base + "account-detail").expectProblem(400, "account", "required");
        t.get(base + "cash-book?account=112").expectProblem(422, "account", "book-account");
        t.get(base + "bank-book?account=111").expectProblem(422, "account", "book-account");
        t.get(base + "cash-book?account=1119").expectProblem(422, "account", "unknown-account");
        ClubBooks other = new ClubBooks(1);
        t.get(base + "account-detail?account=4111&member=" + other.member(0)).expectProblem(422, "member", "not-a-club-member");
        t.get(base + "account-detail?account=12881&loan=999999999").expectProblem(422, "loan", "unknown-reference");
        long otherDonor = other.asTreasurer().post("/api/v1/clubs/" + other.club + "/donors",
                Map.of("name", "Nhà hảo tâm", "kind", "INDIVIDUAL")).expect(201).id();
        t.get(base + "account-detail?account=4118&donor=" + otherDonor).expectProblem(422, "donor", "unknown-reference");
        t.get(base + "cash-book?from=" + TODAY + "&to=" + TODAY.minusDays(1)).expectProblem(400, "from", "from-after-to");
        t.get(base + "cash-book?from=2015-01-01&to=" + TODAY).expectProblem(400, "to", "period-too-long");
        t.get(base + "cash-book?to=" + TODAY.plusYears(1)).expectProblem(400, "to", "too-far-ahead");
        t.get(base + "cash-book?format=docx").expectProblem(400, "format", "enum");
        t.get(base + "bank-book?lang=fr").expectProblem(400, "lang", "enum");
        t.get(base + "general-ledger?account=111&member=1").expectProblem(400, "member", "unknown-parameter");
        t.get(base + "account-detail?account=4111&member=abc").expectProblem(400);
        t.get("/api/v1/ledgers/999999999/statements/cash-book").expectProblem(404);
        other.asTreasurer().get(base + "cash-book").expectProblem(404);
        other.asTreasurer().get("/api/v1/members/" + books.member(0) + "/statements/capital-account").expectProblem(404);
        t.get("/api/v1/members/999999999/statements/capital-account").expectProblem(404);
        TestApp.api().get(base + "cash-book").expect(401);
    }

    @Test
    void theTemporaryFilesAreGoneOnceABookIsSent() throws Exception {
        for (String format : List.of("pdf", "xlsx", "csv")) {
            get(book("cash-book", "&format=" + format)).expect(200);
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long deadline = System.currentTimeMillis() + 10_000;
        List<Path> left;
        do {
            try (Stream<Path> files = Files.list(tmp)) {
                left = files.filter(f -> f.getFileName().toString().startsWith("ishc-book-")).toList();
            }
            if (!left.isEmpty()) {
                Thread.sleep(50);
            }
        } while (!left.isEmpty() && System.currentTimeMillis() < deadline);
        assertEquals(List.of(), left);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** The voucher of a capital contribution among a statement's lines. */
    private static String contributionVoucher(JsonNode statement) {
        for (JsonNode e : statement.at("/lines/items")) {
            if (e.get("description").asText().toLowerCase(Locale.ROOT).contains("góp vốn")
                    || e.get("description").asText().toLowerCase(Locale.ROOT).contains("vốn góp")) {
                return e.get("voucher").asText();
            }
        }
        throw new AssertionError("no contribution in " + statement);
    }

    private static Map<Long, String> names() {
        Map<Long, String> out = new HashMap<>();
        for (long m : books.members) {
            out.put(m, books.asTreasurer().get("/api/v1/members/" + m).expect(200).json().get("fullName").asText());
        }
        return out;
    }

    /** A member's capital from the member ledger API. */
    private static BigDecimal capital(long member) {
        return books.asTreasurer().get("/api/v1/members/" + member + "/ledger").expect(200).json().get("capital").decimalValue();
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static void add(BigDecimal[] t, JsonNode line) {
        t[0] = t[0].add(line.get("debit").decimalValue());
        t[1] = t[1].add(line.get("credit").decimalValue());
    }

    private static String plain(JsonNode n) {
        return plain(n.decimalValue());
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String str(Object cell) {
        return cell instanceof BigDecimal d ? d.toPlainString() : (String) cell;
    }

    private static String vi(BigDecimal v) {
        return String.format(Locale.forLanguageTag("vi-VN"), "%,d", v.abs().longValueExact());
    }

    private static String en(BigDecimal v) {
        return String.format(Locale.ENGLISH, "%,d", v.abs().longValueExact());
    }

    /** A book's sheet, its cells found by the form's column letters (the row under the column headers). */
    private static final class Sheet {
        private final List<List<Object>> rows;
        private final Map<String, Integer> columns = new HashMap<>();

        Sheet(List<List<Object>> rows) {
            this.rows = rows;
            List<Object> letters = rows.stream().filter(r -> r.contains("A") && r.contains("B") && r.contains("C"))
                    .findFirst().orElseThrow(() -> new AssertionError("no letters row in " + rows));
            for (int i = 0; i < letters.size(); i++) {
                if (letters.get(i) != null) {
                    columns.put(str(letters.get(i)), i);
                }
            }
        }

        Object cell(List<Object> row, String letter) {
            Integer i = columns.get(letter);
            assertNotNull(i, () -> "no column " + letter + " in " + columns);
            Object v = i < row.size() ? row.get(i) : null;
            return "".equals(v) ? null : v;
        }

        List<Object> row(String text) {
            return StatementFiles.rowWith(rows, text);
        }

        /** The first row with {@code text} after the row with {@code after}. */
        List<Object> rowAfter(String text, String after) {
            int start = rows.indexOf(row(after));
            for (int i = start + 1; i < rows.size(); i++) {
                if (rows.get(i).contains(text)) {
                    return rows.get(i);
                }
            }
            throw new AssertionError("no " + text + " after " + after);
        }

        List<List<Object>> rows(Predicate<List<Object>> which) {
            return rows.stream().filter(which).toList();
        }

        BigDecimal number(String text, String letter) {
            return (BigDecimal) cell(row(text), letter);
        }
    }

}
