package vn.ishc.fund.ledger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariant 5: whatever the client retries, nothing is posted twice. */
class IdempotencyTest {

    private static ClubBooks books;
    private static final String TODAY = vn.ishc.fund.support.Dates.today().toString();

    @BeforeAll
    static void club() {
        books = new ClubBooks(1);
    }

    private static Response fee(String key, long amount) {
        return books.asTreasurer().header("Idempotency-Key", key).post("/api/v1/clubs/" + books.club + "/operations/fee",
                Map.of("memberId", books.member(0), "amount", amount, "date", TODAY));
    }

    @Test
    void theSameKeyAndBodyReturnTheOriginalResult() {
        String key = Money.key();
        Response first = fee(key, 5000).expect(201);
        long entries = books.entries();
        Response again = fee(key, 5000).expect(201);
        assertEquals(entries, books.entries());
        assertEquals(first.at("/entries/0/id").asLong(), again.at("/entries/0/id").asLong());
        assertEquals(first.at("/entries/0/hash").asText(), again.at("/entries/0/hash").asText());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());
    }

    @Test
    void theSameKeyWithADifferentBodyIsAConflict() {
        String key = Money.key();
        fee(key, 5000).expect(201);
        long entries = books.entries();
        fee(key, 6000).expectProblem(409, "Idempotency-Key", "idempotency-key-reused");
        assertEquals(entries, books.entries());
    }

    @Test
    void keysBelongToTheirUser() {
        String key = Money.key();
        fee(key, 5000).expect(201);
        long entries = books.entries();
        // the chair using the same key is a different request: it posts
        books.asChair().header("Idempotency-Key", key).post("/api/v1/clubs/" + books.club + "/operations/fee",
                Map.of("memberId", books.member(0), "amount", 5000, "date", TODAY)).expect(201);
        assertEquals(entries + 1, books.entries());
    }

    @Test
    void aFailedRequestLeavesTheKeyFree() {
        String key = Money.key();
        fee(key, 0).expect(400);
        fee(key, 5000).expect(201);
    }

    @Test
    void concurrentDuplicatesPostOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String key = Money.key();
                long entries = books.entries();
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(pool.submit(() -> fee(key, 3000)));
                }
                long ids = answers.stream().map(f -> {
                    try {
                        return f.get().expect(201).at("/entries/0/id").asLong();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).distinct().count();
                assertEquals(1, ids, "all duplicates answer with the same entry");
                assertEquals(entries + 1, books.entries());
            }
        } finally {
            pool.shutdownNow();
        }
        books.checkInvariants();
        assertEquals(0, TestApp.db().count("SELECT COUNT(*) FROM idempotency_key WHERE response IS NULL"));
    }
}
