package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.OwnService;
import vn.ishc.fund.support.Response;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing the service (as SIGTERM does) drains it: requests waiting in a posting lane when the close
 * begins are posted and answered, and only then does the embedded database stop, cleanly.
 * Its own service and database (target/drain-db).
 */
class GracefulShutdownTest {

    @Test
    void requestsInFlightFinishAndTheDatabaseStopsAfterThem() throws Exception {
        OwnService service = OwnService.start("drain-db", true, Map.of());
        OwnService.Club club = service.club(3);
        Api treasurer = service.anonymous().as(club.treasurer());
        GroupPoster.Lane lane = service.context().getBean(GroupPoster.class).laneOf(club.id());
        long pid = service.database().pid().orElseThrow();
        CompletableFuture<Long> dbExit = ProcessHandle.of(pid).orElseThrow().onExit().thenApply(p -> System.nanoTime());

        // the lane is busy: three fees wait in it, in flight, when the service is told to stop
        lane.lock.lock();
        ConcurrentLinkedQueue<Response> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> answeredAt = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (long member : club.members()) {
            Thread t = new Thread(() -> {
                answers.add(treasurer.header("Idempotency-Key", UUID.randomUUID().toString())
                        .post("/api/v1/clubs/" + club.id() + "/operations/fee",
                                Map.of("memberId", member, "amount", 5000, "date", Dates.today().toString())));
                answeredAt.add(System.nanoTime());
            });
            clients.add(t);
            t.start();
        }
        awaitTrue(() -> lane.waiting.size() == 3, "three requests wait in the lane");
        Thread closing = new Thread(service::close, "closing");
        closing.start();

        // while they wait the service takes no new requests, and the database keeps running
        awaitTrue(() -> refused(service.anonymous()), "new requests refused while draining");
        assertTrue(closing.isAlive(), "the close waits for the requests in flight");
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the database still runs");

        lane.lock.unlock();
        lane.handOver();
        for (Thread t : clients) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertEquals(3, answers.size());
        for (Response r : answers) {
            r.expect(201);
        }
        closing.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(closing.isAlive(), "the service closed");
        long stoppedAt = dbExit.get(30, TimeUnit.SECONDS);
        assertTrue(answeredAt.stream().allMatch(t -> t < stoppedAt), "the database stopped after the last answer");

        // the three fees are in the books that the clean stop left (the folder opens again without them lost)
        try (OwnService again = OwnService.start("drain-db", false, Map.of())) {
            assertEquals(3, again.db().count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ?", club.af()));
            assertTrue(again.admin().get("/api/v1/ledgers/" + club.af() + "/verify").expect(200).json()
                    .get("valid").asBoolean());
        }
    }

    private static boolean refused(Api api) {
        try {
            return api.get("/health").status() != 200;
        } catch (UncheckedIOException connectionRefused) {
            return true;
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(20);
        }
    }
}
