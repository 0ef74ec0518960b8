package vn.ishc.fund.lending.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Short ways to write terms, events and expectations in the engine's tests. */
final class Loans {

    static final LocalDate DISBURSED = LocalDate.of(2025, 1, 15);

    private Loans() {
    }

    static BigDecimal vnd(long amount) {
        return BigDecimal.valueOf(amount);
    }

    static LoanTerms monthly(long amount, String rate, int n, int grace, InterestMethod method, int unit) {
        return terms(amount, rate, n, grace, method, RepaymentFrequency.MONTHLY, unit, DISBURSED);
    }

    static LoanTerms terms(long amount, String rate, int n, int grace, InterestMethod method,
            RepaymentFrequency frequency, int unit, LocalDate disbursedOn) {
        return new LoanTerms(vnd(amount), new BigDecimal(rate), n, grace, method, frequency, vnd(unit),
                PenaltyKind.NONE, null, null, disbursedOn);
    }

    static LoanTerms fixedPenalty(LoanTerms t, long amount) {
        return new LoanTerms(t.amount(), t.monthlyRate(), t.termMonths(), t.graceMonths(), t.method(), t.frequency(),
                t.roundingUnit(), PenaltyKind.FIXED_PER_INSTALMENT, vnd(amount), null, t.disbursedOn());
    }

    /** The same terms, charging the interest of the months elapsed on early payoff (the product default). */
    static LoanTerms elapsedMonths(LoanTerms t) {
        return new LoanTerms(t.amount(), t.monthlyRate(), t.termMonths(), t.graceMonths(), t.method(), t.frequency(),
                t.roundingUnit(), t.penaltyKind(), t.penaltyAmount(), t.penaltyRate(), t.disbursedOn(),
                EarlyPayoffInterest.ELAPSED_MONTHS);
    }

    static LoanTerms ratePenalty(LoanTerms t, String rate) {
        return new LoanTerms(t.amount(), t.monthlyRate(), t.termMonths(), t.graceMonths(), t.method(), t.frequency(),
                t.roundingUnit(), PenaltyKind.MONTHLY_RATE_ON_OVERDUE_PRINCIPAL, null, new BigDecimal(rate),
                t.disbursedOn());
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Repayment pay(long id, String date, long amount) {
        return new Repayment(id, day(date), vnd(amount));
    }

    /** Expected instalment: number, due date, principal, interest. */
    static Instalment row(int number, String due, long principal, long interest) {
        return new Instalment(number, day(due), vnd(principal), vnd(interest));
    }

    static void assertSchedule(List<Instalment> actual, Instalment... expected) {
        assertEquals(List.of(expected), actual);
    }

    static BigDecimal sumPrincipal(List<Instalment> schedule) {
        return schedule.stream().map(Instalment::principal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static LoanState replay(LoanTerms terms, String asOf, LoanEvent... events) {
        return LoanEngine.replay(terms, List.of(events), day(asOf));
    }

    static InstalmentState instalment(LoanState state, int number) {
        return state.instalments().stream().filter(i -> i.number() == number).findFirst().orElseThrow();
    }

    static Allocation allocation(long id, String date, long amount, long penalty, long interest, long principal,
            long prepaid) {
        return new Allocation(id, day(date), vnd(amount), vnd(penalty), vnd(interest), vnd(principal), vnd(prepaid));
    }
}
