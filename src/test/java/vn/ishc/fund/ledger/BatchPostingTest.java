package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.fund.PostingRules;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.ledger.LedgerInvariants;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.TestApp;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Several entries posted to one ledger at once: the poster reads the voucher series with the locks
 * and writes every entry, posting and the new chain head in one round trip; each posting must land
 * on its own entry and the numbering must run on across calls.
 */
class BatchPostingTest {

    private static final BigDecimal FEE = BigDecimal.valueOf(5000);

    @Test
    void entriesOfOneBatchAreNumberedAndLinkedInOrder() {
        long clubId = Fixtures.club(Fixtures.commune(Fixtures.province()));
        long m1 = Fixtures.member(clubId);
        long m2 = Fixtures.member(clubId);
        Club club = TestApp.bean(ClubAccess.class).find(clubId).orElseThrow();
        Caller system = new Caller(1, "admin", Role.ADMIN, null, Set.of());
        LedgerPoster poster = TestApp.bean(LedgerPoster.class);
        LocalDate today = Dates.today();
        List<PostedEntry> first = TestApp.inTx(() -> poster.post(system, club, List.of(
                PostingRules.fee(m1, FEE, today, "Hội phí 1"),
                PostingRules.fee(m2, FEE.add(BigDecimal.ONE), today, "Hội phí 2"),
                PostingRules.expense(Fund.AF, PostingRules.ExpenseKind.ADMINISTRATIVE, null, BigDecimal.valueOf(3000),
                        today, "111", "Văn phòng phẩm"))));
        List<PostedEntry> second = TestApp.inTx(() -> poster.post(system, club, List.of(
                PostingRules.fee(m1, FEE, today, "Hội phí 3"))));

        int year = today.getYear();
        assertEquals(List.of("PT-" + year + "-0001", "PT-" + year + "-0002", "PC-" + year + "-0001"),
                first.stream().map(PostedEntry::voucher).toList());
        assertEquals("PT-" + year + "-0003", second.get(0).voucher());
        assertEquals(List.of(1L, 2L, 3L, 4L), List.of(first.get(0).seq(), first.get(1).seq(), first.get(2).seq(),
                second.get(0).seq()));

        Db db = TestApp.db();
        long af = Money.ledgerId(clubId, "AF");
        for (PostedEntry e : List.of(first.get(0), first.get(1), first.get(2), second.get(0))) {
            Map<String, Object> row = db.row("journal_entry", e.id());
            assertEquals(e.seq(), ((Number) row.get("seq")).longValue());
            assertEquals(e.hash(), row.get("hash"));
            // every posting of the entry, and only those, carry its id
            assertEquals(2, db.count("SELECT COUNT(*) FROM posting WHERE entry_id = ?", e.id()));
            assertEquals(0, db.decimal("SELECT SUM(CASE side WHEN 'D' THEN amount ELSE -amount END) FROM posting "
                    + "WHERE entry_id = ?", e.id()).signum());
            assertEquals(0, e.content().total().compareTo(db.decimal("SELECT SUM(amount) FROM posting "
                    + "WHERE entry_id = ? AND side = 'D'", e.id())));
        }
        assertEquals(m2, db.count("SELECT MAX(member_id) FROM posting WHERE entry_id = ?", first.get(1).id()));
        Map<String, Object> ledger = db.row("ledger", af);
        assertEquals(4L, ((Number) ledger.get("last_seq")).longValue());
        assertEquals(second.get(0).hash(), ledger.get("last_hash"));
        LedgerInvariants.check(af);
    }
}
