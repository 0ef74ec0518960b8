package vn.ishc.fund.support;

import vn.ishc.fund.ledger.LedgerInvariants;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A club with its two ledgers, a few members and a token per role, for ledger and loan tests.
 * Built through the API; every method reads the database directly so tests can check what was written.
 */
public final class ClubBooks {

    public final LocalDate founded;
    public final long province;
    public final long commune;
    public final long club;
    public final long igf;
    public final long af;
    public final List<Long> members;
    public final String treasurer;
    public final String chair;

    public ClubBooks(int memberCount) {
        this(memberCount, LocalDate.of(2020, 1, 15));
    }

    public ClubBooks(int memberCount, LocalDate founded) {
        this.founded = founded;
        province = Fixtures.province();
        commune = Fixtures.commune(province);
        club = Fixtures.club(commune, founded);
        igf = Money.ledgerId(club, "IGF");
        af = Money.ledgerId(club, "AF");
        members = new java.util.ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            members.add(Fixtures.member(club, "Trần Thị " + Fixtures.unique("Mai"), i % 3 == 0 ? "MALE" : "FEMALE",
                    1950 + i % 40, "POOR", founded));
        }
        treasurer = Fixtures.treasurer(club);
        chair = Fixtures.chair(club);
    }

    public long member(int i) {
        return members.get(i);
    }

    public Api asTreasurer() {
        return TestApp.api().as(treasurer);
    }

    public Api asChair() {
        return TestApp.api().as(chair);
    }

    /** POSTs a business operation as the treasurer with a fresh idempotency key. */
    public Response op(String operation, Map<String, ?> body) {
        return Money.post(asTreasurer(), "/api/v1/clubs/" + club + "/operations/" + operation, body);
    }

    public long entries() {
        return TestApp.db().count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id IN (?, ?)", igf, af);
    }

    public long postings() {
        return TestApp.db().count("SELECT COUNT(*) FROM posting WHERE ledger_id IN (?, ?)", igf, af);
    }

    /** Debit-minus-credit of an account (and its sub-accounts) in a ledger, from the postings. */
    public BigDecimal net(long ledger, String code) {
        return TestApp.db().decimal("SELECT COALESCE(SUM(CASE WHEN p.side = 'D' THEN p.amount ELSE -p.amount END), 0) "
                + "FROM posting p JOIN account a ON a.id = p.account_id WHERE p.ledger_id = ? AND a.code LIKE ?",
                ledger, code + "%");
    }

    /** A member's credit-minus-debit on an account in a ledger (their capital, fees paid …). */
    public BigDecimal memberCredit(long ledger, String code, long member) {
        return TestApp.db().decimal("SELECT COALESCE(SUM(CASE WHEN p.side = 'C' THEN p.amount ELSE -p.amount END), 0) "
                + "FROM posting p JOIN account a ON a.id = p.account_id WHERE p.ledger_id = ? AND a.code LIKE ? "
                + "AND p.member_id = ?", ledger, code + "%", member);
    }

    public void checkInvariants() {
        LedgerInvariants.check(igf);
        LedgerInvariants.check(af);
    }

    public static long amount(JsonNode n) {
        return n.decimalValue().longValueExact();
    }
}
