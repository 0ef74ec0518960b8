package vn.ishc.fund.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants 2 and 3: the database refuses changes, and a change made behind its back is found. */
class TamperTest {

    private static final String TODAY = vn.ishc.fund.support.Dates.today().toString();

    private static ClubBooks booksWithFiveEntries() {
        ClubBooks b = new ClubBooks(1);
        for (int i = 1; i <= 5; i++) {
            b.op("contribution", Map.of("memberId", b.member(0), "amount", 10000 * i, "date", TODAY)).expect(201);
        }
        return b;
    }

    private static JsonNode verify(ClubBooks b) {
        return TestApp.api().as(Fixtures.user("AUDITOR", null, List.of(b.club)))
                .get("/api/v1/ledgers/" + b.igf + "/verify").expect(200).json();
    }

    private static long entry(ClubBooks b, int seq) {
        return TestApp.db().count("SELECT id FROM journal_entry WHERE ledger_id = ? AND seq = ?", b.igf, seq);
    }

    @Test
    void triggersRefuseUpdateAndDelete() {
        ClubBooks b = booksWithFiveEntries();
        long id = entry(b, 2);
        assertThrows(IllegalStateException.class, () -> TestApp.db().update("UPDATE posting SET amount = 1 WHERE entry_id = ?", id));
        assertThrows(IllegalStateException.class, () -> TestApp.db().update("DELETE FROM posting WHERE entry_id = ?", id));
        assertThrows(IllegalStateException.class, () -> TestApp.db().update("UPDATE journal_entry SET description = 'x' WHERE id = ?", id));
        assertThrows(IllegalStateException.class, () -> TestApp.db().update("DELETE FROM journal_entry WHERE id = ?", id));
        assertTrue(verify(b).get("valid").asBoolean());
    }

    @Test
    void aKeptBalanceChangedBehindTheServicesBackIsNamed() {
        ClubBooks b = booksWithFiveEntries();
        assertTrue(verify(b).get("valid").asBoolean());
        String cash = "(SELECT id FROM account WHERE ledger_id = ? AND code = '111')";
        TestApp.db().update("UPDATE account_day SET debit = debit + 1 WHERE account_id = " + cash, b.igf);
        JsonNode report = verify(b);
        assertFalse(report.get("valid").asBoolean());
        assertEquals("the kept balance of account 111 for " + TODAY + " does not equal its postings",
                report.get("problem").asText());
        // the chain itself is intact: no entry is named
        assertTrue(report.get("firstBrokenEntryId").isNull());

        TestApp.db().update("UPDATE account_day SET debit = debit - 1 WHERE account_id = " + cash, b.igf);
        assertTrue(verify(b).get("valid").asBoolean());
        TestApp.db().update("UPDATE account SET credit_total = credit_total + 1 WHERE id = " + cash, b.igf);
        assertEquals("the kept balance of account 111 does not equal its postings", verify(b).get("problem").asText());
        TestApp.db().update("UPDATE account SET credit_total = credit_total - 1 WHERE id = " + cash, b.igf);
        TestApp.db().update("DELETE FROM account_month WHERE account_id = " + cash, b.igf);
        assertEquals("the kept balance of account 111 for " + TODAY.substring(0, 8) + "01 does not equal its postings",
                verify(b).get("problem").asText());
    }

    @Test
    void aPostingChangedBehindTheServicesBackIsNamed() {
        ClubBooks b = booksWithFiveEntries();
        assertTrue(verify(b).get("valid").asBoolean());
        long target = entry(b, 3);
        withoutTrigger("trg_posting_no_update", "BEFORE UPDATE ON posting", "postings are immutable: post a reversal",
                () -> TestApp.db().update("UPDATE posting SET amount = amount + 1000 WHERE entry_id = ? AND side = 'C'", target));
        JsonNode report = verify(b);
        assertFalse(report.get("valid").asBoolean());
        assertEquals(3, report.get("firstBrokenSeq").asLong());
        assertEquals(target, report.get("firstBrokenEntryId").asLong());
        assertEquals("content does not match its hash", report.get("problem").asText());
    }

    @Test
    void aDeletedEntryIsNamed() {
        ClubBooks b = booksWithFiveEntries();
        long target = entry(b, 2);
        withoutTrigger("trg_posting_no_delete", "BEFORE DELETE ON posting", "postings are immutable: post a reversal",
                () -> withoutTrigger("trg_entry_no_delete", "BEFORE DELETE ON journal_entry",
                        "journal entries are immutable: post a reversal", () -> {
                            TestApp.db().update("DELETE FROM posting WHERE entry_id = ?", target);
                            return TestApp.db().update("DELETE FROM journal_entry WHERE id = ?", target);
                        }));
        JsonNode report = verify(b);
        assertFalse(report.get("valid").asBoolean());
        assertEquals(2, report.get("firstBrokenSeq").asLong());
        assertEquals("entry 2 is missing", report.get("problem").asText());
    }

    private static int withoutTrigger(String name, String event, String message, java.util.function.Supplier<Integer> change) {
        return vn.ishc.fund.support.Tampering.withoutTrigger(name, event, message, change);
    }
}
