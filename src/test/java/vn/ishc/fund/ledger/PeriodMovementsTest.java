package vn.ishc.fund.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The income and expense movements of a period, by account, activity area, loan and operation, read through
 * {@link PeriodMovements} from books posted over HTTP and compared with the account statements of the API.
 */
class PeriodMovementsTest {

    private static final LocalDate TODAY = Dates.today();
    private static final LocalDate D1 = TODAY.minusDays(40);
    private static final LocalDate D2 = TODAY.minusDays(20);
    private static final LocalDate D3 = TODAY.minusDays(5);
    private static ClubBooks b;
    private static long writtenOff;

    @BeforeAll
    static void books() {
        b = new ClubBooks(2, LocalDate.of(2020, 1, 1));
        b.op("fee", Map.of("memberId", b.member(0), "amount", 5000, "date", D1.toString())).expect(201);
        b.op("fee", Map.of("memberId", b.member(1), "amount", 5000, "date", D1.toString())).expect(201);
        long donor = b.asTreasurer().post("/api/v1/clubs/" + b.club + "/donors",
                Map.of("name", "Hợp tác xã Nà Sản", "kind", "BUSINESS")).expect(201).id();
        b.op("donation", Map.of("donorId", donor, "purpose", "ACTIVITIES", "form", "CASH", "amount", 300000,
                "date", D1.toString())).expect(201);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 2000000, "date", D1.toString())).expect(201);
        b.op("expense", Map.of("fund", "AF", "kind", "ACTIVITY", "activityArea", 2, "amount", 40000,
                "date", D2.toString(), "description", "Đo huyết áp")).expect(201);
        long culture = b.op("expense", Map.of("fund", "AF", "kind", "ACTIVITY", "activityArea", 7, "amount", 25000,
                "date", D2.toString(), "description", "Văn nghệ")).expect(201).at("/entries/0/id").asLong();
        Money.post(b.asTreasurer(), "/api/v1/entries/" + culture + "/reverse", Map.of("date", D3.toString(),
                "reason", "Ghi nhầm")).expect(201);
        b.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 10000, "date", D2.toString(),
                "description", "Sổ sách")).expect(201);
        Lending lending = new Lending(b);
        long loan = lending.active(b.member(1), lending.product(Map.of()), 1000000, D1);
        lending.repay(loan, D3, 300000).expect(201);
        writtenOff = Money.post(b.asChair(), "/api/v1/loans/" + loan + "/write-off", Map.of("date", D3.toString(),
                "reason", "Thành viên chuyển đi xa")).expect(201).json().get("writtenOffAmount").asLong();
        Money.post(b.asTreasurer(), "/api/v1/loans/" + loan + "/recoveries", Map.of("date", D3.toString(),
                "amount", 100000)).expect(201);
        b.op("interest-transfer", Map.of("amount", 5000, "date", D3.toString())).expect(201);
    }

    private static List<PeriodMovements.Movement> results(long ledger, LocalDate from, LocalDate to) {
        return TestApp.inTx(() -> TestApp.bean(PeriodMovements.class).results(ledger, from, to));
    }

    private static PeriodMovements.Movement one(List<PeriodMovements.Movement> all, String code, String operation,
                                                Integer area, boolean loan) {
        List<PeriodMovements.Movement> found = all.stream().filter(m -> m.code().equals(code)
                && m.operation().equals(operation) && java.util.Objects.equals(m.activityArea(), area) && m.loan() == loan)
                .toList();
        assertEquals(1, found.size(), code + " " + operation + " " + area + " " + loan + " in " + all);
        return found.get(0);
    }

    /** Debit minus credit of an account in the period, from the account statement of the API. */
    private static BigDecimal statementNet(long ledger, String code, LocalDate from, LocalDate to) {
        JsonNode s = b.asTreasurer().get("/api/v1/ledgers/" + ledger + "/accounts/" + code + "/statement?from=" + from
                + "&to=" + to).expect(200).json();
        return s.get("totalDebit").decimalValue().subtract(s.get("totalCredit").decimalValue());
    }

    private static void same(long expected, BigDecimal actual) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual), expected + " vs " + actual);
    }

    @Test
    void theActivityFundByOperationAndArea() {
        List<PeriodMovements.Movement> af = results(b.af, D1, TODAY);
        same(10000, one(af, "711", "MEMBER_FEE", null, false).credit());
        same(300000, one(af, "711", "DONATION", null, false).credit());
        same(5000, one(af, "711", "INTEREST_TRANSFER", null, false).credit());
        same(40000, one(af, "811", "EXPENSE", 2, false).net());
        // the reversal counts under the expense it takes back, in its area: they net to nothing
        PeriodMovements.Movement culture = one(af, "811", "EXPENSE", 7, false);
        same(25000, culture.debit());
        same(25000, culture.credit());
        assertTrue(af.stream().allMatch(m -> m.type() == AccountType.INCOME || m.type() == AccountType.EXPENSE), af.toString());
        // only what is dated in the period: from D3 the reversal is left, not the expense
        List<PeriodMovements.Movement> late = results(b.af, D3, TODAY);
        same(-25000, one(late, "811", "EXPENSE", 7, false).net());
        assertTrue(late.stream().noneMatch(m -> Integer.valueOf(2).equals(m.activityArea())), late.toString());
        assertTrue(results(b.af, TODAY, D1).isEmpty(), "an empty period moves nothing");
        for (String code : List.of("711", "811")) {
            BigDecimal sum = af.stream().filter(m -> m.code().equals(code)).map(PeriodMovements.Movement::net)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, statementNet(b.af, code, D1, TODAY).compareTo(sum), code);
        }
    }

    @Test
    void theIncomeGenerationFundWithItsLoans() {
        List<PeriodMovements.Movement> igf = results(b.igf, D1, TODAY);
        PeriodMovements.Movement loss = one(igf, "811", "LOAN_WRITE_OFF", null, true);
        same(writtenOff, loss.debit());
        assertTrue(writtenOff > 0);
        same(5000, one(igf, "811", "INTEREST_TRANSFER", null, false).debit());
        same(10000, one(igf, "642", "EXPENSE", null, false).debit());
        same(100000, one(igf, "711", "LOAN_RECOVERY", null, true).credit());
        PeriodMovements.Movement interest = one(igf, "515", "LOAN_REPAYMENT", null, true);
        assertTrue(interest.credit().signum() > 0, interest.toString());
        for (String code : List.of("515", "642", "711", "811")) {
            BigDecimal sum = igf.stream().filter(m -> m.code().equals(code)).map(PeriodMovements.Movement::net)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, statementNet(b.igf, code, D1, TODAY).compareTo(sum), code);
        }
    }

    @Test
    void theYearEndCloseIsLeftOut() {
        int year = TODAY.getYear() - 1;
        ClubBooks c = new ClubBooks(1, LocalDate.of(year - 1, 6, 1));
        c.op("fee", Map.of("memberId", c.member(0), "amount", 60000, "date", LocalDate.of(year, 2, 10).toString())).expect(201);
        c.op("expense", Map.of("fund", "AF", "kind", "ACTIVITY", "activityArea", 4, "amount", 20000,
                "date", LocalDate.of(year, 3, 10).toString(), "description", "Thăm hỏi")).expect(201);
        for (int m = 2; m <= 11; m++) {
            c.asChair().post("/api/v1/clubs/" + c.club + "/periods/close", Map.of("month", YearMonth.of(year, m).toString()))
                    .expect(200);
        }
        Money.post(c.asChair(), "/api/v1/clubs/" + c.club + "/year-end-close", Map.of("year", year)).expect(201);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<PeriodMovements.Movement> af = TestApp.inTx(() -> TestApp.bean(PeriodMovements.class).results(c.af, from, to));
        assertEquals(2, af.size(), af.toString());
        same(-60000, one(af, "711", "MEMBER_FEE", null, false).net());
        same(20000, one(af, "811", "EXPENSE", 4, false).net());
        // the books themselves show the close: 711 and 811 are back to zero at the year end
        JsonNode fees = c.asTreasurer().get("/api/v1/ledgers/" + c.af + "/accounts/711/statement?from=" + from + "&to=" + to)
                .expect(200).json();
        assertEquals(0, fees.get("closingBalance").asLong());
    }
}
