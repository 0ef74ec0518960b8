package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Invariants under concurrency: 8 threads post hundreds of entries to one ledger, and to several
 * clubs at once; no update is lost, numbering has no gaps, the chain verifies, balances match.
 */
class ConcurrencyTest {

    private static final String TODAY = vn.ishc.fund.support.Dates.today().toString();
    private static final int THREADS = 8;

    @Test
    void manyClientsOnOneLedgerAndOnMany() throws Exception {
        List<ClubBooks> clubs = List.of(new ClubBooks(3), new ClubBooks(3), new ClubBooks(3), new ClubBooks(3));
        ClubBooks hot = clubs.get(0);
        AtomicLong posted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    // half the traffic hits one ledger; the rest spreads over all clubs and both funds
                    ClubBooks c = i % 2 == 0 ? hot : clubs.get((thread + i) % clubs.size());
                    long member = c.member(i % 3);
                    Response r = i % 3 == 0
                            ? c.op("fee", Map.of("memberId", member, "amount", 1000, "date", TODAY))
                            : c.op("contribution", Map.of("memberId", member, "amount", 10000, "date", TODAY));
                    r.expect(201);
                    posted.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();
        assertEquals(THREADS * 40, posted.get());
        long entries = 0;
        BigDecimal cash = BigDecimal.ZERO;
        for (ClubBooks c : clubs) {
            c.checkInvariants();
            entries += c.entries();
            cash = cash.add(c.net(c.igf, "111")).add(c.net(c.af, "111"));
        }
        assertEquals(THREADS * 40, entries);
        // 8 threads × 40 requests: every third is a 1,000 fee, the others 10,000 contributions
        long fees = THREADS * 14L;
        assertEquals(0, BigDecimal.valueOf(fees * 1000 + (THREADS * 40L - fees) * 10000).compareTo(cash));
    }
}
