package vn.ishc.fund.fund;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.fund.PostingRules.DonationPurpose;
import vn.ishc.fund.fund.PostingRules.ExpenseKind;
import vn.ishc.fund.ledger.EntryDraft;
import vn.ishc.fund.ledger.EntryRules;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.PostingDraft;
import vn.ishc.fund.ledger.Side;
import vn.ishc.fund.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each business event maps to the row of accounting.md's posting-rules table, and every draft balances. */
class PostingRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

    private static BigDecimal vnd(long v) {
        return BigDecimal.valueOf(v);
    }

    /** Asserts the postings as "side account amount [member|donor|area]" lines and that the entry balances. */
    private static void assertPostings(EntryDraft d, String... expected) {
        EntryRules.check(d, Amounts.VND);
        List<String> actual = d.postings().stream().map(PostingRulesTest::line).toList();
        assertEquals(List.of(expected), actual);
    }

    private static String line(PostingDraft p) {
        String tag = p.memberId() != null ? " m" + p.memberId() : p.donorId() != null ? " d" + p.donorId()
                : p.activityArea() != null ? " a" + p.activityArea() : "";
        return p.side() + " " + p.accountCode() + " " + p.amount().toPlainString() + tag;
    }

    @Test
    void contributionDebitsCashOrBankAndCreditsTheMembersCapital() {
        EntryDraft d = PostingRules.contribution(7, vnd(200000), DAY, "111", "Góp vốn");
        assertEquals(Fund.IGF, d.fund());
        assertEquals("CAPITAL_CONTRIBUTION", d.operation());
        assertPostings(d, "D 111 200000", "C 4111 200000 m7");
        assertPostings(PostingRules.contribution(7, vnd(200000), DAY, "112", "x"), "D 112 200000", "C 4111 200000 m7");
    }

    @Test
    void feeGoesToTheActivityFundAsOtherIncome() {
        EntryDraft d = PostingRules.fee(3, vnd(5000), DAY, "Hội phí");
        assertEquals(Fund.AF, d.fund());
        assertPostings(d, "D 111 5000", "C 711 5000 m3");
    }

    @Test
    void meetingMakesOneEntryPerFundWithOneCashDebitAndACreditPerMember() {
        List<EntryDraft> drafts = PostingRules.meeting(List.of(
                new PostingRules.MeetingLine(1, vnd(5000), vnd(100000)),
                new PostingRules.MeetingLine(2, vnd(5000), null),
                new PostingRules.MeetingLine(3, null, vnd(50000))), DAY, "fees", "capital");
        assertEquals(2, drafts.size());
        assertEquals(Fund.AF, drafts.get(0).fund());
        assertPostings(drafts.get(0), "D 111 10000", "C 711 5000 m1", "C 711 5000 m2");
        assertEquals(Fund.IGF, drafts.get(1).fund());
        assertPostings(drafts.get(1), "D 111 150000", "C 4111 100000 m1", "C 4111 50000 m3");
    }

    @Test
    void meetingWithOnlyFeesMakesOnlyTheActivityFundEntry() {
        List<EntryDraft> drafts = PostingRules.meeting(List.of(new PostingRules.MeetingLine(1, vnd(2000), null)),
                DAY, "fees", "capital");
        assertEquals(1, drafts.size());
        assertEquals(Fund.AF, drafts.get(0).fund());
    }

    @Test
    void donationsToCapitalAndForActivities() {
        assertPostings(PostingRules.donation(9, DonationPurpose.CAPITAL, vnd(10000000), DAY, "112", "x"),
                "D 112 10000000 d9", "C 4118 10000000 d9");
        assertEquals(Fund.IGF, PostingRules.donation(9, DonationPurpose.CAPITAL, vnd(1), DAY, "111", "x").fund());
        EntryDraft activities = PostingRules.donation(9, DonationPurpose.ACTIVITIES, vnd(300000), DAY, "111", "x");
        assertEquals(Fund.AF, activities.fund());
        assertPostings(activities, "D 111 300000 d9", "C 711 300000 d9");
        assertPostings(PostingRules.donation(9, DonationPurpose.CAPITAL, vnd(3000000), DAY, "156", "lợn giống"),
                "D 156 3000000 d9", "C 4118 3000000 d9");
    }

    @Test
    void expensesByKindWithTheActivityArea() {
        assertPostings(PostingRules.expense(Fund.AF, ExpenseKind.ACTIVITY, 2, vnd(150000), DAY, "111", "Khám sức khỏe"),
                "D 811 150000 a2", "C 111 150000");
        assertPostings(PostingRules.expense(Fund.IGF, ExpenseKind.ADMINISTRATIVE, null, vnd(20000), DAY, "112", "Sổ sách"),
                "D 642 20000", "C 112 20000");
    }

    @Test
    void cashToBankAndBack() {
        assertPostings(PostingRules.transfer(Fund.IGF, "111", "112", vnd(1000000), DAY, "x"), "D 112 1000000", "C 111 1000000");
        assertPostings(PostingRules.transfer(Fund.AF, "112", "111", vnd(50000), DAY, "x"), "D 111 50000", "C 112 50000");
    }

    @Test
    void interestTransferIsAPairAcrossTheFunds() {
        List<EntryDraft> pair = PostingRules.interestTransfer(vnd(120000), DAY, "111", "111", "out", "in");
        assertEquals(Fund.IGF, pair.get(0).fund());
        assertPostings(pair.get(0), "D 811 120000", "C 111 120000");
        assertEquals(Fund.AF, pair.get(1).fund());
        assertPostings(pair.get(1), "D 111 120000", "C 711 120000");
    }

    @Test
    void capitalRefundDebitsTheMembersCapital() {
        assertPostings(PostingRules.capitalRefund(4, vnd(600000), DAY, "111", "x"), "D 4111 600000 m4", "C 111 600000");
    }

    @Test
    void openingBalancesPutEachLineOnItsNormalSideAndBalanceWith421() {
        Map<String, Side> sides = Map.of("111", Side.D, "112", Side.D, "4111", Side.C, "3388", Side.C);
        // assets 3,000,000 + 12,000,000 = 15,000,000; capital 2,000,000; payable 500,000; donated 10,000,000
        // 421 = 15,000,000 − 2,000,000 − 500,000 − 10,000,000 = 2,500,000 credit
        EntryDraft d = PostingRules.openingBalances(Fund.IGF, DAY, List.of(
                new PostingRules.OpeningLine("111", vnd(3000000), null),
                new PostingRules.OpeningLine("112", vnd(12000000), null),
                new PostingRules.OpeningLine("4111", vnd(2000000), 5L),
                new PostingRules.OpeningLine("3388", vnd(500000), null)), vnd(10000000), sides, "x");
        assertPostings(d, "D 111 3000000", "D 112 12000000", "C 4111 2000000 m5", "C 3388 500000",
                "C 4118 10000000", "C 421 2500000");
    }

    @Test
    void openingBalancesWithMoreCapitalThanAssetsDebit421() {
        Map<String, Side> sides = Map.of("111", Side.D, "4111", Side.C);
        EntryDraft d = PostingRules.openingBalances(Fund.IGF, DAY, List.of(
                new PostingRules.OpeningLine("111", vnd(1000000), null),
                new PostingRules.OpeningLine("4111", vnd(1200000), 5L)), null, sides, "x");
        assertPostings(d, "D 111 1000000", "C 4111 1200000 m5", "D 421 200000");
    }

    @Test
    void openingBalancesThatAlreadyBalanceNeedNo421() {
        Map<String, Side> sides = Map.of("111", Side.D);
        EntryDraft d = PostingRules.openingBalances(Fund.AF, DAY, List.of(
                new PostingRules.OpeningLine("111", vnd(700000), null)), vnd(700000), sides, "x");
        assertPostings(d, "D 111 700000", "C 4118 700000");
        assertNull(d.reversesId());
    }
}
