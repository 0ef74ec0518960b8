package vn.ishc.fund.ledger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.ledger.LedgerInvariants;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random sequences of operations and reversals, through the API: after every step invariants 1
 * (balanced entries), 3 (numbering and chain), 4 (kept totals) and 8 (balances at past dates rebuilt
 * from entries) hold, whether the step was accepted or refused.
 */
class LedgerPropertyTest {

    enum Kind { CONTRIBUTION, FEE, EXPENSE, TO_BANK, INTEREST, MEETING, REVERSE }

    record Step(Kind kind, long amount, int daysAgo, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        return Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.longs().between(1, 2_000).map(v -> v * 500),
                Arbitraries.integers().between(0, 90),
                Arbitraries.integers().between(0, 1000)).as(Step::new).list().ofMinSize(1).ofMaxSize(10);
    }

    @Property(tries = 12)
    void invariantsHoldAfterEveryStep(@ForAll("sequences") List<Step> steps) {
        ClubBooks b = new ClubBooks(2, vn.ishc.fund.support.Dates.today().minusYears(1));
        List<Long> entries = new ArrayList<>();
        for (Step s : steps) {
            String date = vn.ishc.fund.support.Dates.today().minusDays(s.daysAgo()).toString();
            long member = b.member(s.pick() % 2);
            Response r = switch (s.kind()) {
                case CONTRIBUTION -> b.op("contribution", Map.of("memberId", member, "amount", s.amount(), "date", date));
                case FEE -> b.op("fee", Map.of("memberId", member, "amount", s.amount(), "date", date));
                case EXPENSE -> b.op("expense", Map.of("fund", s.pick() % 2 == 0 ? "IGF" : "AF", "kind", "ACTIVITY",
                        "activityArea", 1 + s.pick() % 8, "amount", s.amount(), "date", date, "description", "Chi hoạt động"));
                case TO_BANK -> b.op("transfer", Map.of("fund", "IGF", "direction", "CASH_TO_BANK", "amount", s.amount(), "date", date));
                case INTEREST -> b.op("interest-transfer", Map.of("amount", s.amount(), "date", date));
                case MEETING -> b.op("meeting", Map.of("date", date, "lines", List.of(
                        Map.of("memberId", b.member(0), "fee", 2000, "contribution", s.amount()),
                        Map.of("memberId", b.member(1), "fee", 2000))));
                case REVERSE -> entries.isEmpty() ? null : Money.post(b.asTreasurer(),
                        "/api/v1/entries/" + entries.get(s.pick() % entries.size()) + "/reverse", Map.of("reason", "property"));
            };
            if (r == null) {
                continue;
            }
            assertTrue(r.status() == 201 || r.status() == 409 || r.status() == 422, r.text());
            if (r.status() == 201) {
                r.at("/entries").forEach(e -> entries.add(e.get("id").asLong()));
            }
            b.checkInvariants();
            LocalDate past = vn.ishc.fund.support.Dates.today().minusDays(s.pick() % 100);
            LedgerInvariants.checkBalanceAt(b.igf, past);
            LedgerInvariants.checkBalanceAt(b.af, past);
        }
    }
}
