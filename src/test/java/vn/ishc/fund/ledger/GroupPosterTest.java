package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.fund.PostingRules;
import vn.ishc.fund.fund.PostingRules.ExpenseKind;
import vn.ishc.fund.ledger.LedgerDtos.Posted;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.ledger.LedgerInvariants;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.TestApp;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Group commit: requests gathered while their lane is held post in one transaction, each judged on
 * its own against the books as the requests before it left them. The test holds the lane itself so
 * the requests queue up in a known order, then lets them go as one group.
 */
class GroupPosterTest {

    private static final Caller ADMIN = new Caller(1, "admin", Role.ADMIN, null, Set.of());

    private final GroupPoster group = TestApp.bean(GroupPoster.class);
    private final LedgerService ledgers = TestApp.bean(LedgerService.class);
    private final LocalDate today = Dates.today();

    @Test
    void eachRequestOfAGroupIsJudgedOnItsOwnAgainstTheBooksBeforeIt() {
        ClubBooks a = new ClubBooks(3);
        ClubBooks b = clubInTheLaneOf(a.club);
        String k1 = Money.key();
        String k3 = Money.key();
        List<Outcome> out = postTogether(a.club,
                fee(a, k1, a.member(0), 5000),
                // a member of another club: refused like an unknown id
                fee(a, Money.key(), b.member(0), 5000),
                // only the 5,000 of the first fee is in the cash box yet
                expense(a, k3, 8000),
                fee(a, Money.key(), a.member(2), 6000),
                // the refused requests left nothing, the fees left 11,000: exactly enough
                expense(a, Money.key(), 11000),
                fee(b, Money.key(), b.member(0), 7000),
                fee(a, k1, a.member(0), 5000),
                fee(a, k1, a.member(0), 9999),
                // a treasurer of club a cannot post to club b: b does not exist as far as they can tell
                as(new Caller(2, "thu.quy", Role.TREASURER, null, Set.of(a.club)), fee(b, Money.key(), b.member(0), 100)));

        Posted first = out.get(0).posted();
        assertEquals("PT-" + today.getYear() + "-0001", first.entries().get(0).voucher());
        assertEquals("not-a-club-member", out.get(1).refused());
        assertEquals("insufficient-funds", out.get(2).refused());
        assertEquals("PT-" + today.getYear() + "-0002", out.get(3).posted().entries().get(0).voucher());
        assertEquals("PC-" + today.getYear() + "-0001", out.get(4).posted().entries().get(0).voucher());
        assertEquals(1L, out.get(5).posted().entries().get(0).seq());
        // the same key and request: the first answer again; the same key for another request: 409
        assertEquals(first.entries().get(0).id(), out.get(6).posted().entries().get(0).id());
        assertEquals(first.entries().get(0).hash(), out.get(6).posted().entries().get(0).hash());
        assertEquals("idempotency-key-reused", out.get(7).refused());
        assertEquals("not-found", assertInstanceOf(ApiException.class, out.get(8).error()).code());

        Db db = TestApp.db();
        assertEquals(3, db.count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ?", a.af));
        assertEquals(0, a.net(a.af, "111").signum());
        assertEquals(0, BigDecimal.valueOf(7000).compareTo(b.net(b.af, "111")));
        assertEquals(1, db.count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ?", b.af));
        LedgerInvariants.check(a.af);
        LedgerInvariants.check(b.af);
        // a refused request gives its key back, as a rolled-back transaction would
        assertEquals(0, db.count("SELECT COUNT(*) FROM idempotency_key WHERE user_id = 1 AND idem_key = ?", k3));
        assertEquals("PT-" + today.getYear() + "-0003",
                postTogether(a.club, fee(a, k3, a.member(1), 1000)).get(0).posted().entries().get(0).voucher());
    }

    @Test
    void whenTheGroupsTransactionFailsEachRequestRunsAlone() {
        ClubBooks a = new ClubBooks(2);
        // no rule of the poster limits a recorder's name, but the database's column does: the group's write fails
        GroupPoster.Request<Posted> broken = as(new Caller(1, "n".repeat(61), Role.ADMIN, null, Set.of()),
                fee(a, Money.key(), a.member(1), 1000));
        List<Outcome> out = postTogether(a.club,
                fee(a, Money.key(), a.member(0), 5000),
                broken,
                fee(a, Money.key(), a.member(1), 6000));

        assertNotNull(out.get(0).posted());
        assertInstanceOf(IllegalStateException.class, out.get(1).error(), () -> String.valueOf(out.get(1).error()));
        assertNotNull(out.get(2).posted());
        assertEquals(2, TestApp.db().count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ?", a.af));
        LedgerInvariants.check(a.af);
    }

    @Test
    void aKeyClaimedMeanwhileByAnotherTransactionFailsTheGroupAndPostsNothing() throws Exception {
        ClubBooks a = new ClubBooks(1);
        String key = Money.key();
        DataSource raw = DelegatingDataSource.unwrapDataSource(TestApp.bean(DataSource.class));
        try (Connection other = raw.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement ps = other.prepareStatement("INSERT INTO idempotency_key (user_id, idem_key, "
                    + "request_hash, status, response) VALUES (1, ?, ?, 200, '{}')")) {
                ps.setString(1, key);
                ps.setString(2, "f".repeat(64));
                ps.executeUpdate();
            }
            // the group does not see the uncommitted claim; its own claim, sent with its COMMIT, waits for it
            ExecutorService thread = Executors.newSingleThreadExecutor();
            Future<List<Outcome>> group = thread.submit(() -> postTogether(a.club, fee(a, key, a.member(0), 5000)));
            thread.shutdown();
            waitUntil(() -> claimsWaiting(raw) > 0);
            other.commit();
            // the group rolled back; alone, the request finds the key taken by another request
            assertEquals("idempotency-key-reused", group.get(30, TimeUnit.SECONDS).get(0).refused());
        }
        assertEquals(0, a.entries());
        LedgerInvariants.check(a.af);
    }

    @Test
    void insideACallersTransactionARequestPostsAloneAndRollsBackWithIt() throws Exception {
        ClubBooks a = new ClubBooks(1);
        GroupPoster.Lane lane = group.laneOf(a.club);
        class RolledBack extends RuntimeException {
        }
        // the test holds the lane: a request that queued there would wait until the timeout below
        lane.lock.lock();
        try {
            ExecutorService thread = Executors.newSingleThreadExecutor();
            Future<Boolean> posted = thread.submit(() -> {
                try {
                    TestApp.inTx(() -> {
                        assertEquals(1L, group.post(fee(a, Money.key(), a.member(0), 5000)).value().entries().get(0).seq());
                        throw new RolledBack();
                    });
                    return false;
                } catch (RolledBack expected) {
                    return true;
                }
            });
            thread.shutdown();
            assertTrue(posted.get(20, TimeUnit.SECONDS));
        } finally {
            lane.lock.unlock();
        }
        // the entry went with the caller's transaction
        assertEquals(0, a.entries());
        LedgerInvariants.check(a.af);
    }

    /** Statements claiming idempotency keys that are running now (waiting for another transaction's claim). */
    private static long claimsWaiting(DataSource raw) {
        try (Connection c = raw.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.processlist "
                     + "WHERE info LIKE 'INSERT INTO idempotency_key%'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new club whose requests queue in the same lane as this one's, so both can share a group. */
    private ClubBooks clubInTheLaneOf(long club) {
        for (int i = 0; i < 20; i++) {
            ClubBooks other = new ClubBooks(1);
            if (group.laneOf(other.club) == group.laneOf(club)) {
                return other;
            }
        }
        throw new IllegalStateException("no club shares a lane");
    }

    private GroupPoster.Request<Posted> fee(ClubBooks books, String key, long member, long amount) {
        return request(books, key, "MEMBER_FEE", Map.of("memberId", member, "amount", amount),
                List.of(PostingRules.fee(member, BigDecimal.valueOf(amount), today, "Hội phí")));
    }

    private GroupPoster.Request<Posted> expense(ClubBooks books, String key, long amount) {
        return request(books, key, "EXPENSE", Map.of("amount", amount), List.of(PostingRules.expense(Fund.AF,
                ExpenseKind.ADMINISTRATIVE, null, BigDecimal.valueOf(amount), today, "111", "Văn phòng phẩm")));
    }

    private GroupPoster.Request<Posted> request(ClubBooks books, String key, String operation, Map<String, Object> body,
                                                List<EntryDraft> drafts) {
        return new GroupPoster.Request<>(ADMIN, books.club, key, operation + ":" + books.club, body, drafts, Map.of(),
                Posted.class, posted -> ledgers.posted(operation, posted, Locale.ENGLISH));
    }

    private static GroupPoster.Request<Posted> as(Caller caller, GroupPoster.Request<Posted> r) {
        return new GroupPoster.Request<>(caller, r.clubId(), r.key(), r.operation(), r.body(), r.drafts(),
                r.memberFields(), r.type(), r.answer());
    }

    /** What one request got: its answer, or the exception it ended with. */
    private record Outcome(Posted posted, RuntimeException error) {
        /** The rule that refused the request. */
        String refused() {
            return assertInstanceOf(ApiException.class, error).fieldErrors().get(0).rule();
        }
    }

    /** Queues the requests in order while the test holds their lane, then lets them post as one group. */
    @SafeVarargs
    private List<Outcome> postTogether(long club, GroupPoster.Request<Posted>... requests) {
        GroupPoster.Lane lane = group.laneOf(club);
        Outcome[] outcomes = new Outcome[requests.length];
        List<Thread> threads = new ArrayList<>();
        lane.lock.lock();
        try {
            for (int i = 0; i < requests.length; i++) {
                assertSame(lane, group.laneOf(requests[i].clubId()));
                int n = i;
                Thread t = new Thread(() -> {
                    try {
                        outcomes[n] = new Outcome(group.post(requests[n]).value(), null);
                    } catch (RuntimeException e) {
                        outcomes[n] = new Outcome(null, e);
                    }
                });
                threads.add(t);
                t.start();
                waitUntil(() -> lane.waiting.size() == n + 1);
            }
        } finally {
            lane.lock.unlock();
            lane.handOver();
        }
        for (Thread t : threads) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertFalse(t.isAlive(), "a request never finished");
        }
        for (Outcome o : outcomes) {
            assertTrue(o != null && (o.posted() != null || o.error() != null));
        }
        return List.of(outcomes);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
