package vn.ishc.fund.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.fund.PostingRules;
import vn.ishc.fund.ledger.EntryDraft;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.LedgerPoster;
import vn.ishc.fund.report.BookFile;
import vn.ishc.fund.report.Books;
import vn.ishc.fund.report.OutputFormat;
import vn.ishc.fund.report.StatementTexts;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Statement benchmark (issue: printed statements, the books). Starts the service on a fresh embedded MariaDB,
 * fills two ledgers in-process, then renders through the service ({@link Books}, as the HTTP routes do, to its
 * temporary file) and prints, per book and format, the median time of R runs (after W warm-up renders), the CPU
 * time of the thread that renders (a figure that other work on the machine disturbs less) and the heap it needed:
 * <ol>
 *   <li>the 12-month cash book (S04a-DNN) of a ledger with N entries (fees in, expenses out), PDF and XLSX;</li>
 *   <li>the general ledger (S03b-DNN) of 111 in a ledger with B entries, PDF, XLSX and CSV: streamed from the
 *       cursor, its filled pages swapped to disk.</li>
 * </ol>
 * Heap: the live heap is measured after every garbage collection during a render (the heap's pools after the
 * collection; an upper bound of what the render kept, since a young collection leaves old garbage in place),
 * and its peak less the heap after a full collection before the render is the "live growth"; "peak used" is
 * the highest heap use sampled every 5 ms, garbage included. Run: {@code ./mvnw -Pbench test-compile exec:java
 * -Dbench.main=vn.ishc.fund.bench.StatementBenchmark [-Dbench.entries=5000 -Dbench.big=100000 -Dbench.runs=5 -Dbench.warmup=3]}
 */
public final class StatementBenchmark {

    /** Renders before measuring: the first ones compile the rendering code rather than run it. */
    static final int WARMUP = Integer.getInteger("bench.warmup", 3);

    public static void main(String[] args) {
        BenchServer.main(StatementBenchmark::run);
    }

    private static void run() throws Exception {
        int entries = Integer.getInteger("bench.entries", 5_000);
        int big = Integer.getInteger("bench.big", 100_000);
        int runs = Integer.getInteger("bench.runs", 5);
        try (EmbeddedServer server = BenchServer.start("bench-statements-db", 8)) {
            ApplicationContext ctx = server.getApplicationContext();
            BenchClient http = new BenchClient(server.getURI());
            String admin = http.login("admin", BenchServer.ADMIN_PASSWORD);
            LedgerBenchmark.Registry reg = new LedgerBenchmark.Registry(http, admin);
            System.out.printf("ishc-fund statement benchmark — %d cores, max heap %d MB, %s%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
            Books books = ctx.getBean(Books.class);
            Caller caller = new Caller(1, "admin", Role.ADMIN, null, Set.of());
            LocalDate today = ctx.getBean(BusinessDates.class).today();
            LocalDate from = today.minusMonths(12).plusDays(1);
            StatementTexts vi = StatementTexts.of("vi", Locale.forLanguageTag("vi"));

            LedgerBenchmark.BenchClub cash = reg.club(50, false);
            fill(ctx, cash, entries, from, true);
            for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.XLSX)) {
                measure("Cash book S04a-DNN, 12 months, " + entries + "-entry ledger, " + format, runs,
                        () -> books.cashBook(caller, cash.af(), null, from, today, format, vi));
            }

            if (big == 0) {
                return;
            }
            LedgerBenchmark.BenchClub busy = reg.club(50, false);
            fill(ctx, busy, big, from, false);
            for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.XLSX, OutputFormat.CSV)) {
                measure("General ledger S03b-DNN of 111, " + big + " entries, " + format, Math.max(1, runs / 2),
                        () -> books.generalLedger(caller, busy.af(), "111", from, today, format, vi));
            }
        }
    }

    /**
     * Fills a club's activity-fund ledger in-process with {@code size} entries spread over the year from
     * {@code from}: member fees into cash, and with {@code expenses} every fifth entry an expense paid from it.
     */
    static void fill(ApplicationContext ctx, LedgerBenchmark.BenchClub club, int size, LocalDate from, boolean expenses) {
        Club entity = ctx.getBean(ClubAccess.class).find(club.id()).orElseThrow();
        LedgerPoster poster = ctx.getBean(LedgerPoster.class);
        Tx tx = ctx.getBean(Tx.class);
        Caller system = new Caller(1, "admin", Role.ADMIN, null, Set.of());
        long start = System.nanoTime();
        int batch = 500;
        for (int done = 0; done < size; done += batch) {
            int first = done;
            tx.write(() -> {
                List<EntryDraft> drafts = new ArrayList<>();
                for (int i = first; i < Math.min(size, first + batch); i++) {
                    LocalDate date = from.plusDays((long) i * 364 / size);
                    if (expenses && i % 5 == 4) {
                        // four fees of 20,000 before each expense of 30,000: cash is never short
                        drafts.add(PostingRules.expense(Fund.AF, PostingRules.ExpenseKind.ADMINISTRATIVE, null,
                                BigDecimal.valueOf(30_000), date, "111", "Mua văn phòng phẩm"));
                    } else {
                        drafts.add(PostingRules.fee(club.members().get(i % club.members().size()),
                                BigDecimal.valueOf(20_000), date, "Thu hội phí"));
                    }
                }
                return poster.post(system, entity, drafts);
            });
        }
        System.out.printf("Filled a ledger with %d entries in-process in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
    }

    /** Renders once to warm up, then {@code runs} times; prints the median time, the file and the heap. */
    static void measure(String what, int runs, Supplier<BookFile> render) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            render.get().delete();
        }
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long liveGrowth = 0;
        long peakUsed = 0;
        long size = 0;
        long collections = 0;
        for (int i = 0; i < runs; i++) {
            HeapMeter heap = new HeapMeter();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            BookFile file = render.get();
            times[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            heap.stop();
            size = file.size();
            file.delete();
            liveGrowth = Math.max(liveGrowth, heap.liveGrowth());
            peakUsed = Math.max(peakUsed, heap.peakUsed());
            collections += heap.collections();
        }
        long[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        String live = collections == 0 ? "no collection ran" : "live growth at most " + (liveGrowth >> 20) + " MB over "
                + collections + " collections";
        System.out.printf("%s: median %.0f ms (%d runs, %.0f to %.0f ms), CPU of the rendering thread median %.0f ms; "
                        + "%.1f MB file; heap: %s, peak used %d MB (garbage included)%n", what, Stats.median(times), runs,
                Stats.ms(sorted[0]), Stats.ms(sorted[runs - 1]), Stats.median(cpu), size / 1e6, live, peakUsed >> 20);
    }

    /** The heap while a render runs: after each garbage collection, and sampled. */
    static final class HeapMeter {
        private final long baseline;
        private final AtomicLong maxAfterGc = new AtomicLong();
        private final AtomicLong maxUsed = new AtomicLong();
        private final AtomicLong count = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener;
        private final Thread sampler;
        private volatile boolean running = true;

        HeapMeter() {
            System.gc();
            System.gc();
            baseline = used();
            maxAfterGc.set(baseline);
            listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData());
                    long after = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                        if (pool.getType() == MemoryType.HEAP && u != null) {
                            after += u.getUsed();
                        }
                    }
                    maxAfterGc.accumulateAndGet(after, Math::max);
                    count.incrementAndGet();
                }
            };
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(listener, null, null);
                    emitters.add(e);
                }
            }
            sampler = new Thread(() -> {
                while (running) {
                    maxUsed.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws Exception {
            running = false;
            sampler.join();
            for (NotificationEmitter e : emitters) {
                e.removeNotificationListener(listener);
            }
        }

        long liveGrowth() {
            return Math.max(0, maxAfterGc.get() - baseline);
        }

        long collections() {
            return count.get();
        }

        long peakUsed() {
            return Math.max(0, maxUsed.get() - baseline);
        }

        private static long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
