package vn.ishc.fund.fund;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every business operation over HTTP as a treasurer's client uses it, with the ledgers checked afterwards. */
class FundOperationsTest {

    private static ClubBooks books;
    private static final String TODAY = vn.ishc.fund.support.Dates.today().toString();

    @BeforeAll
    static void club() {
        books = new ClubBooks(4);
    }

    private static BigDecimal vnd(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void contributionInCashAndByBank() {
        long m = books.member(0);
        BigDecimal capitalBefore = books.memberCredit(books.igf, "4111", m);
        BigDecimal cashBefore = books.net(books.igf, "111");
        Response r = books.op("contribution", Map.of("memberId", m, "amount", 200000, "date", TODAY)).expect(201);
        JsonNode entry = r.at("/entries/0");
        assertEquals("CAPITAL_CONTRIBUTION", entry.get("operation").asText());
        assertTrue(entry.get("voucher").asText().startsWith("PT-"));
        assertEquals(200000, entry.get("total").asLong());
        assertEquals(capitalBefore.add(vnd(200000)), books.memberCredit(books.igf, "4111", m));
        assertEquals(cashBefore.add(vnd(200000)), books.net(books.igf, "111"));
        BigDecimal bankBefore = books.net(books.igf, "112");
        Response bank = books.op("contribution", Map.of("memberId", m, "amount", 300000, "date", TODAY, "method", "BANK")).expect(201);
        assertTrue(bank.at("/entries/0/voucher").asText().startsWith("BC-"));
        assertEquals(bankBefore.add(vnd(300000)), books.net(books.igf, "112"));
        books.checkInvariants();
    }

    @Test
    void monthlyFeeGoesToTheActivityFund() {
        long m = books.member(1);
        BigDecimal before = books.memberCredit(books.af, "711", m);
        Response r = books.op("fee", Map.of("memberId", m, "amount", 5000, "date", TODAY)).expect(201);
        assertEquals("AF", r.at("/entries/0/fund").asText());
        assertEquals(before.add(vnd(5000)), books.memberCredit(books.af, "711", m));
        books.checkInvariants();
    }

    @Test
    void meetingBatchPostsOneEntryPerFund() {
        long entriesBefore = books.entries();
        Response r = books.op("meeting", Map.of("date", TODAY, "lines", List.of(
                Map.of("memberId", books.member(0), "fee", 5000, "contribution", 100000),
                Map.of("memberId", books.member(1), "fee", 5000),
                Map.of("memberId", books.member(2), "contribution", 50000)))).expect(201);
        assertEquals(2, r.at("/entries").size());
        assertEquals(entriesBefore + 2, books.entries());
        JsonNode af = r.at("/entries/0");
        assertEquals("AF", af.get("fund").asText());
        assertEquals(10000, af.get("total").asLong());
        assertEquals(3, af.get("postings").size());
        JsonNode igf = r.at("/entries/1");
        assertEquals(150000, igf.get("total").asLong());
        // both entries belong to one batch
        assertEquals(af.get("batchId").asText(), igf.get("batchId").asText());
        books.checkInvariants();
    }

    @Test
    void meetingOfSeventyMembersIsAllOrNothing() {
        ClubBooks big = new ClubBooks(70);
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (long m : big.members) {
            lines.add(Map.of("memberId", m, "fee", 3000, "contribution", 20000));
        }
        Response ok = big.op("meeting", Map.of("date", TODAY, "lines", lines)).expect(201);
        assertEquals(70 * 3000, ok.at("/entries/0/total").asLong());
        assertEquals(70 * 20000, ok.at("/entries/1/total").asLong());
        // one bad line (a fraction of a VND) refuses the whole meeting
        long before = big.postings();
        lines.set(69, Map.of("memberId", big.members.get(69), "fee", 3000.5));
        big.op("meeting", Map.of("date", TODAY, "lines", lines)).expectProblem(400, "lines[69].fee", "currency-fraction");
        assertEquals(before, big.postings());
        big.checkInvariants();
    }

    @Test
    void donationsToCapitalForActivitiesAndInKind() {
        long donor = books.asTreasurer().post("/api/v1/clubs/" + books.club + "/donors",
                Map.of("name", "Hội Chữ thập đỏ xã", "kind", "ORGANISATION")).expect(201).id();
        BigDecimal donatedBefore = books.net(books.igf, "4118");
        books.op("donation", Map.of("donorId", donor, "purpose", "CAPITAL", "form", "BANK", "amount", 20000000,
                "date", TODAY)).expect(201);
        assertEquals(donatedBefore.subtract(vnd(20000000)), books.net(books.igf, "4118"));
        Response activities = books.op("donation", Map.of("donorId", donor, "purpose", "ACTIVITIES", "form", "CASH",
                "amount", 500000, "date", TODAY)).expect(201);
        assertEquals("AF", activities.at("/entries/0/fund").asText());
        BigDecimal goodsBefore = books.net(books.igf, "156");
        books.op("donation", Map.of("donorId", donor, "purpose", "CAPITAL", "form", "IN_KIND", "item", "2 con bê",
                "amount", 12000000, "date", TODAY)).expect(201);
        assertEquals(goodsBefore.add(vnd(12000000)), books.net(books.igf, "156"));
        JsonNode view = books.asTreasurer().get("/api/v1/clubs/" + books.club + "/donors/" + donor).expect(200).json();
        assertEquals(32500000, view.get("totalDonated").asLong());
        books.checkInvariants();
    }

    @Test
    void expensesNeedAnAreaForActivities() {
        books.op("fee", Map.of("memberId", books.member(3), "amount", 50000, "date", TODAY)).expect(201);
        Response r = books.op("expense", Map.of("fund", "AF", "kind", "ACTIVITY", "activityArea", 3, "amount", 20000,
                "date", TODAY, "description", "Thăm hội viên ốm")).expect(201);
        assertTrue(r.at("/entries/0/voucher").asText().startsWith("PC-"));
        assertEquals(3, r.at("/entries/0/postings/0/activityArea").asInt());
        long before = books.postings();
        books.op("expense", Map.of("fund", "AF", "kind", "ACTIVITY", "amount", 20000, "date", TODAY,
                "description", "x")).expectProblem(400, "activityArea", "required");
        assertEquals(before, books.postings());
    }

    @Test
    void cashToBankAndBackWithinAFund() {
        ClubBooks b = new ClubBooks(1);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 1000000, "date", TODAY)).expect(201);
        b.op("transfer", Map.of("fund", "IGF", "direction", "CASH_TO_BANK", "amount", 600000, "date", TODAY)).expect(201);
        assertEquals(vnd(400000).compareTo(b.net(b.igf, "111")), 0);
        assertEquals(vnd(600000).compareTo(b.net(b.igf, "112")), 0);
        b.op("transfer", Map.of("fund", "IGF", "direction", "BANK_TO_CASH", "amount", 100000, "date", TODAY)).expect(201);
        assertEquals(0, vnd(500000).compareTo(b.net(b.igf, "111")));
        // more than the cash box holds is refused
        b.op("transfer", Map.of("fund", "IGF", "direction", "CASH_TO_BANK", "amount", 500001, "date", TODAY))
                .expectProblem(422, "amount", "insufficient-funds");
        b.checkInvariants();
    }

    @Test
    void interestHandedToTheActivityFundIsAnAtomicPair() {
        ClubBooks b = new ClubBooks(1);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 300000, "date", TODAY)).expect(201);
        Response r = b.op("interest-transfer", Map.of("amount", 100000, "date", TODAY)).expect(201);
        assertEquals(2, r.at("/entries").size());
        assertEquals(0, vnd(100000).compareTo(b.net(b.af, "111")));
        assertEquals(0, vnd(-100000).compareTo(b.net(b.af, "711")));
        assertEquals(0, vnd(100000).compareTo(b.net(b.igf, "811")));
        // if the income-generation fund lacks the cash, neither half is posted
        long before = b.entries();
        b.op("interest-transfer", Map.of("amount", 200001, "date", TODAY)).expectProblem(422, "amount", "insufficient-funds");
        assertEquals(before, b.entries());
        b.checkInvariants();
    }

    @Test
    void memberLeavesAndTakesBackCapital() {
        ClubBooks b = new ClubBooks(2);
        long m = b.member(0);
        b.op("contribution", Map.of("memberId", m, "amount", 400000, "date", TODAY)).expect(201);
        b.op("member-exit", Map.of("memberId", m, "date", TODAY, "amount", 400001))
                .expectProblem(422, "amount", "exceeds-capital");
        assertNull(TestApp.db().string("SELECT left_on FROM member WHERE id = ?", m));
        Response r = b.op("member-exit", Map.of("memberId", m, "date", TODAY, "reason", "Chuyển nơi ở")).expect(201);
        assertEquals(400000, r.at("/entries/0/total").asLong());
        assertEquals(0, BigDecimal.ZERO.compareTo(b.memberCredit(b.igf, "4111", m)));
        assertEquals(TODAY, TestApp.db().string("SELECT left_on FROM member WHERE id = ?", m));
        // a member who left cannot pay in, nor leave twice
        b.op("contribution", Map.of("memberId", m, "amount", 1000, "date", vn.ishc.fund.support.Dates.today().plusDays(1).toString()))
                .expectProblem(422, "memberId", "member-not-active");
        b.op("member-exit", Map.of("memberId", m, "date", TODAY)).expectProblem(409, "memberId", "member-already-left");
        // the member has history now: deleting is refused
        TestApp.api().as(vn.ishc.fund.support.Fixtures.adminToken()).delete("/api/v1/members/" + m).expect(409);
        b.checkInvariants();
    }

    @Test
    void openingBalancesAreTheFirstEntryAndBalanceWith421() {
        ClubBooks b = new ClubBooks(2);
        Response r = b.op("opening-balances", Map.of("fund", "IGF", "date", TODAY, "lines", List.of(
                Map.of("accountCode", "111", "amount", 2500000),
                Map.of("accountCode", "112", "amount", 30000000),
                Map.of("accountCode", "4111", "amount", 1500000, "memberId", b.member(0)),
                Map.of("accountCode", "4111", "amount", 1000000, "memberId", b.member(1))),
                "donatedCapital", 25000000)).expect(201);
        JsonNode entry = r.at("/entries/0");
        assertEquals(1, entry.get("seq").asLong());
        // 32,500,000 assets − 2,500,000 capital − 25,000,000 donated = 5,000,000 to 421
        assertEquals(0, vnd(-5000000).compareTo(b.net(b.igf, "421")));
        assertEquals(0, vnd(1500000).compareTo(b.memberCredit(b.igf, "4111", b.member(0))));
        b.op("opening-balances", Map.of("fund", "IGF", "date", TODAY, "lines", List.of(
                Map.of("accountCode", "111", "amount", 1)))).expectProblem(409, "fund", "opening-after-entries");
        b.op("opening-balances", Map.of("fund", "AF", "date", TODAY, "lines", List.of(
                Map.of("accountCode", "711", "amount", 1)))).expectProblem(422, "lines[0].accountCode", "opening-account");
        b.checkInvariants();
    }
}
