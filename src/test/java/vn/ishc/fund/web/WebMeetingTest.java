package vn.ishc.fund.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The meeting sheet over HTTP: every active member and each borrower's instalment on one page, saved once
 * through the meeting batch and the repayment service — even when the form is sent twice — and what the
 * services refuse shown next to its field, with nothing posted.
 */
class WebMeetingTest {

    private static ClubBooks books;
    private static Fixtures.User treasurer;
    private static long loan;
    private static String sheet;
    private static LocalDate today;

    @BeforeAll
    static void setUp() {
        books = new ClubBooks(3);
        treasurer = Fixtures.createUser("TREASURER", null, List.of(books.club));
        today = TestApp.bean(BusinessDates.class).today();
        books.op("contribution", Map.of("memberId", books.member(2), "amount", 5_000_000, "date", books.founded.toString()))
                .expect(201);
        Lending lending = new Lending(books);
        long product = lending.product(Map.of());
        loan = lending.active(books.member(0), product, 1_200_000, today.minusDays(40));
        sheet = "/clubs/" + books.club + "/meeting";
    }

    private static Browser signedIn() {
        Browser b = new Browser();
        assertEquals(303, b.signIn(treasurer.username(), Fixtures.PASSWORD).status());
        return b;
    }

    private static long entries() {
        return books.entries();
    }

    @Test
    void theSheetListsEveryMemberAndWhatEachBorrowerOwes() {
        Browser b = signedIn();
        Browser.Page page = b.get(sheet);
        assertEquals(200, page.status());
        for (long member : books.members) {
            assertTrue(page.body().contains("name=\"fee_" + member + "\""), "member " + member);
            assertTrue(page.body().contains("name=\"contribution_" + member + "\""));
        }
        JsonNode arrears = books.asTreasurer().get("/api/v1/clubs/" + books.club + "/arrears").expect(200).json();
        long toCollect = arrears.at("/followUp/0/toCollect").asLong();
        assertTrue(toCollect > 0, arrears.toString());
        assertTrue(page.body().contains("value=\"" + new WebFormat(vn.ishc.fund.common.error.Messages.VIETNAMESE)
                .number(java.math.BigDecimal.valueOf(toCollect)) + "\""), "the instalment due is pre-filled");
        Map<String, String> hidden = page.hidden();
        assertTrue(hidden.get("key_meeting").startsWith("web-"));
        assertTrue(hidden.get("key_" + loan).startsWith("web-"));
        assertNotEquals(hidden.get("key_meeting"), b.get(sheet).hidden().get("key_meeting"), "a key per sheet shown");
        assertEquals(today.toString(), hidden.get("date"));
    }

    @Test
    void savedOnceEvenWhenSentTwice() {
        Browser b = signedIn();
        Browser.Page page = b.get(sheet);
        JsonNode before = books.asTreasurer().get("/api/v1/clubs/" + books.club + "/fund-summary").expect(200).json();
        long entriesBefore = entries();
        Map<String, String> form = new LinkedHashMap<>(page.hidden());
        form.remove("_csrf");
        form.put("paid_" + books.member(0), "on");
        form.put("fee_" + books.member(0), "20.000");
        form.put("paid_" + books.member(1), "on");
        form.put("fee_" + books.member(1), "20k");
        form.put("contribution_" + books.member(1), "100,000");
        form.put("paid_" + books.member(2), "on");
        form.put("contribution_" + books.member(2), "50000");
        form.put("repay_" + loan, "on");
        form.put("amount_" + loan, "210.000");

        Browser.Page first = b.post(sheet, form);
        assertEquals(303, first.status(), first.body());
        assertEquals("/clubs/" + books.club + "?saved=" + today, first.location());
        long afterFirst = entries();
        // a double tap, or the browser sending the same form again
        Browser.Page second = b.post(sheet, form);
        assertEquals(303, second.status(), second.body());
        assertEquals(afterFirst, entries(), "nothing posted twice");
        // one fees entry (AF), one contributions entry (IGF), one repayment entry (IGF)
        assertEquals(entriesBefore + 3, afterFirst);

        JsonNode after = books.asTreasurer().get("/api/v1/clubs/" + books.club + "/fund-summary").expect(200).json();
        assertEquals(40_000, after.at("/activity/cash").asLong() - before.at("/activity/cash").asLong());
        assertEquals(150_000 + 210_000, after.at("/incomeGeneration/cash").asLong() - before.at("/incomeGeneration/cash").asLong());
        assertEquals(20_000, books.memberCredit(books.af, "711", books.member(1)).longValueExact());
        assertEquals(1, count(books, loan), "one repayment");
        books.checkInvariants();

        Browser.Page home = b.get(first.location());
        assertEquals(200, home.status());
        assertTrue(home.body().contains("Đã lưu buổi sinh hoạt ngày " + new WebFormat(vn.ishc.fund.common.error.Messages.VIETNAMESE)
                .date(today)), home.body());
    }

    private static int count(ClubBooks books, long loan) {
        return (int) TestApp.db().count("SELECT COUNT(*) FROM loan_event WHERE loan_id = ? AND kind = 'REPAYMENT'", loan);
    }

    @Test
    void whatIsNotAnAmountIsShownAtItsFieldAndNothingIsPosted() {
        Browser b = signedIn();
        Map<String, String> form = new LinkedHashMap<>(b.get(sheet).hidden());
        form.remove("_csrf");
        long before = entries();
        form.put("paid_" + books.member(0), "on");
        form.put("fee_" + books.member(0), "hai mươi");
        form.put("paid_" + books.member(1), "on");
        form.put("fee_" + books.member(1), "20000");
        Browser.Page p = b.post(sheet, form);
        assertEquals(422, p.status());
        assertTrue(p.body().contains("id=\"err_fee_" + books.member(0) + "\""), p.body());
        assertTrue(p.body().contains("Không hiểu số tiền này"));
        assertTrue(p.body().contains("value=\"hai mươi\""), "what was typed stays");
        assertEquals(before, entries(), "nothing posted");
        assertEquals(form.get("key_meeting"), p.hidden().get("key_meeting"), "the same key when sent again");
    }

    @Test
    void theServicesRulesAreShownAtTheirFieldsInTheUsersLanguage() {
        Browser b = signedIn();
        b.get("/language/en");
        Map<String, String> form = new LinkedHashMap<>(b.get(sheet).hidden());
        form.remove("_csrf");
        long before = entries();
        Map<String, String> zero = new LinkedHashMap<>(form);
        zero.put("paid_" + books.member(0), "on");
        zero.put("fee_" + books.member(0), "0");
        Browser.Page p = b.post(sheet, zero);
        assertEquals(422, p.status(), p.body());
        assertTrue(p.body().contains("must be greater than zero"), p.body());
        assertTrue(p.body().contains("id=\"err_fee_" + books.member(0) + "\""));
        assertFalse(p.body().contains("id=\"err_fee_" + books.member(1) + "\""));

        Map<String, String> empty = new LinkedHashMap<>(form);
        empty.put("paid_" + books.member(1), "on");
        Browser.Page q = b.post(sheet, empty);
        assertEquals(422, q.status(), q.body());
        assertTrue(q.body().contains("give a fee, a contribution, or both"), "the service's meeting-line-empty rule");
        assertTrue(q.body().contains("id=\"err_fee_" + books.member(1) + "\""));
        assertEquals(before, entries(), "nothing posted");
    }

    @Test
    void aDateTheBooksRefuseIsShownAndNothingIsPosted() {
        Browser b = signedIn();
        LocalDate ahead = today.plusDays(30);
        Browser.Page page = b.get(sheet + "?date=" + new WebFormat(vn.ishc.fund.common.error.Messages.VIETNAMESE).date(ahead));
        assertEquals(200, page.status());
        Map<String, String> form = new LinkedHashMap<>(page.hidden());
        assertEquals(ahead.toString(), form.get("date"), "the date typed dd/mm/yyyy");
        form.remove("_csrf");
        long before = entries();
        form.put("paid_" + books.member(1), "on");
        form.put("fee_" + books.member(1), "20000");
        Browser.Page p = b.post(sheet, form);
        assertEquals(422, p.status(), p.body());
        assertTrue(p.body().contains("Ngày sinh hoạt: "), p.body());
        assertEquals(before, entries());
    }

    @Test
    void aRepaymentTheLoanRefusesIsShownAtItsLine() {
        Browser b = signedIn();
        Map<String, String> form = new LinkedHashMap<>(b.get(sheet).hidden());
        form.remove("_csrf");
        long before = entries();
        form.put("repay_" + loan, "on");
        form.put("amount_" + loan, "");
        Browser.Page p = b.post(sheet, form);
        assertEquals(422, p.status(), p.body());
        assertTrue(p.body().contains("id=\"err_amount_" + loan + "\""), p.body());
        assertEquals(before, entries());
    }

    @Test
    void aSixtyMemberClubsMeetingIsPostedOnceInBothLedgers() {
        ClubBooks big = new ClubBooks(60);
        Fixtures.User t = Fixtures.createUser("TREASURER", null, List.of(big.club));
        Browser b = new Browser();
        b.signIn(t.username(), Fixtures.PASSWORD);
        String path = "/clubs/" + big.club + "/meeting";
        Browser.Page page = b.get(path);
        Map<String, String> form = new LinkedHashMap<>(page.hidden());
        form.remove("_csrf");
        for (int i = 0; i < 60; i++) {
            long m = big.member(i);
            assertTrue(page.body().contains("name=\"fee_" + m + "\""), "member " + i + " is on the sheet");
            form.put("paid_" + m, "on");
            form.put("fee_" + m, "10.000");
            form.put("contribution_" + m, i % 2 == 0 ? "50k" : "");
        }
        assertEquals(303, b.post(path, form).status());
        assertEquals(303, b.post(path, form).status(), "sent again");
        assertEquals(2, big.entries(), "one fees entry and one contributions entry");
        JsonNode funds = big.asTreasurer().get("/api/v1/clubs/" + big.club + "/fund-summary").expect(200).json();
        assertEquals(600_000, funds.at("/activity/cash").asLong());
        assertEquals(1_500_000, funds.at("/incomeGeneration/cash").asLong());
        assertEquals(10_000, big.memberCredit(big.af, "711", big.member(59)).longValueExact());
        assertEquals(50_000, big.memberCredit(big.igf, "4111", big.member(58)).longValueExact());
        big.checkInvariants();
    }

    @Test
    void nothingTickedSavesNothing() {
        Browser b = signedIn();
        Map<String, String> form = new LinkedHashMap<>(b.get(sheet).hidden());
        form.remove("_csrf");
        long before = entries();
        Browser.Page p = b.post(sheet, form);
        assertEquals(200, p.status());
        assertTrue(p.body().contains("Chưa đánh dấu ai đã nộp"));
        assertEquals(before, entries());
    }
}
