package vn.ishc.fund.lending;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every bad input of the lending issue: a 4xx problem naming the rule, and nothing posted. */
class LoanValidationTest {

    private static ClubBooks books;
    private static Lending lending;
    private static long product;
    private static final LocalDate DAY = vn.ishc.fund.support.Dates.today().minusDays(10);

    @BeforeAll
    static void club() {
        books = new ClubBooks(6, LocalDate.of(2020, 1, 1));
        lending = new Lending(books);
        books.op("opening-balances", Map.of("fund", "IGF", "date", DAY.minusDays(60).toString(), "lines",
                List.of(Map.of("accountCode", "111", "amount", 5000000)), "donatedCapital", 5000000)).expect(201);
        product = lending.product(Map.of("minAmount", 1000000, "maxAmount", 4000000, "maxOpenLoans", 1));
        // member 0 chairs the club, member 1 is vice-chair
        books.asChair().post("/api/v1/clubs/" + books.club + "/board", Map.of("memberId", books.member(0), "role", "CHAIR",
                "termStart", "2020-01-01")).expect(201);
        books.asChair().post("/api/v1/clubs/" + books.club + "/board", Map.of("memberId", books.member(1), "role", "VICE_CHAIR",
                "termStart", "2020-01-01")).expect(201);
    }

    private static Response nothingPosted(Supplier<Response> request) {
        long entries = TestApp.db().count("SELECT COUNT(*) FROM journal_entry");
        long loans = TestApp.db().count("SELECT COUNT(*) FROM loan WHERE status <> 'APPLIED'");
        Response r = request.get();
        assertEquals(entries, TestApp.db().count("SELECT COUNT(*) FROM journal_entry"), r.text());
        assertEquals(loans, TestApp.db().count("SELECT COUNT(*) FROM loan WHERE status <> 'APPLIED'"), r.text());
        return r;
    }

    @Test
    void anAmountOutsideTheProductsLimits() {
        lending.apply(books.member(2), product, 999000, DAY).expectProblem(422, "amount", "amount-limits");
        lending.apply(books.member(2), product, 4001000, DAY).expectProblem(422, "amount", "amount-limits");
        books.asTreasurer().post("/api/v1/clubs/" + books.club + "/loans", Map.of("memberId", books.member(2),
                "productId", product, "amount", 1500000.5, "purpose", "x")).expectProblem(400, "amount", "currency-fraction");
        assertEquals(0, TestApp.db().count("SELECT COUNT(*) FROM loan WHERE member_id = ?", books.member(2)));
    }

    @Test
    void aboveTheMoneyAvailable() {
        ClubBooks poor = new ClubBooks(1);
        Lending l = new Lending(poor);
        long p = l.product(Map.of());
        poor.op("contribution", Map.of("memberId", poor.member(0), "amount", 800000, "date", DAY.toString())).expect(201);
        long loan = l.apply(poor.member(0), p, 1000000, DAY).expect(201).id();
        l.approve(loan, DAY).expect(200);
        nothingPosted(() -> l.disburse(loan, DAY, "CASH")).expectProblem(422, "amount", "above-available");
        // with a reserve, less is available
        poor.asChair().put("/api/v1/clubs/" + poor.club + "/lending-settings", Map.of("reserve", 300000, "queueOrder", "DATE")).expect(200);
        poor.op("contribution", Map.of("memberId", poor.member(0), "amount", 400000, "date", DAY.toString())).expect(201);
        nothingPosted(() -> l.disburse(loan, DAY, "CASH")).expectProblem(422, "amount", "above-available");
        poor.op("contribution", Map.of("memberId", poor.member(0), "amount", 100000, "date", DAY.toString())).expect(201);
        l.disburse(loan, DAY, "CASH").expect(201);
    }

    @Test
    void aMemberWhoLeftOrOfAnotherClubOrWithTheMaximum() {
        ClubBooks other = new ClubBooks(1);
        lending.apply(other.member(0), product, 1000000, DAY).expectProblem(422, "memberId", "not-a-club-member");
        long leaver = Fixtures.member(books.club, "Lý Thị Hoa", "FEMALE", 1950, "POOR", LocalDate.of(2020, 2, 1));
        TestApp.api().as(Fixtures.adminToken()).post("/api/v1/members/" + leaver + "/leave",
                Map.of("leftOn", DAY.minusDays(1).toString())).expect(200);
        lending.apply(leaver, product, 1000000, DAY).expectProblem(422, "memberId", "member-left");
        lending.apply(books.member(3), product, 1000000, DAY).expect(201);
        lending.apply(books.member(3), product, 1000000, DAY).expectProblem(422, "memberId", "max-open-loans");
        // an application is history: the member can no longer be deleted
        TestApp.api().as(Fixtures.adminToken()).delete("/api/v1/members/" + books.member(3))
                .expectProblem(409, null, "member-has-history");
    }

    @Test
    void disbursingALoanThatIsNotApproved() {
        long loan = lending.apply(books.member(4), product, 1000000, DAY).expect(201).id();
        nothingPosted(() -> lending.disburse(loan, DAY, "CASH")).expectProblem(409, null, "loan-status");
        books.asChair().post("/api/v1/loans/" + loan + "/reject", Map.of("date", DAY.toString(), "reason", "Chưa đủ điều kiện")).expect(200);
        nothingPosted(() -> lending.disburse(loan, DAY, "CASH")).expectProblem(409, null, "loan-status");
    }

    @Test
    void aBorrowerApprovingTheirOwnLoan() {
        long loan = lending.apply(books.member(0), product, 1000000, DAY).expect(201).id();
        // the chair borrows: the chair cannot approve it
        books.asChair().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "CHAIR", "decidedOn", DAY.toString()))
                .expectProblem(422, "decision", "self-approval");
        books.asChair().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "BOARD", "decidedOn", DAY.toString(),
                "minutesNo", "05/BB-CLB", "approverMemberId", books.member(0))).expectProblem(422, "approverMemberId", "self-approval");
        books.asChair().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "BOARD", "decidedOn", DAY.toString(),
                "minutesNo", "05/BB-CLB", "approverMemberId", books.member(5))).expectProblem(422, "approverMemberId", "not-board-member");
        books.asChair().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "BOARD", "decidedOn", DAY.toString(),
                "approverMemberId", books.member(1))).expectProblem(400, "minutesNo", "required");
        // the treasurer cannot decide alone
        books.asTreasurer().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "CHAIR", "decidedOn", DAY.toString()))
                .expect(403);
        var approved = books.asTreasurer().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "BOARD",
                "decidedOn", DAY.toString(), "minutesNo", "05/BB-CLB", "approverMemberId", books.member(1))).expect(200).json();
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals(books.member(1), approved.get("approverMemberId").asLong());
        assertEquals("05/BB-CLB", approved.get("minutesNo").asText());
    }

    @Test
    void repaymentsThatBreakTheRules() {
        ClubBooks b = new ClubBooks(2, LocalDate.of(2020, 1, 1));
        Lending l = new Lending(b);
        LocalDate start = vn.ishc.fund.support.Dates.today().minusMonths(3).withDayOfMonth(5);
        b.op("opening-balances", Map.of("fund", "IGF", "date", start.minusDays(3).toString(), "lines",
                List.of(Map.of("accountCode", "111", "amount", 9000000)), "donatedCapital", 9000000)).expect(201);
        long p = l.product(Map.of("termMonths", 2));
        long loan = l.active(b.member(0), p, 2000000, start);
        nothingPosted(() -> l.repay(loan, start.minusDays(1), 100000)).expectProblem(422, "date", "before-disbursement");
        nothingPosted(() -> l.repay(loan, start.plusDays(5), 0)).expectProblem(400, "amount", "positive");
        nothingPosted(() -> Money.post(b.asTreasurer(), "/api/v1/loans/" + loan + "/repayments",
                Map.of("date", start.plusDays(5).toString(), "amount", 1000.5))).expectProblem(400, "amount", "currency-fraction");
        l.repay(loan, start.plusMonths(1), 1020000).expect(201);
        // dated before the last repayment
        nothingPosted(() -> l.repay(loan, start.plusDays(20), 1000)).expectProblem(422, "date", "before-last-event");
        // in a closed month
        YearMonth first = YearMonth.from(start.minusDays(3));
        for (YearMonth m = first; !m.isAfter(YearMonth.from(start.plusMonths(1))); m = m.plusMonths(1)) {
            b.asChair().post("/api/v1/clubs/" + b.club + "/periods/close", Map.of("month", m.toString())).expect(200);
        }
        LocalDate closedDay = YearMonth.from(start.plusMonths(1)).atEndOfMonth();
        nothingPosted(() -> l.repay(loan, closedDay, 1000)).expectProblem(422, "date", "closed-period");
        l.repay(loan, start.plusMonths(2), 1010000).expect(201);
        // a closed loan takes no repayment
        nothingPosted(() -> l.repay(loan, start.plusMonths(2), 1000)).expectProblem(409, null, "loan-status");
        l.checkLoan(loan);
    }

    @Test
    void loanEntriesAreReversedThroughTheLoan() {
        ClubBooks b = new ClubBooks(1, LocalDate.of(2020, 1, 1));
        Lending l = new Lending(b);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 3000000, "date", DAY.toString())).expect(201);
        long loan = l.active(b.member(0), l.product(Map.of()), 1000000, DAY);
        long entry = l.loan(loan).get("disbursementEntryId").asLong();
        nothingPosted(() -> Money.post(b.asTreasurer(), "/api/v1/entries/" + entry + "/reverse", Map.of("reason", "x")))
                .expectProblem(409, null, "reverse-through-loans");
        // a member owing a loan cannot leave with their capital
        b.op("member-exit", Map.of("memberId", b.member(0), "date", vn.ishc.fund.support.Dates.today().toString()))
                .expectProblem(422, "memberId", "member-owes-loan");
    }

    /** How a loan goes out, is decided and is repaid is named: a number is never read as the n-th way. */
    @Test
    void enumsAreNamesNeverNumbers() {
        long loan = lending.apply(books.member(5), product, 1000000, DAY).expect(201).id();
        for (Object number : List.of(0, 1, "1")) {
            books.asChair().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", number, "decidedOn", DAY.toString()))
                    .expectProblem(400, "decision", "enum");
        }
        assertEquals("APPLIED", TestApp.db().string("SELECT status FROM loan WHERE id = ?", loan));
        lending.approve(loan, DAY).expect(200);
        for (Object number : List.of(0, 1, 3, "1")) {
            nothingPosted(() -> Money.post(books.asTreasurer(), "/api/v1/loans/" + loan + "/disburse",
                    Map.of("date", DAY.toString(), "method", number))).expectProblem(400, "method", "enum");
        }
        assertEquals("APPROVED", TestApp.db().string("SELECT status FROM loan WHERE id = ?", loan));
        lending.disburse(loan, DAY, "CASH").expect(201);
        for (Object number : List.of(0, 1)) {
            nothingPosted(() -> Money.post(books.asTreasurer(), "/api/v1/loans/" + loan + "/repayments",
                    Map.of("date", DAY.toString(), "amount", 10000, "method", number))).expectProblem(400, "method", "enum");
        }
        books.asChair().post("/api/v1/clubs/" + books.club + "/loan-products", Map.of("name", "Vay " + Fixtures.unique("E"),
                "kind", 0, "interestMethod", "DECLINING_EQUAL_PRINCIPAL", "monthlyRate", 0.01, "termMonths", 6,
                "minAmount", 500000, "maxAmount", 10000000)).expectProblem(400, "kind", "enum");
        books.asChair().post("/api/v1/clubs/" + books.club + "/loan-products", Map.of("name", "Vay " + Fixtures.unique("E"),
                "kind", "CASH", "interestMethod", 1, "monthlyRate", 0.01, "termMonths", 6,
                "minAmount", 500000, "maxAmount", 10000000)).expectProblem(400, "interestMethod", "enum");
    }
}
