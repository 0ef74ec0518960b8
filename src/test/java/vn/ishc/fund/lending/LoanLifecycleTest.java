package vn.ishc.fund.lending;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A loan from application to closing, with the ledger agreeing at every step. */
class LoanLifecycleTest {

    private static ClubBooks books;
    private static Lending lending;
    private static final LocalDate START = vn.ishc.fund.support.Dates.today().minusMonths(7).withDayOfMonth(10);

    @BeforeAll
    static void club() {
        books = new ClubBooks(6, LocalDate.of(2020, 1, 1));
        lending = new Lending(books);
        books.op("opening-balances", Map.of("fund", "IGF", "date", START.minusDays(5).toString(), "lines",
                java.util.List.of(Map.of("accountCode", "111", "amount", 40000000)), "donatedCapital", 40000000)).expect(201);
    }

    @Test
    void cashLoanFromApplicationToClosing() {
        long product = lending.product(Map.of("termMonths", 3, "monthlyRate", 0.01));
        Response applied = lending.apply(books.member(0), product, 3000000, START).expect(201);
        long loan = applied.id();
        assertEquals("APPLIED", applied.json().get("status").asText());
        // the preview schedule: 1,000,000 a month, interest 1% on the declining balance
        JsonNode preview = applied.at("/originalSchedule");
        assertEquals(3, preview.size());
        assertEquals(30000, preview.get(0).get("interest").asLong());
        assertEquals(20000, preview.get(1).get("interest").asLong());
        assertEquals(10000, preview.get(2).get("interest").asLong());
        lending.disburse(loan, START, "CASH").expectProblem(409, null, "loan-status");
        lending.approve(loan, START).expect(200);
        Response disbursed = lending.disburse(loan, START, "CASH").expect(201);
        assertEquals("ACTIVE", disbursed.json().get("status").asText());
        lending.checkLoan(loan);
        LocalDate due1 = START.plusMonths(1);
        Response r1 = lending.repay(loan, due1, 1030000).expect(201);
        JsonNode paid = r1.at("/events/0");
        assertEquals(1000000, paid.get("principal").asLong());
        assertEquals(30000, paid.get("interest").asLong());
        lending.checkLoan(loan);
        // overpaying is refused and posts nothing
        long entries = books.entries();
        lending.repay(loan, START.plusMonths(2), 5000000).expectProblem(422, "amount", "overpayment");
        assertEquals(entries, books.entries());
        // pays the rest early: 2,000,000 principal + 20,000 interest due that month
        Response last = lending.repay(loan, START.plusMonths(2), 2020000).expect(201);
        assertEquals("CLOSED", last.json().get("status").asText());
        lending.checkLoan(loan);
        lending.repay(loan, START.plusMonths(2), 1000).expectProblem(409, null, "loan-status");
        // the ledger: 515 holds the interest received
        assertTrue(books.net(books.igf, "515").longValue() <= -50000);
    }

    @Test
    void reversingARepaymentRestoresTheSchedule() {
        long product = lending.product(Map.of("termMonths", 4, "interestMethod", "FLAT"));
        long loan = lending.active(books.member(1), product, 2000000, START);
        JsonNode before = lending.loan(loan);
        Response r = lending.repay(loan, START.plusMonths(1), 520000).expect(201);
        long event = r.at("/events/0/id").asLong();
        Money.post(books.asTreasurer(), "/api/v1/loans/" + loan + "/repayments/" + event + "/reverse",
                Map.of("reason", "Nhập nhầm khoản vay")).expect(201);
        JsonNode after = lending.loan(loan);
        // exactly the schedule of a loan that was never repaid: amounts, dates, nothing paid, the same statuses
        assertEquals(before.get("schedule"), after.get("schedule"));
        assertEquals(before.at("/balance/outstandingPrincipal").asLong(), after.at("/balance/outstandingPrincipal").asLong());
        for (int i = 0; i < 4; i++) {
            assertEquals(before.at("/schedule/" + i + "/principal").asLong(), after.at("/schedule/" + i + "/principal").asLong());
            assertEquals(0, after.at("/schedule/" + i + "/principalPaid").asLong());
        }
        assertTrue(after.at("/events/0/reversed").asBoolean());
        lending.checkLoan(loan);
    }
}
