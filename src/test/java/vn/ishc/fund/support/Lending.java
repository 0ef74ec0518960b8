package vn.ishc.fund.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loan helpers over a {@link ClubBooks}: products, the lifecycle, and invariant 7. */
public final class Lending {

    private final ClubBooks books;

    public Lending(ClubBooks books) {
        this.books = books;
    }

    /** A product the club has lent on since it was founded (so loans may be dated back), with these changes. */
    public long product(Map<String, Object> overrides) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Vay " + Fixtures.unique("SP"), "kind", "CASH",
                "interestMethod", "DECLINING_EQUAL_PRINCIPAL", "monthlyRate", 0.01, "termMonths", 6,
                "minAmount", 500000, "maxAmount", 10000000, "offeredFrom", books.founded.toString()));
        body.putAll(overrides);
        return books.asChair().post("/api/v1/clubs/" + books.club + "/loan-products", body).expect(201).id();
    }

    public Response apply(long member, long product, long amount, LocalDate on) {
        return books.asTreasurer().post("/api/v1/clubs/" + books.club + "/loans", Map.of("memberId", member,
                "productId", product, "amount", amount, "purpose", "Nuôi lợn", "appliedOn", on.toString()));
    }

    public Response approve(long loan, LocalDate on) {
        return books.asChair().post("/api/v1/loans/" + loan + "/approve", Map.of("decision", "CHAIR", "decidedOn", on.toString()));
    }

    public Response disburse(long loan, LocalDate on, String method) {
        return Money.post(books.asTreasurer(), "/api/v1/loans/" + loan + "/disburse", Map.of("date", on.toString(), "method", method));
    }

    /** Applies, approves and disburses in cash; returns the loan id. */
    public long active(long member, long product, long amount, LocalDate on) {
        long id = apply(member, product, amount, on).expect(201).id();
        approve(id, on).expect(200);
        disburse(id, on, "CASH").expect(201);
        checkLoan(id);
        return id;
    }

    public Response repay(long loan, LocalDate on, long amount) {
        return Money.post(books.asTreasurer(), "/api/v1/loans/" + loan + "/repayments", Map.of("date", on.toString(), "amount", amount));
    }

    public JsonNode loan(long loan) {
        return books.asTreasurer().get("/api/v1/loans/" + loan).expect(200).json();
    }

    /** Invariant 7: the loan's balance in 12881 equals disbursed − repaid − written off, and what the engine reports. */
    public void checkLoan(long loan) {
        BigDecimal ledger = TestApp.db().decimal("SELECT COALESCE(SUM(CASE WHEN p.side = 'D' THEN p.amount ELSE -p.amount END), 0) "
                + "FROM posting p JOIN account a ON a.id = p.account_id WHERE p.loan_id = ? AND a.code LIKE '12881%'", loan);
        JsonNode view = loan(loan);
        long engine = view.at("/balance/outstandingPrincipal").isMissingNode() || view.get("balance").isNull()
                ? 0 : view.at("/balance/outstandingPrincipal").asLong();
        assertEquals(engine, ledger.longValueExact(), "loan " + loan + ": 12881 vs engine; " + view);
        BigDecimal disbursed = TestApp.db().decimal("SELECT COALESCE(SUM(p.amount), 0) FROM posting p JOIN account a "
                + "ON a.id = p.account_id WHERE p.loan_id = ? AND a.code LIKE '12881%' AND p.side = 'D'", loan);
        BigDecimal credited = TestApp.db().decimal("SELECT COALESCE(SUM(p.amount), 0) FROM posting p JOIN account a "
                + "ON a.id = p.account_id WHERE p.loan_id = ? AND a.code LIKE '12881%' AND p.side = 'C'", loan);
        assertEquals(0, disbursed.subtract(credited).compareTo(ledger));
        books.checkInvariants();
    }
}
