package vn.ishc.fund.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Slows password guessing by the rules of {@link LoginLimits}, with the failures kept in the
 * database ({@code login_failure}) so that every instance behind a load balancer sees them.
 * <p>
 * An attempt is counted as a failure when it starts, in a short transaction that holds the row of
 * its username and address, and forgotten when it succeeds. So simultaneous attempts of one username
 * from one address are counted one after the other and no more than the limit get to the password
 * check; a refused attempt costs no password hashing and does not count (it does not lengthen the lock).
 * The counts are written in transactions of their own: a caller's transaction that rolls back
 * (a wrong current password answered with an error) does not take them back.
 */
@Singleton
public class LoginThrottle {

    private static final int SWEEP_BATCH = 5_000;
    private static final int MAX_USERNAME = 60;
    private static final TransactionDefinition OWN = TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);
    private static final int ATTEMPTS = 3;

    private final TransactionOperations<Connection> transactions;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final LoginLimits limits;

    @Inject
    public LoginThrottle(TransactionOperations<Connection> transactions, JdbcOperations jdbc, Clock clock,
                         @Value("${ishc.security.login-max-failures:5}") int maxFailures,
                         @Value("${ishc.security.login-lock-minutes:15}") int lockMinutes,
                         @Value("${ishc.security.login-address-max-usernames:10}") int addressMaxUsernames,
                         @Value("${ishc.security.login-username-max-addresses:5}") int usernameMaxAddresses) {
        this(transactions, jdbc, clock, new LoginLimits(maxFailures, Duration.ofMinutes(lockMinutes), addressMaxUsernames,
                usernameMaxAddresses));
    }

    LoginThrottle(TransactionOperations<Connection> transactions, JdbcOperations jdbc, Clock clock, LoginLimits limits) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Refuses the attempt (429 with Retry-After) while its username or address is locked; otherwise
     * counts it as a failure until {@link #succeeded}.
     */
    public void attempt(String name, String address) {
        String username = key(name);
        Instant now = clock.instant();
        Instant lockedUntil = alone(() -> {
            LocalDateTime at = utc(now);
            LocalDateTime windowStart = utc(now.minus(limits.window()));
            // the row exists and is ours until COMMIT; failures older than the window start again from 0
            update("INSERT INTO login_failure (username, address, failures, last_failure_utc) VALUES (?, ?, 0, ?) "
                    + "ON DUPLICATE KEY UPDATE failures = IF(last_failure_utc <= ?, 0, failures)", username, address, at, windowStart);
            LoginLimits.Seen seen = seen(username, address, windowStart);
            Instant until = limits.lockedUntil(seen, now);
            if (until == null) {
                update("UPDATE login_failure SET failures = failures + 1, last_failure_utc = ? WHERE username = ? AND address = ?",
                        at, username, address);
            } else {
                // refused: leave no empty row behind (a locked address trying new names does not fill the table)
                update("DELETE FROM login_failure WHERE username = ? AND address = ? AND failures = 0", username, address);
            }
            return until;
        });
        if (lockedUntil != null) {
            long seconds = Math.max(1, Duration.between(now, lockedUntil).toSeconds());
            throw ApiException.tooMany("login-locked", seconds, (seconds + 59) / 60);
        }
    }

    /** The attempt was right: its username starts afresh from this address. */
    public void succeeded(String username, String address) {
        alone(() -> update("DELETE FROM login_failure WHERE username = ? AND address = ?", key(username), address));
    }

    // usernames have at most 60 characters, but lower-casing can lengthen a guess (İ becomes i and a dot)
    private static String key(String username) {
        return username.length() <= MAX_USERNAME ? username : username.substring(0, MAX_USERNAME);
    }

    /** Forgets failures older than the window, which no rule looks at any more (every instance may run it). */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    public void sweep() {
        LocalDateTime windowStart = utc(clock.instant().minus(limits.window()));
        int deleted;
        do {
            deleted = alone(() -> update("DELETE FROM login_failure WHERE last_failure_utc < ? LIMIT " + SWEEP_BATCH, windowStart));
        } while (deleted == SWEEP_BATCH);
    }

    /** Work in a transaction of its own, again if the database chose it as a deadlock victim (nothing of it remains then). */
    private <T> T alone(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(OWN, status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !deadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private LoginLimits.Seen seen(String username, String address, LocalDateTime windowStart) {
        // the n-th most recent failing username of this address, and address of this username, within the window
        String sql = "SELECT f.failures, f.last_failure_utc, "
                + "(SELECT a.last_failure_utc FROM login_failure a WHERE a.address = ? AND a.failures > 0 AND a.last_failure_utc > ? "
                + "ORDER BY a.last_failure_utc DESC LIMIT 1 OFFSET " + (limits.addressMaxUsernames() - 1) + "), "
                + "(SELECT u.last_failure_utc FROM login_failure u WHERE u.username = ? AND u.failures > 0 AND u.last_failure_utc > ? "
                + "ORDER BY u.last_failure_utc DESC LIMIT 1 OFFSET " + (limits.usernameMaxAddresses() - 1) + ") "
                + "FROM login_failure f WHERE f.username = ? AND f.address = ?";
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, address, windowStart, username, windowStart, username, address);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new LoginLimits.Seen(rs.getInt(1), instant(rs, 2), instant(rs, 3), instant(rs, 4));
            }
        });
    }

    private int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            return ps.executeUpdate();
        });
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    // times are stored as UTC wall time (DATETIME): no time zone of the JVM or the session comes in
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
