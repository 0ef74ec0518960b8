package vn.ishc.fund.ledger;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.tx.RoundTrip;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.security.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Group commit for everyday operations (fees, contributions, meetings...). A request joins its club's
 * lane; the request thread that leads the lane posts every request waiting there in one transaction:
 * one round trip checks their clubs, looks up their idempotency keys, locks their ledgers and reads
 * what posting needs; one writes every entry; and the keys are claimed, with their answers, together
 * with the COMMIT. So while one group
 * commits, the next one gathers, and the database sees a few statements per group instead of a dozen
 * per request.
 *
 * <p>Each request is still checked on its own against the books as the requests before it left
 * them: one that breaks a rule is refused, gives its key back and leaves nothing, and the others
 * post. If the group's transaction fails for any other reason, every request of the group runs
 * again alone, so a failure stays with the request that caused it. Clubs are spread over lanes, so
 * groups of different clubs commit in parallel.
 */
@Singleton
public class GroupPoster {

    private static final Logger LOG = LoggerFactory.getLogger(GroupPoster.class);

    private final Tx tx;
    private final LedgerPoster poster;
    private final LedgerStore store;
    private final Idempotency idempotency;
    private final ClubAccess clubs;
    private final JdbcOperations jdbc;
    private final List<Lane> lanes = new ArrayList<>();
    private final int maxGroup;

    public GroupPoster(Tx tx, LedgerPoster poster, LedgerStore store, Idempotency idempotency, ClubAccess clubs,
                       JdbcOperations jdbc,
                       @Value("${ishc.ledger.posting-lanes:0}") int lanes,
                       @Value("${ishc.ledger.max-group:32}") int maxGroup) {
        this.tx = tx;
        this.poster = poster;
        this.store = store;
        this.idempotency = idempotency;
        this.clubs = clubs;
        this.jdbc = jdbc;
        // one lane per core by default: each lane's transaction keeps one database thread busy
        int count = lanes > 0 ? lanes : Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < count; i++) {
            this.lanes.add(new Lane());
        }
        this.maxGroup = Math.max(1, maxGroup);
    }

    /** One request to post: drafts already built from a valid request, for a club the group will check. */
    public record Request<T>(Caller caller, long clubId, String key, String operation, Object body,
                             List<EntryDraft> drafts, Map<Long, String> memberFields, Class<T> type,
                             Function<List<PostedEntry>, T> answer) {
    }

    /**
     * Posts the request once per idempotency key, grouped with whatever else is waiting in its lane.
     * The same key with the same request returns the stored answer; with another request, 409.
     */
    public <T> Idempotency.Once<T> post(Request<T> request) {
        Idempotency.requireKey(request.key());
        request.caller().requireRole(LedgerService.BOOKKEEPERS);
        if (request.drafts().isEmpty()) {
            throw new IllegalArgumentException("a request with nothing to post");
        }
        if (tx.inTransaction()) {
            // the caller's transaction decides: other requests must not commit, or roll back, with it
            return alone(request);
        }
        Job job = new Job(request, Idempotency.hash(request.operation(), request.body()));
        Lane lane = laneOf(request.clubId());
        lane.waiting.add(job);
        while (job.outcome == null) {
            if (lane.lock.tryLock()) {
                try {
                    // lead: post what waits, oldest first, until this request's own group is done
                    while (job.outcome == null) {
                        List<Job> group = drain(lane.waiting);
                        if (group.isEmpty()) {
                            throw new IllegalStateException("a posting request left its lane unsettled");
                        }
                        postGroup(group);
                    }
                } finally {
                    lane.lock.unlock();
                    lane.handOver();
                }
            } else {
                // until a leader settles this request, or hands the lane to it
                job.signal.acquireUninterruptibly();
            }
        }
        return finish(job);
    }

    /** The lane a club's requests queue in (package-visible so tests can hold it and gather a group). */
    Lane laneOf(long clubId) {
        return lanes.get(Math.floorMod(Long.hashCode(clubId), lanes.size()));
    }

    private List<Job> drain(Queue<Job> waiting) {
        List<Job> group = new ArrayList<>();
        for (Job j; group.size() < maxGroup && (j = waiting.poll()) != null; ) {
            group.add(j);
        }
        return group;
    }

    @SuppressWarnings("unchecked")
    private <T> Idempotency.Once<T> finish(Job job) {
        Request<T> r = (Request<T>) job.request;
        return switch (job.outcome) {
            case ANSWERED -> (Idempotency.Once<T>) job.value;
            case REFUSED -> throw job.error;
            case DUPLICATE -> {
                Idempotency.Once<T> stored = tx.read(() -> idempotency.replay(r.caller().userId(), r.key(), job.hash,
                        r.type()));
                yield stored != null ? stored : alone(r);
            }
            case ALONE -> alone(r);
        };
    }

    /** The request in a transaction of its own, exactly as an ungrouped operation runs. */
    private <T> Idempotency.Once<T> alone(Request<T> r) {
        return tx.write(() -> {
            Club club = clubs.open(r.caller(), r.clubId(), LedgerService.BOOKKEEPERS);
            return idempotency.once(r.caller(), r.key(), r.operation(), r.body(), r.type(),
                    () -> r.answer().apply(poster.post(r.caller(), club, r.drafts(), r.memberFields())));
        });
    }

    private void postGroup(List<Job> group) {
        try {
            List<Result> results = tx.write(() -> postTogether(group));
            for (int i = 0; i < group.size(); i++) {
                group.get(i).settle(results.get(i));
            }
        } catch (RuntimeException e) {
            LOG.info("A group of {} postings failed; each runs alone: {}", group.size(), e.toString());
        } finally {
            // a failure that is not one request's refusal (those are settled one by one): each finds its own
            // outcome alone. Every job leaves here settled, or its thread would wait for it forever.
            group.stream().filter(j -> j.outcome == null).forEach(j -> j.settle(new Result(Outcome.ALONE, null, null)));
        }
    }

    /**
     * One transaction for the whole group; returns each job's result, in order. The clubs, the keys
     * and the locks are asked for in one round trip, then judged as an ungrouped operation would:
     * the club first, then the key. The keys of the requests that post are claimed, with their
     * answers, by the statement that travels with the COMMIT.
     */
    private List<Result> postTogether(List<Job> group) {
        Result[] results = new Result[group.size()];
        List<Idempotency.Claim> claims = group.stream()
                .map(j -> new Idempotency.Claim(j.request.caller().userId(), j.request.key(), j.hash)).toList();
        RoundTrip trip = new RoundTrip();
        Supplier<List<ClubAccess.Opened>> opened = clubs.openAll(trip, group.stream().map(j -> j.request.caller()).toList(),
                group.stream().map(j -> j.request.clubId()).toList());
        Supplier<List<Idempotency.Stored>> stored = idempotency.findAll(trip, claims);
        Supplier<Map<Long, LedgerStore.Snapshot>> locked = lock(trip, group);
        trip.run(jdbc.getConnection());
        Map<Long, LedgerStore.Snapshot> books = new LinkedHashMap<>(locked.get());
        Map<Long, LedgerStore.Snapshot> before = new LinkedHashMap<>(books);
        List<ClubAccess.Opened> clubsOpened = opened.get();
        List<Idempotency.Stored> used = stored.get();
        Set<String> taken = new HashSet<>();
        List<LedgerPoster.Prepared> prepared = new ArrayList<>();
        List<Integer> posting = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Request<?> r = group.get(i).request;
            String key = claims.get(i).id();
            try {
                if (clubsOpened.get(i).refused() != null) {
                    throw clubsOpened.get(i).refused();
                }
                if (used.get(i) != null) {
                    results[i] = new Result(Outcome.ANSWERED, idempotency.replay(used.get(i), group.get(i).hash, r.type()), null);
                    continue;
                }
                if (taken.contains(key)) {
                    // the same key earlier in this group: answered once this group has committed, or run alone
                    results[i] = new Result(Outcome.DUPLICATE, null, null);
                    continue;
                }
                LedgerPoster.Prepared p = poster.prepare(r.caller(), clubsOpened.get(i).club(), books.get(r.clubId()),
                        r.drafts(), r.memberFields());
                books.put(r.clubId(), p.after());
                prepared.add(p);
                posting.add(i);
                taken.add(key);
            } catch (ApiException refused) {
                results[i] = new Result(Outcome.REFUSED, null, refused);
            }
        }
        List<LedgerRow> heads = new ArrayList<>();
        before.forEach((club, snapshot) -> heads.addAll(LedgerPoster.movedHeads(snapshot, books.get(club))));
        List<LedgerStore.NewEntry> rows = prepared.stream().flatMap(p -> p.rows().stream()).toList();
        List<Long> ids = rows.isEmpty() ? List.of() : store.write(rows, heads);
        List<Object> answers = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < prepared.size(); k++) {
            LedgerPoster.Prepared p = prepared.get(k);
            List<PostedEntry> entries = p.posted(ids.subList(next, next + p.entries().size()));
            next += p.entries().size();
            Object answer = group.get(posting.get(k)).request.answer().apply(entries);
            answers.add(answer);
            results[posting.get(k)] = new Result(Outcome.ANSWERED, new Idempotency.Once<>(answer, false), null);
        }
        idempotency.rememberAll(posting.stream().map(claims::get).toList(), answers);
        return List.of(results);
    }

    /** Locks the ledgers of every club in the group, with what their drafts name. */
    private Supplier<Map<Long, LedgerStore.Snapshot>> lock(RoundTrip trip, List<Job> jobs) {
        Map<Long, Set<Fund>> funds = new LinkedHashMap<>();
        Map<Long, LocalDate> floors = new LinkedHashMap<>();
        Map<Long, Set<LedgerStore.VoucherKey>> vouchers = new LinkedHashMap<>();
        Set<Long> members = new LinkedHashSet<>();
        Set<Long> donors = new LinkedHashSet<>();
        for (Job j : jobs) {
            List<EntryDraft> drafts = j.request.drafts();
            long club = j.request.clubId();
            funds.computeIfAbsent(club, c -> new TreeSet<>()).addAll(LedgerPoster.funds(drafts));
            LocalDate earliest = LedgerPoster.earliest(drafts);
            if (earliest != null) {
                floors.merge(club, earliest, (a, b) -> a.isBefore(b) ? a : b);
            }
            vouchers.computeIfAbsent(club, c -> new LinkedHashSet<>()).addAll(LedgerPoster.voucherSeries(drafts));
            members.addAll(LedgerPoster.ids(drafts, true));
            donors.addAll(LedgerPoster.ids(drafts, false));
        }
        return store.lockAll(trip, funds, floors, members, donors, vouchers);
    }

    private enum Outcome { ANSWERED, REFUSED, DUPLICATE, ALONE }

    private record Result(Outcome outcome, Object value, RuntimeException error) {
    }

    /** A request waiting in a lane; settled by the thread that posted its group, which then signals it. */
    private static final class Job {
        final Request<?> request;
        final String hash;
        // released when the job is settled, or when the lane is handed to it
        final Semaphore signal = new Semaphore(0);
        volatile Outcome outcome;
        Object value;
        RuntimeException error;

        Job(Request<?> request, String hash) {
            this.request = request;
            this.hash = hash;
        }

        void settle(Result r) {
            value = r.value();
            error = r.error();
            outcome = r.outcome(); // volatile, written last: a reader that sees it sees the rest
            signal.release();
        }
    }

    /**
     * Requests of some clubs, posted by one leader at a time. Threads whose request is settled return
     * at once; a leader that is done wakes the oldest waiting request to lead next.
     */
    static final class Lane {
        final ReentrantLock lock = new ReentrantLock();
        final Queue<Job> waiting = new ConcurrentLinkedQueue<>();

        /** Wakes the oldest waiting request to take the lane (after its lock is released). */
        void handOver() {
            Job next = waiting.peek();
            if (next != null) {
                next.signal.release();
            }
        }
    }
}
