package vn.ishc.fund.lending;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mistakes found at the next meeting, after other payments were recorded: any event can be taken back. */
class LoanReversalsTest {

    private static ClubBooks books;
    private static Lending lending;
    private static final LocalDate START = Dates.today().minusMonths(6).withDayOfMonth(10);

    @BeforeAll
    static void club() {
        books = new ClubBooks(8, LocalDate.of(2020, 1, 1));
        lending = new Lending(books);
        books.op("opening-balances", Map.of("fund", "IGF", "date", START.minusDays(5).toString(), "lines",
                List.of(Map.of("accountCode", "111", "amount", 40_000_000)), "donatedCapital", 40_000_000)).expect(201);
    }

    private static Response reverse(String path, String reason) {
        return Money.post(books.asChair(), path, Map.of("reason", reason));
    }

    private static JsonNode event(JsonNode loan, long id) {
        for (JsonNode e : loan.get("events")) {
            if (e.get("id").asLong() == id) {
                return e;
            }
        }
        throw new AssertionError("no event " + id + " in " + loan);
    }

    @Test
    void anEarlierRepaymentIsReversedAndTheLaterOneIsReallocated() {
        // flat 2,000,000 over 4 months at 1%: 500,000 + 20,000 a month; 10,000 for a late instalment
        long product = lending.product(Map.of("termMonths", 4, "interestMethod", "FLAT",
                "penaltyKind", "FIXED_PER_INSTALMENT", "penaltyAmount", 10_000));
        long loan = lending.active(books.member(0), product, 2_000_000, START);
        long first = lending.repay(loan, START.plusMonths(1), 520_000).expect(201).at("/events/0/id").asLong();
        long second = lending.repay(loan, START.plusMonths(2), 520_000).expect(201).at("/events/1/id").asLong();
        assertEquals(500_000, event(lending.loan(loan), second).get("principal").asLong());
        long entries = books.entries();

        // the first payment was another member's money: reversed after the second was recorded
        JsonNode after = reverse("/api/v1/loans/" + loan + "/repayments/" + first + "/reverse", "Ghi nhầm thành viên")
                .expect(201).json();
        assertTrue(event(after, first).get("reversed").asBoolean());
        // the second payment now pays instalment 1, late: 10,000 penalty, 20,000 interest, 490,000 principal
        JsonNode replayed = event(after, second);
        assertEquals(10_000, replayed.get("penalty").asLong());
        assertEquals(20_000, replayed.get("interest").asLong());
        assertEquals(490_000, replayed.get("principal").asLong());
        // the split the books showed before stays readable
        JsonNode old = replayed.get("replacedAllocations");
        assertEquals(1, old.size());
        assertEquals(500_000, old.get(0).get("principal").asLong());
        assertEquals(0, old.get(0).get("penalty").asLong());
        assertEquals(first, old.get(0).get("replacedAfterEvent").asLong());
        // one reversal and one correcting entry, dated today, in one batch
        assertEquals(entries + 2, books.entries());
        assertEquals(1, TestApp.db().count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ? "
                + "AND operation = 'LOAN_REALLOCATION' AND value_date = ?", books.igf, java.sql.Date.valueOf(Dates.today())));
        // the correction moves 10,000 from principal to penalty income: 12881 matches the engine (invariant 7)
        lending.checkLoan(loan);
        assertEquals(1_510_000, lending.loan(loan).at("/balance/outstandingPrincipal").asLong());
        // reversing it twice is refused
        reverse("/api/v1/loans/" + loan + "/repayments/" + first + "/reverse", "Lần nữa").expectProblem(409, null, "already-reversed");
    }

    @Test
    void aReversalReopensAClosedLoan() {
        long product = lending.product(Map.of("termMonths", 2, "interestMethod", "FLAT"));
        long loan = lending.active(books.member(1), product, 1_000_000, START);
        long first = lending.repay(loan, START.plusMonths(1), 510_000).expect(201).at("/events/0/id").asLong();
        Response closed = lending.repay(loan, START.plusMonths(2), 510_000).expect(201);
        assertEquals("CLOSED", closed.json().get("status").asText());
        JsonNode after = reverse("/api/v1/loans/" + loan + "/events/" + first + "/reverse", "Nhầm số tiền").expect(201).json();
        assertEquals("ACTIVE", after.get("status").asText());
        assertEquals(500_000, after.at("/balance/outstandingPrincipal").asLong());
        lending.checkLoan(loan);
    }

    @Test
    void aDeferralIsReversedByTheChairAndTheLoanReplayedWithoutIt() {
        long product = lending.product(Map.of("termMonths", 3, "interestMethod", "FLAT"));
        long loan = lending.active(books.member(2), product, 3_000_000, START);
        JsonNode deferred = books.asChair().post("/api/v1/loans/" + loan + "/deferral", Map.of("date",
                START.plusDays(20).toString(), "months", 2, "withInterest", true, "reason", "Lũ")).expect(200).json();
        long deferral = deferred.at("/events/0/id").asLong();
        // paid at the deferred first due date: interest 30,000 + 60,000 for the two months + 1,000,000
        lending.repay(loan, START.plusMonths(3), 1_090_000).expect(201);
        Money.post(books.asTreasurer(), "/api/v1/loans/" + loan + "/events/" + deferral + "/reverse",
                Map.of("reason", "Không phải lũ")).expectProblem(403);
        // without the deferral the interest for the delay was never owed, but instalments 1 and 2 were overdue:
        // the payment pays their interest (60,000), then 1,030,000 of principal
        JsonNode after = reverse("/api/v1/loans/" + loan + "/events/" + deferral + "/reverse", "Không phải lũ")
                .expect(201).json();
        assertTrue(event(after, deferral).get("reversed").asBoolean());
        assertEquals(60_000, after.at("/events/1/interest").asLong());
        assertEquals(1_030_000, after.at("/events/1/principal").asLong());
        lending.checkLoan(loan);
        assertEquals(after.at("/balance/outstandingPrincipal").asLong() + after.at("/balance/principalPaid").asLong(),
                3_000_000);
        assertFalse(event(after, after.at("/events/1/id").asLong()).get("replacedAllocations").isEmpty());
    }

    @Test
    void aDisbursementIsReversedWhileNothingElseIsRecorded() {
        long product = lending.product(Map.of());
        long loan = lending.active(books.member(3), product, 2_000_000, START);
        long cash = books.net(books.igf, "111").longValueExact();
        JsonNode again = reverse("/api/v1/loans/" + loan + "/disbursement/reverse", "Giải ngân nhầm ngày").expect(201).json();
        assertEquals("APPROVED", again.get("status").asText());
        assertEquals(cash + 2_000_000, books.net(books.igf, "111").longValueExact());
        assertEquals("DISBURSEMENT_REVERSED", again.at("/events/0/kind").asText());
        lending.disburse(loan, START.plusDays(3), "CASH").expect(201);
        lending.checkLoan(loan);
        lending.repay(loan, START.plusMonths(1), 100_000).expect(201);
        reverse("/api/v1/loans/" + loan + "/disbursement/reverse", "Lần nữa").expectProblem(409, null, "reverse-events-first");
    }

    @Test
    void aWriteOffIsReversedByTheChair() {
        long product = lending.product(Map.of());
        long loan = lending.active(books.member(4), product, 1_000_000, START);
        Money.post(books.asChair(), "/api/v1/loans/" + loan + "/write-off", Map.of("date", Dates.today().toString(),
                "reason", "Mất khả năng trả")).expect(201);
        Money.post(books.asTreasurer(), "/api/v1/loans/" + loan + "/write-off/reverse", Map.of("reason", "Trả được"))
                .expectProblem(403);
        JsonNode back = reverse("/api/v1/loans/" + loan + "/write-off/reverse", "Thành viên trả được").expect(201).json();
        assertEquals("ACTIVE", back.get("status").asText());
        assertEquals(1_000_000, back.at("/balance/outstandingPrincipal").asLong());
        lending.checkLoan(loan);
    }

    @Test
    void aReversalIsDatedAfterEverythingOnTheLoan() {
        long product = lending.product(Map.of("termMonths", 4, "interestMethod", "FLAT"));
        long loan = lending.active(books.member(5), product, 2_000_000, START);
        long first = lending.repay(loan, START.plusMonths(1), 520_000).expect(201).at("/events/0/id").asLong();
        lending.repay(loan, START.plusMonths(2), 520_000).expect(201);
        Money.post(books.asChair(), "/api/v1/loans/" + loan + "/repayments/" + first + "/reverse",
                Map.of("reason", "x", "date", START.plusMonths(1).plusDays(1).toString()))
                .expectProblem(422, "date", "before-last-event");
        Money.post(books.asChair(), "/api/v1/loans/" + loan + "/events/999999999/reverse", Map.of("reason", "x"))
                .expectProblem(404);
    }
}
