package vn.ishc.fund.ledger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every bad input of the ledger issue: a 4xx problem naming the rule, and nothing written. */
class LedgerValidationTest {

    private static ClubBooks books;
    private static ClubBooks other;
    private static final String TODAY = vn.ishc.fund.support.Dates.today().toString();

    @BeforeAll
    static void clubs() {
        books = new ClubBooks(2);
        other = new ClubBooks(1);
        books.op("contribution", Map.of("memberId", books.member(0), "amount", 1000000, "date", TODAY)).expect(201);
    }

    /** Runs the request and asserts that no entry or posting of any ledger was written. */
    private static Response nothingWritten(Supplier<Response> request) {
        long entries = TestApp.db().count("SELECT COUNT(*) FROM journal_entry");
        long postings = TestApp.db().count("SELECT COUNT(*) FROM posting");
        Response r = request.get();
        assertEquals(entries, TestApp.db().count("SELECT COUNT(*) FROM journal_entry"), r.text());
        assertEquals(postings, TestApp.db().count("SELECT COUNT(*) FROM posting"), r.text());
        return r;
    }

    private static Response manual(long ledger, List<Map<String, Object>> postings) {
        return Money.post(books.asTreasurer(), "/api/v1/ledgers/" + ledger + "/entries",
                Map.of("date", TODAY, "description", "Điều chỉnh", "postings", postings));
    }

    private static Map<String, Object> line(String code, String side, Object amount) {
        return Map.of("accountCode", code, "side", side, "amount", amount);
    }

    @Test
    void aManualEntryThatBalancesIsPosted() {
        manual(books.igf, List.of(line("1388", "D", 10000), line("111", "C", 10000))).expect(201);
        books.checkInvariants();
    }

    @Test
    void unbalancedEntry() {
        nothingWritten(() -> manual(books.igf, List.of(line("1388", "D", 10000), line("111", "C", 9000))))
                .expectProblem(422, "postings", "unbalanced");
    }

    @Test
    void fewerThanTwoPostings() {
        nothingWritten(() -> manual(books.igf, List.of(line("1388", "D", 10000)))).expectProblem(400, "postings", "size");
    }

    @Test
    void zeroOrNegativeAmount() {
        nothingWritten(() -> manual(books.igf, List.of(line("1388", "D", 0), line("111", "C", 0))))
                .expectProblem(400, "postings[0].amount", "positive");
        nothingWritten(() -> books.op("fee", Map.of("memberId", books.member(0), "amount", -5000, "date", TODAY)))
                .expectProblem(400, "amount", "positive");
    }

    @Test
    void aFractionOfAVnd() {
        nothingWritten(() -> books.op("fee", Map.of("memberId", books.member(0), "amount", 5000.5, "date", TODAY)))
                .expectProblem(400, "amount", "currency-fraction");
        nothingWritten(() -> manual(books.igf, List.of(line("1388", "D", 0.01), line("111", "C", 0.01))))
                .expectProblem(400, "postings[0].amount", "currency-fraction");
    }

    @Test
    void amountsMustBeJsonNumbers() {
        nothingWritten(() -> Money.post(books.asTreasurer(), "/api/v1/clubs/" + books.club + "/operations/fee",
                "{\"memberId\": " + books.member(0) + ", \"amount\": \"5000\", \"date\": \"" + TODAY + "\"}"))
                .expectProblem(400, "amount", "number");
    }

    @Test
    void anAccountOfAnotherLedger() {
        long afCash = TestApp.db().count("SELECT id FROM account WHERE ledger_id = ? AND code = '111'", books.af);
        nothingWritten(() -> manual(books.igf, List.of(Map.of("accountId", afCash, "side", "D", "amount", 100),
                line("1388", "C", 100)))).expectProblem(422, "postings[0].accountId", "account-other-ledger");
    }

    @Test
    void aHeaderAccount() {
        ClubBooks b = new ClubBooks(1);
        b.asTreasurer().post("/api/v1/ledgers/" + b.igf + "/accounts",
                Map.of("code", "1121", "parentCode", "112", "nameVi", "Tiền gửi Agribank")).expect(201);
        Response r = nothingWritten(() -> b.op("contribution", Map.of("memberId", b.member(0), "amount", 1000,
                "date", TODAY, "method", "BANK")));
        r.expectProblem(422, "postings[0].accountCode", "header-account");
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 1000, "date", TODAY, "method", "BANK",
                "moneyAccount", "1121")).expect(201);
        assertEquals(1, TestApp.db().count("SELECT COUNT(*) FROM account WHERE ledger_id = ? AND code = '112' AND header", b.igf));
    }

    @Test
    void unknownMemberOrDonor() {
        nothingWritten(() -> books.op("fee", Map.of("memberId", 999999999, "amount", 5000, "date", TODAY)))
                .expectProblem(422, "memberId", "not-a-club-member");
        nothingWritten(() -> books.op("donation", Map.of("donorId", 999999999, "purpose", "CAPITAL", "form", "CASH",
                "amount", 5000, "date", TODAY))).expectProblem(422, "donorId", "unknown-reference");
    }

    @Test
    void aMemberOfAnotherClub() {
        Response foreign = nothingWritten(() -> books.op("fee", Map.of("memberId", other.member(0), "amount", 5000, "date", TODAY)))
                .expectProblem(422, "memberId", "not-a-club-member");
        Response unknown = books.op("fee", Map.of("memberId", 999999999, "amount", 5000, "date", TODAY))
                .expectProblem(422, "memberId", "not-a-club-member");
        // the answer does not tell whether the id exists in another club
        assertEquals(unknown.at("/detail").asText(), foreign.at("/detail").asText());
        assertEquals(unknown.at("/errors").toString(), foreign.at("/errors").toString());
        nothingWritten(() -> manual(books.af, List.of(line("111", "D", 100),
                Map.of("accountCode", "711", "side", "C", "amount", 100, "memberId", other.member(0)))))
                .expectProblem(422, "postings[1].memberId", "not-a-club-member");
    }

    @Test
    void tooFarInTheFuture() {
        nothingWritten(() -> books.op("fee", Map.of("memberId", books.member(0), "amount", 5000,
                "date", vn.ishc.fund.support.Dates.today().plusDays(4).toString()))).expectProblem(400, "date", "too-far-ahead");
    }

    @Test
    void beforeTheClubWasFounded() {
        nothingWritten(() -> books.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 5000,
                "date", "2019-12-31", "description", "Văn phòng phẩm"))).expectProblem(422, "date", "before-founding");
    }

    @Test
    void missingOrMalformedIdempotencyKey() {
        String path = "/api/v1/clubs/" + books.club + "/operations/fee";
        Map<String, Object> body = Map.of("memberId", books.member(0), "amount", 5000, "date", TODAY);
        nothingWritten(() -> books.asTreasurer().post(path, body)).expectProblem(400, "Idempotency-Key", "required");
        nothingWritten(() -> books.asTreasurer().header("Idempotency-Key", "x y").post(path, body))
                .expectProblem(400, "Idempotency-Key", "idempotency-key-format");
    }

    @Test
    void reversingTwiceOrReversingAReversal() {
        Response fee = books.op("fee", Map.of("memberId", books.member(1), "amount", 7000, "date", TODAY)).expect(201);
        long id = fee.at("/entries/0/id").asLong();
        Response reversal = Money.post(books.asTreasurer(), "/api/v1/entries/" + id + "/reverse",
                Map.of("reason", "Ghi nhầm số tiền")).expect(201);
        long reversalId = reversal.at("/entries/0/id").asLong();
        assertEquals(id, reversal.at("/entries/0/reversesId").asLong());
        assertEquals(reversalId, books.asTreasurer().get("/api/v1/entries/" + id).expect(200).json()
                .get("reversedById").asLong());
        nothingWritten(() -> Money.post(books.asTreasurer(), "/api/v1/entries/" + id + "/reverse",
                Map.of("reason", "again"))).expectProblemType(409, "conflict");
        nothingWritten(() -> Money.post(books.asTreasurer(), "/api/v1/entries/" + reversalId + "/reverse",
                Map.of("reason", "again"))).expectProblem(409, null, "reverse-reversal");
        nothingWritten(() -> Money.post(books.asTreasurer(), "/api/v1/entries/" + id + "/reverse", Map.of()))
                .expectProblem(400, "reason", "required");
        books.checkInvariants();
    }

    @Test
    void unknownFieldsAndEnums() {
        nothingWritten(() -> books.op("fee", Map.of("memberId", books.member(0), "amount", 5000, "date", TODAY, "amout", 1)))
                .expectProblem(400, "amout", "unknown-field");
        nothingWritten(() -> books.op("expense", Map.of("fund", "XYZ", "kind", "ACTIVITY", "amount", 1, "date", TODAY,
                "description", "x"))).expectProblem(400, "fund", "enum");
    }

    /** An enum given as a number (or a number in a string) is refused: money never moves in a direction not named. */
    @Test
    void enumsAreNamesNeverNumbers() {
        long donor = books.asTreasurer().post("/api/v1/clubs/" + books.club + "/donors",
                Map.of("name", "Hội Chữ thập đỏ", "kind", "ORGANISATION")).expect(201).id();
        Map<String, Object> transfer = Map.of("fund", "IGF", "direction", "CASH_TO_BANK", "amount", 1000, "date", TODAY);
        Map<String, Object> expense = Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 1000, "date", TODAY,
                "method", "CASH", "description", "Văn phòng phẩm");
        Map<String, Object> donation = Map.of("donorId", donor, "purpose", "ACTIVITIES", "form", "CASH", "amount", 1000,
                "date", TODAY);
        Map<String, Object> contribution = Map.of("memberId", books.member(0), "amount", 1000, "date", TODAY, "method", "CASH");
        Map<String, List<String>> enumFields = Map.of("transfer", List.of("fund", "direction"),
                "expense", List.of("fund", "kind", "method"), "donation", List.of("purpose", "form"),
                "contribution", List.of("method"));
        Map<String, Map<String, Object>> bodies = Map.of("transfer", transfer, "expense", expense, "donation", donation,
                "contribution", contribution);
        enumFields.forEach((operation, fields) -> {
            for (String field : fields) {
                for (Object number : List.of(0, 1, "1", 1.0)) {
                    nothingWritten(() -> books.op(operation, Body.with(bodies.get(operation), field, number)))
                            .expectProblem(400, field, "enum");
                }
            }
            // named, the same body is posted
            postedOnce(operation, bodies.get(operation));
        });
        books.checkInvariants();
    }

    private static void postedOnce(String operation, Map<String, Object> body) {
        long entries = books.entries();
        books.op(operation, body).expect(201);
        assertEquals(entries + 1, books.entries(), operation);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotReadAsItsLastValue() {
        String fee = "{\"memberId\":" + books.member(0) + ",\"amount\":-5,\"amount\":5000,\"date\":\"" + TODAY + "\"}";
        nothingWritten(() -> Money.post(books.asTreasurer(), "/api/v1/clubs/" + books.club + "/operations/fee", fee))
                .expectProblem(400, "amount", "duplicate-field");
        String meeting = "{\"date\":\"" + TODAY + "\",\"lines\":[{\"memberId\":" + books.member(0)
                + ",\"fee\":1000},{\"memberId\":" + books.member(1) + ",\"fee\":1000,\"memberId\":" + books.member(0) + "}]}";
        nothingWritten(() -> Money.post(books.asTreasurer(), "/api/v1/clubs/" + books.club + "/operations/meeting", meeting))
                .expectProblem(400, "lines[1].memberId", "duplicate-field");
    }

    @Test
    void aDateFieldTakesADateOnly() {
        for (String date : List.of(TODAY + "T10:00:00", TODAY + "T00:00:00Z", "0001-01-01", "2101-01-01")) {
            Response r = nothingWritten(() -> books.op("fee", Map.of("memberId", books.member(0), "amount", 5000, "date", date)));
            r.expectProblem(400);
            String rule = r.json().get("errors").get(0).get("rule").asText();
            assertEquals(date.contains("T") ? "date" : "date-range", rule, r.text());
            assertEquals("date", r.json().get("errors").get(0).get("field").asText());
        }
    }

    @Test
    void aDescriptionWithControlCharactersIsRefused() {
        for (String bad : List.of("\u0000", "Phí\u001b[0m", "\u0007")) {
            nothingWritten(() -> books.op("fee", Map.of("memberId", books.member(0), "amount", 5000, "date", TODAY,
                    "description", bad))).expectProblem(400, "description", "control-character");
        }
        // several lines are fine in a description
        postedOnce("fee", Map.of("memberId", books.member(0), "amount", 5000, "date", TODAY,
                "description", "Phí tháng 3\nđóng bù"));
    }
}
