package vn.ishc.fund.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ishc.fund.common.error.DatabaseErrors;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Whether the database answers, known without waiting for it: a probe checks every second on a
 * connection of its own (outside the pool, with short timeouts), and at once when the embedded
 * server's watchdog or a failed request says something changed. Requests and {@code /health} read the
 * last result, so while the database is away they answer at once instead of waiting for the pool.
 */
@Context
public class DatabaseAvailability {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);
    private static final int PROBE_TIMEOUT_SECONDS = 1;

    private final String url;
    private final String username;
    private final String password;
    private final EmbeddedMariaDb embedded;
    private final long intervalMillis;
    private final LinkedBlockingQueue<Boolean> wakeUps = new LinkedBlockingQueue<>();
    private final Runnable wake = () -> wakeUps.offer(Boolean.TRUE);
    private final Thread probe;
    private volatile boolean closed;
    private volatile boolean up = true;
    private volatile Instant downSince;
    private volatile String version;
    private Connection connection;

    public DatabaseAvailability(@Named("default") DatasourceConfiguration datasource, DatabaseConfigurer configurer,
                                @Value("${ishc.db.probe-interval-ms:1000}") long intervalMillis) {
        this.url = datasource.getUrl();
        this.username = datasource.getUsername();
        this.password = datasource.getPassword();
        this.embedded = configurer.embedded().orElse(null);
        this.intervalMillis = Math.max(100, intervalMillis);
        if (embedded != null) {
            embedded.addListener(wake);
        }
        this.probe = new Thread(this::probeLoop, "database-probe");
        probe.setDaemon(true);
        probe.start();
    }

    /** The last probe found the database answering. */
    public boolean isUp() {
        return up;
    }

    /** Since when the database has been away (empty while it is up). */
    public Optional<Instant> downSince() {
        return up ? Optional.empty() : Optional.ofNullable(downSince);
    }

    /** The server's version, as last read by the probe. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    public Optional<EmbeddedMariaDb> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** A request failed to reach the database: probe now rather than at the next tick. */
    public void suspect() {
        wake.run();
    }

    @EventListener
    void onUnreachable(DatabaseErrors.Unreachable event) {
        suspect();
    }

    private void probeLoop() {
        while (!closed) {
            boolean answering = probeOnce();
            if (answering != up) {
                downSince = answering ? null : Instant.now();
                up = answering;
                if (answering) {
                    LOG.warn("The database answers again");
                } else {
                    LOG.warn("The database does not answer: requests get 503 until it is back");
                }
            }
            try {
                wakeUps.poll(intervalMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean probeOnce() {
        if (embedded != null && !embedded.isRunning()) {
            closeConnection();
            return false;
        }
        try {
            if (connection == null || !connection.isValid(PROBE_TIMEOUT_SECONDS)) {
                closeConnection();
                connection = connect();
            }
            return true;
        } catch (SQLException e) {
            closeConnection();
            return false;
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", String.valueOf(PROBE_TIMEOUT_SECONDS * 1000));
        props.setProperty("socketTimeout", String.valueOf(PROBE_TIMEOUT_SECONDS * 2000));
        Connection c = DriverManager.getConnection(url, props);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            if (rs.next()) {
                version = rs.getString(1);
            }
        }
        return c;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it was broken anyway
            }
            connection = null;
        }
    }

    @PreDestroy
    void close() {
        closed = true;
        if (embedded != null) {
            embedded.removeListener(wake);
        }
        probe.interrupt();
        try {
            probe.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
