package vn.ishc.fund.lending;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loan dates in order, within the posting window, and never before the books' opening. */
class LoanDatesTest {

    private static final LocalDate TODAY = Dates.today();
    private static final LocalDate OPENED = TODAY.minusMonths(3);
    private static ClubBooks books;
    private static Lending lending;
    private static long product;

    @BeforeAll
    static void club() {
        books = new ClubBooks(7, LocalDate.of(2020, 1, 1));
        lending = new Lending(books);
        books.op("opening-balances", Map.of("fund", "IGF", "date", OPENED.toString(), "lines",
                List.of(Map.of("accountCode", "111", "amount", 20_000_000)), "donatedCapital", 20_000_000)).expect(201);
        product = lending.product(Map.of());
    }

    @Test
    void aLoanCannotBeDisbursedBeforeTheBooksWereOpened() {
        LocalDate early = OPENED.minusMonths(1);
        long loan = lending.apply(books.member(0), product, 2_000_000, early).expect(201).id();
        lending.approve(loan, early).expect(200);
        long entries = books.entries();
        lending.disburse(loan, early, "CASH").expectProblem(422, "date", "before-opening");
        assertEquals(entries, books.entries());
        assertEquals("APPROVED", lending.loan(loan).get("status").asText());
        lending.disburse(loan, OPENED, "CASH").expect(201);
        lending.checkLoan(loan);
    }

    @Test
    void stepsFollowEachOther() {
        long loan = lending.apply(books.member(1), product, 1_000_000, TODAY.minusDays(20)).expect(201).id();
        // the error names the field the client sent
        books.asChair().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "CHAIR",
                "decidedOn", TODAY.minusDays(21).toString())).expectProblem(422, "decidedOn", "before-application");
        books.asChair().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "CHAIR",
                "decidedOn", "2099-12-31")).expectProblem(400, "decidedOn", "too-far-ahead");
        books.asChair().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "CHAIR",
                "decidedOn", TODAY.plusDays(1).toString())).expectProblem(400, "decidedOn", "not-future");
        lending.approve(loan, TODAY.minusDays(15)).expect(200);
        lending.disburse(loan, TODAY.minusDays(16), "CASH").expectProblem(422, "date", "before-decision");
        lending.disburse(loan, TODAY.minusDays(10), "CASH").expect(201);
        lending.repay(loan, TODAY.minusDays(11), 100_000).expectProblem(422, "date", "before-disbursement");
        lending.repay(loan, TODAY.plusDays(30), 100_000).expectProblem(400, "date", "too-far-ahead");
        lending.checkLoan(loan);
    }

    @Test
    void aProductAppliesFromTheDayItIsOffered() {
        long fresh = books.asChair().post("/api/v1/clubs/" + books.club + "/loan-products", Map.of("name", "Vay mới "
                + System.nanoTime(), "kind", "CASH", "interestMethod", "FLAT", "monthlyRate", 0.01, "termMonths", 6,
                "minAmount", 500_000, "maxAmount", 5_000_000)).expect(201).json().get("id").asLong();
        JsonNode view = books.asChair().get("/api/v1/clubs/" + books.club + "/loan-products").expect(200).json();
        for (JsonNode p : view) {
            if (p.get("id").asLong() == fresh) {
                assertEquals(TODAY.toString(), p.get("offeredFrom").asText());
                assertEquals("ELAPSED_MONTHS", p.get("earlyPayoffInterest").asText());
            }
        }
        lending.apply(books.member(2), fresh, 1_000_000, TODAY.minusDays(1)).expectProblem(422, "appliedOn", "before-product");
        lending.apply(books.member(2), fresh, 1_000_000, TODAY).expect(201);
        // a product cannot be offered before the club existed, nor from a future day
        books.asChair().post("/api/v1/clubs/" + books.club + "/loan-products", Map.of("name", "Vay cũ", "kind", "CASH",
                "interestMethod", "FLAT", "monthlyRate", 0.01, "termMonths", 6, "minAmount", 500_000,
                "maxAmount", 5_000_000, "offeredFrom", "2019-12-31")).expectProblem(422, "offeredFrom", "before-founding");
        books.asChair().post("/api/v1/clubs/" + books.club + "/loan-products", Map.of("name", "Vay sau", "kind", "CASH",
                "interestMethod", "FLAT", "monthlyRate", 0.01, "termMonths", 6, "minAmount", 500_000,
                "maxAmount", 5_000_000, "offeredFrom", TODAY.plusDays(1).toString())).expectProblem(400, "offeredFrom", "not-future");
    }

    @Test
    void reliefAndExitAreDatedInTheWindow() {
        long loan = lending.active(books.member(3), product, 1_000_000, TODAY.minusDays(5));
        long events = TestApp.db().count("SELECT COUNT(*) FROM loan_event WHERE loan_id = ?", loan);
        books.asChair().post("/api/v1/loans/" + loan + "/deferral", Map.of("date", "2099-12-31", "months", 3,
                "withInterest", false, "reason", "Bão")).expectProblem(400, "date", "too-far-ahead");
        books.asChair().post("/api/v1/loans/" + loan + "/reschedule", Map.of("date", "2099-12-31", "termMonths", 6,
                "reason", "Khó khăn")).expectProblem(400, "date", "too-far-ahead");
        // beyond 2100 the body itself is refused
        books.asChair().post("/api/v1/loans/" + loan + "/deferral", Map.of("date", "9999-12-31", "months", 3,
                "withInterest", false, "reason", "Bão")).expectProblem(400, "date", "date-range");
        assertEquals(events, TestApp.db().count("SELECT COUNT(*) FROM loan_event WHERE loan_id = ?", loan));
        // a repayment still goes through: nothing blocked the loan
        lending.repay(loan, TODAY, 100_000).expect(201);
        // a member leaving with nothing to pay out is dated like everything else
        books.op("member-exit", Map.of("memberId", books.member(5), "date", "2099-12-31"))
                .expectProblem(400, "date", "too-far-ahead");
        assertEquals(null, TestApp.db().string("SELECT left_on FROM member WHERE id = ?", books.member(5)));
    }

    @Test
    void anAtMaturityLoanPaidOffEarlyPaysTheMonthsElapsed() {
        long bullet = lending.product(Map.of("termMonths", 12, "interestMethod", "DECLINING_EQUAL_PRINCIPAL",
                "frequency", "AT_MATURITY", "monthlyRate", 0.01));
        LocalDate out = TODAY.minusMonths(2).minusDays(3);
        long loan = lending.active(books.member(4), bullet, 5_000_000, out);
        // two months and a started third: R(5,000,000 × 1% × 3) = 150,000
        JsonNode view = lending.loan(loan);
        assertEquals("ELAPSED_MONTHS", view.get("earlyPayoffInterest").asText());
        assertEquals(5_150_000, view.at("/balance/payoffAmount").asLong());
        JsonNode paid = lending.repay(loan, TODAY, 5_150_000).expect(201).json();
        assertEquals("CLOSED", paid.get("status").asText());
        assertEquals(150_000, paid.at("/events/0/interest").asLong());
        lending.checkLoan(loan);
        // a product may keep the old rule: no interest before maturity
        long none = lending.product(Map.of("termMonths", 12, "interestMethod", "DECLINING_EQUAL_PRINCIPAL",
                "frequency", "AT_MATURITY", "monthlyRate", 0.01, "earlyPayoffInterest", "NONE"));
        long other = lending.active(books.member(6), none, 1_000_000, out);
        assertEquals(1_000_000, lending.loan(other).at("/balance/payoffAmount").asLong());
        Money.post(books.asTreasurer(), "/api/v1/loans/" + other + "/repayments", Map.of("date", TODAY.toString(),
                "amount", 1_000_000)).expect(201);
        assertEquals("CLOSED", lending.loan(other).get("status").asText());
    }
}
