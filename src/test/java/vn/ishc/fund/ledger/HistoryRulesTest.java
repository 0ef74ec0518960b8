package vn.ishc.fund.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariant 9 through the API: the books are true at every past date, not only today. */
class HistoryRulesTest {

    private static final LocalDate TODAY = Dates.today();

    private static String day(int daysAgo) {
        return TODAY.minusDays(daysAgo).toString();
    }

    @Test
    void nothingIsDatedBeforeTheOpeningBalances() {
        ClubBooks b = new ClubBooks(2);
        b.op("opening-balances", Map.of("fund", "IGF", "date", day(30), "lines", List.of(
                Map.of("accountCode", "111", "amount", 5_000_000)), "donatedCapital", 5_000_000)).expect(201);
        long before = b.entries();
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 100_000, "date", day(31)))
                .expectProblem(422, "date", "before-opening");
        b.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 10_000, "date", day(40),
                "description", "Văn phòng phẩm")).expectProblem(422, "date", "before-opening");
        // a manual entry too, and the message names the opening day
        Response manual = Money.post(b.asTreasurer(), "/api/v1/ledgers/" + b.igf + "/entries", Map.of("date", day(31),
                "description", "Ghi sổ", "postings", List.of(Map.of("accountCode", "642", "side", "D", "amount", 1000),
                        Map.of("accountCode", "111", "side", "C", "amount", 1000))))
                .expectProblem(422, "date", "before-opening");
        assertTrue(manual.json().get("detail").asText().contains(day(30)), manual.text());
        assertEquals(before, b.entries(), "nothing written");
        // on the opening day and after, as usual; the activity fund has no opening balances of its own
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 100_000, "date", day(30))).expect(201);
        b.op("fee", Map.of("memberId", b.member(1), "amount", 5_000, "date", day(60))).expect(201);
        assertEquals(day(30), b.asTreasurer().get("/api/v1/clubs/" + b.club + "/ledgers").expect(200).json()
                .findValues("openedOn").stream().filter(n -> !n.isNull()).findFirst().orElseThrow().asText());
        b.checkInvariants();
    }

    @Test
    void aBackDatedPaymentIsCheckedAgainstEveryLaterDay() {
        ClubBooks b = new ClubBooks(1);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 1_000_000, "date", day(20))).expect(201);
        b.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 800_000, "date", day(10),
                "description", "Mua tủ đựng sổ")).expect(201);
        long before = b.entries();
        // on its own day the box held 1,000,000, but the payment of ten days ago left only 200,000
        Response refused = b.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 300_000,
                "date", day(15), "description", "Chi trước")).expectProblem(422, "amount", "insufficient-funds");
        String detail = b.asTreasurer().english().header("Idempotency-Key", Money.key())
                .post("/api/v1/clubs/" + b.club + "/operations/expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE",
                        "amount", 300_000, "date", day(15), "description", "Chi trước")).json().get("detail").asText();
        assertEquals("amount: account 111 holds only 200,000 on " + day(10) + ": it cannot pay out more", detail,
                refused.text());
        assertEquals(before, b.entries());
        b.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 200_000, "date", day(15),
                "description", "Chi trước")).expect(201);
        // the same rule for a manual entry and for a transfer to the bank
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 50_000, "date", day(0))).expect(201);
        b.op("transfer", Map.of("fund", "IGF", "direction", "CASH_TO_BANK", "amount", 50_000, "date", day(5)))
                .expectProblem(422, "amount", "insufficient-funds");
        cashNeverNegative(b, b.igf, 25);
        b.checkInvariants();
    }

    @Test
    void aReversalCannotTakeBackMoneyThatWasSpent() {
        ClubBooks b = new ClubBooks(1);
        long contribution = b.op("contribution", Map.of("memberId", b.member(0), "amount", 600_000, "date", day(3)))
                .expect(201).json().at("/entries/0/id").asLong();
        b.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 600_000, "date", day(1),
                "description", "Chi")).expect(201);
        Money.post(b.asTreasurer(), "/api/v1/entries/" + contribution + "/reverse", Map.of("reason", "Ghi nhầm"))
                .expectProblem(422, "amount", "insufficient-funds");
        cashNeverNegative(b, b.igf, 5);
    }

    @Test
    void goodsHeldCannotGoOutBeforeTheyCameIn() {
        ClubBooks b = new ClubBooks(1);
        long donor = b.asTreasurer().post("/api/v1/clubs/" + b.club + "/donors",
                Map.of("name", "Hội Nông dân", "kind", "ORGANISATION")).expect(201).id();
        b.op("donation", Map.of("donorId", donor, "purpose", "CAPITAL", "form", "IN_KIND", "item", "Lợn giống",
                "amount", 3_000_000, "date", day(5))).expect(201);
        Map<String, Object> goodsOut = Map.of("date", day(6), "description", "Xuất hiện vật", "postings", List.of(
                Map.of("accountCode", "811", "side", "D", "amount", 1_000_000),
                Map.of("accountCode", "156", "side", "C", "amount", 1_000_000)));
        Money.post(b.asTreasurer(), "/api/v1/ledgers/" + b.igf + "/entries", goodsOut)
                .expectProblem(422, "amount", "insufficient-funds");
        Money.post(b.asTreasurer(), "/api/v1/ledgers/" + b.igf + "/entries", Map.of("date", day(5),
                "description", "Xuất hiện vật", "postings", goodsOut.get("postings"))).expect(201);
    }

    /** The trial balance at the end of every day shows no credit balance on a cash, bank or goods account. */
    static void cashNeverNegative(ClubBooks b, long ledger, int days) {
        for (int d = days; d >= 0; d--) {
            JsonNode tb = b.asTreasurer().get("/api/v1/ledgers/" + ledger + "/trial-balance?asOf=" + day(d)).expect(200).json();
            for (JsonNode row : tb.get("rows")) {
                String code = row.get("code").asText();
                if (code.startsWith("111") || code.startsWith("112") || code.startsWith("156")) {
                    assertEquals(0, row.get("credit").asLong(), "credit balance on " + code + " at " + day(d));
                }
            }
        }
    }
}
