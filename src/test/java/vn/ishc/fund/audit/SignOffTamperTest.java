package vn.ishc.fund.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.ledger.ChainContent;
import vn.ishc.fund.ledger.Side;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariant 10: a change made behind the service's back before a signed head is reported by
 * {@code GET /ledgers/{id}/verify} as breaking that auditor's sign-off, by name and date, even when the
 * stored hashes were rewritten to match; a change after the signed head breaks the chain, not the sign-off.
 * Every test restores what it breaks (triggers and rows).
 */
class SignOffTamperTest {

    private static final String TODAY = vn.ishc.fund.support.Dates.today().toString();
    private static final String FROM = vn.ishc.fund.support.Dates.today().withDayOfYear(1).toString();
    private static final String POSTING_NO_UPDATE = "trg_posting_no_update BEFORE UPDATE ON posting FOR EACH ROW "
            + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'postings are immutable: post a reversal'";
    private static final String ENTRY_NO_UPDATE = "trg_entry_no_update BEFORE UPDATE ON journal_entry FOR EACH ROW "
            + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal entries are immutable: post a reversal'";

    private final Db db = TestApp.db();

    private static void contributions(ClubBooks b, int count) {
        for (int i = 1; i <= count; i++) {
            b.op("contribution", Map.of("memberId", b.member(0), "amount", 10000 * i, "date", TODAY)).expect(201);
        }
    }

    /** An auditor of the club with a full name, as the sign-off reports it. */
    private static String auditor(ClubBooks b, String fullName) {
        Fixtures.User user = Fixtures.createUser("AUDITOR", null, List.of(b.club));
        Fixtures.admin().patch("/api/v1/users/" + user.id(), Map.of("fullName", fullName)).expect(200);
        return user.token();
    }

    private static long signedReview(String auditor, ClubBooks b, long expectedSeq) {
        long review = TestApp.api().as(auditor).post("/api/v1/ledgers/" + b.igf + "/reviews",
                Map.of("from", FROM, "to", TODAY)).expect(201).id();
        JsonNode signed = TestApp.api().as(auditor).post("/api/v1/reviews/" + review + "/sign-off", null).expect(200).json();
        assertEquals(expectedSeq, signed.get("signedSeq").asLong());
        return review;
    }

    private static JsonNode verify(ClubBooks b) {
        return TestApp.api().as(b.chair).get("/api/v1/ledgers/" + b.igf + "/verify").expect(200).json();
    }

    private long entry(ClubBooks b, int seq) {
        return db.count("SELECT id FROM journal_entry WHERE ledger_id = ? AND seq = ?", b.igf, seq);
    }

    private void changeAmount(long entryId, int delta) {
        withoutTrigger(POSTING_NO_UPDATE, () -> db.update("UPDATE posting SET amount = amount + ? WHERE entry_id = ? "
                + "AND side = 'C'", delta, entryId));
    }

    @Test
    void aChangeBeforeTheSignedHeadBreaksThatSignOffByNameAndDate() {
        ClubBooks b = new ClubBooks(1);
        contributions(b, 5);
        long review = signedReview(auditor(b, "Nguyễn Văn Kiểm"), b, 5);
        JsonNode intact = verify(b);
        assertTrue(intact.get("valid").asBoolean(), intact.toString());
        assertEquals(1, intact.get("signOffsChecked").asInt());

        long third = entry(b, 3);
        changeAmount(third, 1000);
        try {
            JsonNode report = verify(b);
            assertFalse(report.get("valid").asBoolean());
            assertEquals(3, report.get("firstBrokenSeq").asLong());
            assertEquals(third, report.get("firstBrokenEntryId").asLong());
            assertEquals("content does not match its hash; this breaks the sign-off of Nguyễn Văn Kiểm on " + TODAY
                    + " (entry 5)", report.get("problem").asText());
            JsonNode broken = report.get("brokenSignOffs");
            assertEquals(1, broken.size());
            assertEquals(review, broken.get(0).get("reviewId").asLong());
            assertEquals(5, broken.get(0).get("seq").asLong());
            assertEquals("Nguyễn Văn Kiểm", broken.get(0).get("signedBy").asText());
            assertEquals(TODAY, broken.get(0).get("signedOn").asText());
        } finally {
            changeAmount(third, -1000);
        }
        JsonNode restored = verify(b);
        assertTrue(restored.get("valid").asBoolean(), restored.toString());
        assertEquals(0, restored.get("brokenSignOffs").size());
    }

    @Test
    void aChangeAfterTheSignedHeadBreaksTheChainButNotTheSignOff() {
        ClubBooks b = new ClubBooks(1);
        contributions(b, 3);
        String auditor = auditor(b, "Phạm Thị Thu");
        signedReview(auditor, b, 3);
        contributions(b, 2);
        long fourth = entry(b, 4);
        changeAmount(fourth, 500);
        try {
            JsonNode report = verify(b);
            assertFalse(report.get("valid").asBoolean());
            assertEquals(4, report.get("firstBrokenSeq").asLong());
            assertEquals("content does not match its hash", report.get("problem").asText());
            assertEquals(1, report.get("signOffsChecked").asInt());
            assertEquals(0, report.get("brokenSignOffs").size());

            // nobody signs a broken chain
            long second = TestApp.api().as(auditor).post("/api/v1/ledgers/" + b.igf + "/reviews",
                    Map.of("from", FROM, "to", TODAY)).expect(201).id();
            TestApp.api().as(auditor).post("/api/v1/reviews/" + second + "/sign-off", null)
                    .expectProblem(409, null, "chain-broken");
            assertEquals("OPEN", db.string("SELECT status FROM audit_review WHERE id = ?", second));
            assertEquals(null, db.string("SELECT signed_hash FROM audit_review WHERE id = ?", second));
        } finally {
            changeAmount(fourth, -500);
        }
        assertTrue(verify(b).get("valid").asBoolean());
    }

    @Test
    void aRewrittenAndRehashedChainStillBreaksTheSignOffItContradicts() {
        ClubBooks b = new ClubBooks(1);
        contributions(b, 3);
        long early = signedReview(auditor(b, "Trần Thị Hạnh"), b, 3);
        contributions(b, 2);
        long late = signedReview(auditor(b, "Lê Văn Sơn"), b, 5);
        long fourth = entry(b, 4);
        String description = db.string("SELECT description FROM journal_entry WHERE id = ?", fourth);
        rewrite(b, fourth, "Góp vốn (sửa lén)");
        try {
            JsonNode report = verify(b);
            assertFalse(report.get("valid").asBoolean(), report.toString());
            assertTrue(report.get("firstBrokenSeq").isNull(), "every stored hash matches its entry");
            assertEquals("the chain no longer leads to a signed head: entries up to it were changed and rehashed; "
                    + "this breaks the sign-off of Lê Văn Sơn on " + TODAY + " (entry 5)", report.get("problem").asText());
            assertEquals(2, report.get("signOffsChecked").asInt());
            JsonNode broken = report.get("brokenSignOffs");
            assertEquals(1, broken.size(), "the head signed at entry 3 still holds");
            assertEquals(late, broken.get(0).get("reviewId").asLong());
        } finally {
            rewrite(b, fourth, description);
        }
        JsonNode restored = verify(b);
        assertTrue(restored.get("valid").asBoolean(), restored.toString());
        assertTrue(early < late);
    }

    @Test
    void whatWasSignedIsNeverChangedNorDeleted() {
        ClubBooks b = new ClubBooks(1);
        contributions(b, 1);
        long review = signedReview(auditor(b, "Vũ Minh Châu"), b, 1);
        String hash = db.string("SELECT signed_hash FROM audit_review WHERE id = ?", review);
        assertThrows(IllegalStateException.class,
                () -> db.update("UPDATE audit_review SET signed_hash = ? WHERE id = ?", "0".repeat(64), review));
        assertThrows(IllegalStateException.class, () -> db.update("UPDATE audit_review SET status = 'OPEN', "
                + "signed_at = NULL, signed_seq = NULL, signed_hash = NULL WHERE id = ?", review));
        assertThrows(IllegalStateException.class, () -> db.update("DELETE FROM audit_review WHERE id = ?", review));
        assertEquals(hash, db.string("SELECT signed_hash FROM audit_review WHERE id = ?", review));
    }

    /**
     * Rewrites an entry's description behind the service's back and rehashes it and every later entry, and
     * the ledger's head, so the stored chain is consistent again: only a signed head can tell.
     */
    private void rewrite(ClubBooks b, long entryId, String description) {
        withoutTrigger(ENTRY_NO_UPDATE, () -> {
            db.update("UPDATE journal_entry SET description = ? WHERE id = ?", description, entryId);
            long seq = db.count("SELECT seq FROM journal_entry WHERE id = ?", entryId);
            String previous = db.string("SELECT prev_hash FROM journal_entry WHERE id = ?", entryId);
            for (Map<String, Object> e : db.rows("SELECT id FROM journal_entry WHERE ledger_id = ? AND seq >= ? "
                    + "ORDER BY seq", b.igf, seq)) {
                long id = ((Number) e.get("id")).longValue();
                String hash = content(id).hash(previous);
                db.update("UPDATE journal_entry SET prev_hash = ?, hash = ? WHERE id = ?", previous, hash, id);
                previous = hash;
            }
            return db.update("UPDATE ledger SET last_hash = ? WHERE id = ?", previous, b.igf);
        });
    }

    /** An entry's hashed content, read from its rows. */
    private ChainContent content(long entryId) {
        Map<String, Object> e = db.rows("SELECT ledger_id, seq, CAST(value_date AS CHAR) AS value_date, operation, "
                + "voucher_type, voucher_year, voucher_no, description, total, reverses_id, reversal_reason, batch_id, "
                + "recorded_by, recorded_by_name, CAST(recorded_at AS CHAR) AS recorded_at FROM journal_entry WHERE id = ?",
                entryId).get(0);
        List<ChainContent.Line> lines = new ArrayList<>();
        for (Map<String, Object> p : db.rows("SELECT p.line_no, a.code, p.side, p.amount, p.member_id, p.loan_id, "
                + "p.donor_id, p.activity_area FROM posting p JOIN account a ON a.id = p.account_id WHERE p.entry_id = ? "
                + "ORDER BY p.line_no", entryId)) {
            lines.add(new ChainContent.Line(number(p.get("line_no")).intValue(), (String) p.get("code"),
                    Side.valueOf((String) p.get("side")), (BigDecimal) p.get("amount"), longOrNull(p.get("member_id")),
                    longOrNull(p.get("loan_id")), longOrNull(p.get("donor_id")),
                    p.get("activity_area") == null ? null : number(p.get("activity_area")).intValue()));
        }
        return new ChainContent(number(e.get("ledger_id")).longValue(), number(e.get("seq")).longValue(),
                LocalDate.parse((String) e.get("value_date")), (String) e.get("operation"), (String) e.get("voucher_type"),
                number(e.get("voucher_year")).intValue(), number(e.get("voucher_no")).intValue(),
                (String) e.get("description"), (BigDecimal) e.get("total"), longOrNull(e.get("reverses_id")),
                (String) e.get("reversal_reason"), (String) e.get("batch_id"), number(e.get("recorded_by")).longValue(),
                (String) e.get("recorded_by_name"),
                LocalDateTime.parse(((String) e.get("recorded_at")).replace(' ', 'T')).toInstant(ZoneOffset.UTC), lines);
    }

    private static Number number(Object v) {
        return (Number) v;
    }

    private static Long longOrNull(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }

    /** Runs a change with one immutability trigger dropped, and creates it again whatever happens. */
    private void withoutTrigger(String definition, java.util.function.Supplier<Integer> change) {
        db.update("DROP TRIGGER " + definition.substring(0, definition.indexOf(' ')));
        try {
            change.get();
        } finally {
            db.update("CREATE TRIGGER " + definition);
        }
    }
}
