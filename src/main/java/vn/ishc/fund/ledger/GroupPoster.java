package vn.ishc.fund.ledger;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.security.Caller;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Group commit for everyday operations (fees, contributions, meetings...). A request joins its club's
 * lane; whichever request thread holds the lane posts every request waiting there in one transaction:
 * one round trip claims their idempotency keys, one locks their ledgers and reads what posting needs,
 * one writes every entry, and their answers travel with the COMMIT. So while one group commits, the
 * next one gathers, and the database sees a few statements per group instead of a dozen per request.
 *
 * <p>Each request is still checked on its own against the books as the requests before it left
 * them: one that breaks a rule is refused, gives its key back and leaves nothing, and the others
 * post. If the group's transaction fails for any other reason, every request of the group runs
 * again alone, so a failure stays with the request that caused it. Clubs are spread over lanes, so
 * groups of different clubs commit in parallel.
 */
@Singleton
public class GroupPoster {

    private final Tx tx;
    private final LedgerPoster poster;
    private final LedgerStore store;
    private final Idempotency idempotency;
    private final List<Lane> lanes = new ArrayList<>();
    private final int maxGroup;

    public GroupPoster(Tx tx, LedgerPoster poster, LedgerStore store, Idempotency idempotency,
                       @Value("${ishc.ledger.posting-lanes:4}") int lanes,
                       @Value("${ishc.ledger.max-group:32}") int maxGroup) {
        this.tx = tx;
        this.poster = poster;
        this.store = store;
        this.idempotency = idempotency;
        for (int i = 0; i < Math.max(1, lanes); i++) {
            this.lanes.add(new Lane());
        }
        this.maxGroup = Math.max(1, maxGroup);
    }

    /** One request to post: drafts already built from a valid request for a club open for business. */
    public record Request<T>(Caller caller, Club club, String key, String operation, Object body,
                             List<EntryDraft> drafts, Map<Long, String> memberFields, Class<T> type,
                             Function<List<PostedEntry>, T> answer) {
    }

    /**
     * Posts the request once per idempotency key, grouped with whatever else is waiting in its lane.
     * The same key with the same request returns the stored answer; with another request, 409.
     */
    public <T> Idempotency.Once<T> post(Request<T> request) {
        Idempotency.requireKey(request.key());
        Job job = new Job(request, Idempotency.hash(request.operation(), request.body()));
        Lane lane = laneOf(request.club().id());
        lane.waiting.add(job);
        lane.lock.lock();
        try {
            // the lane's holder posts everything waiting: by the time a thread gets the lock, its job may be done
            while (job.outcome == null) {
                postGroup(drain(lane.waiting));
            }
        } finally {
            lane.lock.unlock();
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
            case POSTED -> new Idempotency.Once<>((T) job.value, false);
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
        return tx.write(() -> idempotency.once(r.caller(), r.key(), r.operation(), r.body(), r.type(),
                () -> r.answer().apply(poster.post(r.caller(), r.club(), r.drafts(), r.memberFields()))));
    }

    private void postGroup(List<Job> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            List<Result> results = tx.write(() -> postTogether(group));
            for (int i = 0; i < group.size(); i++) {
                group.get(i).settle(results.get(i));
            }
        } catch (RuntimeException e) {
            // not a refused request (those are settled one by one): let each find its own outcome
            group.forEach(j -> j.settle(new Result(Outcome.ALONE, null, null)));
        }
    }

    /** One transaction for the whole group; returns each job's result, in order. */
    private List<Result> postTogether(List<Job> group) {
        Result[] results = new Result[group.size()];
        boolean[] claimed = idempotency.claimAll(group.stream()
                .map(j -> new Idempotency.Claim(j.request.caller().userId(), j.request.key(), j.hash)).toList());
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            if (claimed[i]) {
                live.add(i);
            } else {
                results[i] = new Result(Outcome.DUPLICATE, null, null);
            }
        }
        Map<Long, LedgerStore.Snapshot> books = lock(live.stream().map(group::get).toList());
        Map<Long, LedgerStore.Snapshot> before = new LinkedHashMap<>(books);
        List<LedgerPoster.Prepared> prepared = new ArrayList<>();
        List<Integer> posting = new ArrayList<>();
        for (int i : live) {
            Request<?> r = group.get(i).request;
            try {
                LedgerPoster.Prepared p = poster.prepare(r.caller(), r.club(), books.get(r.club().id()), r.drafts(),
                        r.memberFields());
                books.put(r.club().id(), p.after());
                prepared.add(p);
                posting.add(i);
            } catch (ApiException refused) {
                idempotency.release(r.caller().userId(), r.key());
                results[i] = new Result(Outcome.REFUSED, null, refused);
            }
        }
        List<LedgerRow> heads = new ArrayList<>();
        before.forEach((club, snapshot) -> heads.addAll(LedgerPoster.movedHeads(snapshot, books.get(club))));
        List<LedgerStore.NewEntry> rows = prepared.stream().flatMap(p -> p.rows().stream()).toList();
        List<Long> ids = rows.isEmpty() ? List.of() : store.write(rows, heads);
        int next = 0;
        for (int k = 0; k < prepared.size(); k++) {
            LedgerPoster.Prepared p = prepared.get(k);
            List<PostedEntry> entries = p.posted(ids.subList(next, next + p.entries().size()));
            next += p.entries().size();
            Job job = group.get(posting.get(k));
            Object answer = job.request.answer().apply(entries);
            idempotency.remember(job.request.caller().userId(), job.request.key(), answer);
            results[posting.get(k)] = new Result(Outcome.POSTED, answer, null);
        }
        return List.of(results);
    }

    /** Locks the ledgers of every club in the group, with what their drafts name, in one round trip. */
    private Map<Long, LedgerStore.Snapshot> lock(List<Job> jobs) {
        if (jobs.isEmpty()) {
            return new LinkedHashMap<>();
        }
        Map<Long, Set<Fund>> funds = new LinkedHashMap<>();
        Map<Long, Set<LedgerStore.VoucherKey>> vouchers = new LinkedHashMap<>();
        Set<Long> members = new LinkedHashSet<>();
        Set<Long> donors = new LinkedHashSet<>();
        for (Job j : jobs) {
            List<EntryDraft> drafts = j.request.drafts();
            long club = j.request.club().id();
            funds.computeIfAbsent(club, c -> new TreeSet<>()).addAll(LedgerPoster.funds(drafts));
            vouchers.computeIfAbsent(club, c -> new LinkedHashSet<>()).addAll(LedgerPoster.voucherSeries(drafts));
            members.addAll(LedgerPoster.ids(drafts, true));
            donors.addAll(LedgerPoster.ids(drafts, false));
        }
        return new LinkedHashMap<>(store.lockAll(funds, members, donors, vouchers));
    }

    private enum Outcome { POSTED, REFUSED, DUPLICATE, ALONE }

    private record Result(Outcome outcome, Object value, RuntimeException error) {
    }

    /** A request waiting in a lane; settled by the thread that posted its group, under the lane's lock. */
    private static final class Job {
        final Request<?> request;
        final String hash;
        Outcome outcome;
        Object value;
        RuntimeException error;

        Job(Request<?> request, String hash) {
            this.request = request;
            this.hash = hash;
        }

        void settle(Result r) {
            value = r.value();
            error = r.error();
            outcome = r.outcome();
        }
    }

    static final class Lane {
        final ReentrantLock lock = new ReentrantLock();
        final Queue<Job> waiting = new ConcurrentLinkedQueue<>();
    }
}
