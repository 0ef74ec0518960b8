package vn.ishc.fund.security;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.TestApp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The login throttle against the real database, with a clock the test moves by hand: 3 failures
 * for a username from one address, 4 usernames from one address, 3 addresses for one username,
 * within 15 minutes. Each test uses usernames and addresses of its own.
 */
class LoginThrottleTest {

    /** A clock the test moves by hand; it starts at the real time, so the service's own sweep leaves its rows alone. */
    private static final class Hand extends Clock {
        private Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final LoginLimits LIMITS = new LoginLimits(3, Duration.ofMinutes(15), 4, 3);
    private final Hand clock = new Hand();
    private final LoginThrottle throttle = throttle(clock);
    private final Db db = TestApp.db();

    @SuppressWarnings("unchecked")
    private static LoginThrottle throttle(Clock clock) {
        return new LoginThrottle(TestApp.bean(TransactionOperations.class), TestApp.bean(JdbcOperations.class), clock, LIMITS);
    }

    private static String name() {
        return Fixtures.unique("throttled");
    }

    private static String address() {
        return Fixtures.unique("test-address-");
    }

    /** Attempts that all fail (the caller never reports success). */
    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.attempt(username, address);
        }
    }

    private ApiException locked(String username, String address) {
        Executable attempt = () -> throttle.attempt(username, address);
        ApiException e = assertThrows(ApiException.class, attempt, username + " from " + address);
        assertEquals(429, e.status().getCode());
        assertEquals("login-locked", e.code());
        return e;
    }

    private long failures(String username) {
        return db.count("SELECT COALESCE(SUM(failures), 0) FROM login_failure WHERE username = ?", username);
    }

    @Test
    void aUsernameLocksFromTheAddressItFailedFromUntilTheWindowHasPassedSinceTheLastFailure() {
        String lan = name();
        String home = address();
        fail(lan, home, 3);
        clock.advance(Duration.ofMinutes(10));
        ApiException e = locked(lan, home);
        assertEquals(5 * 60L, e.retryAfterSeconds());
        assertEquals(5L, e.args()[0], "minutes, rounded up");
        assertEquals(3, failures(lan), "a refused attempt is not counted and does not lengthen the lock");
        assertDoesNotThrow(() -> throttle.attempt(lan, address()), "the same username from elsewhere");
        assertDoesNotThrow(() -> throttle.attempt(name(), home), "another username from the same address");
        clock.advance(Duration.ofMinutes(5));
        assertDoesNotThrow(() -> throttle.attempt(lan, home));
    }

    @Test
    void failuresFarApartDoNotAddUp() {
        String lan = name();
        String home = address();
        fail(lan, home, 2);
        clock.advance(Duration.ofMinutes(16));
        fail(lan, home, 2);
        assertDoesNotThrow(() -> throttle.attempt(lan, home));
    }

    @Test
    void aSuccessClearsTheCountOfItsAddress() {
        String lan = name();
        String home = address();
        fail(lan, home, 2);
        throttle.attempt(lan, home);
        throttle.succeeded(lan, home);
        assertEquals(0, db.count("SELECT COUNT(*) FROM login_failure WHERE username = ?", lan));
        fail(lan, home, 3);
        locked(lan, home);
    }

    @Test
    void anAddressFailingOnManyUsernamesIsRefusedForEveryUsername() {
        String office = address();
        List<String> names = List.of(name(), name(), name());
        for (String n : names) {
            fail(n, office, 1);
            clock.advance(Duration.ofMinutes(1));
        }
        assertDoesNotThrow(() -> throttle.attempt(name(), office), "the fourth username is still tried");
        // now four usernames failed from it: any username, even one never tried, is refused from there
        ApiException e = locked(name(), office);
        locked(names.get(0), office);
        // until the oldest of the four is out of the window (it failed 3 minutes ago)
        assertEquals(12 * 60L, e.retryAfterSeconds());
        assertDoesNotThrow(() -> throttle.attempt(names.get(0), address()), "the usernames log in from elsewhere");
        clock.advance(Duration.ofMinutes(12));
        assertDoesNotThrow(() -> throttle.attempt(name(), office));
    }

    @Test
    void aUsernameFailingFromManyAddressesIsRefusedFromEveryAddress() {
        String lan = name();
        fail(lan, address(), 1);
        fail(lan, address(), 2);
        assertDoesNotThrow(() -> throttle.attempt(lan, address()), "a third address is still tried");
        locked(lan, address());
        assertDoesNotThrow(() -> throttle.attempt(name(), address()), "other usernames are not locked");
        clock.advance(Duration.ofMinutes(15));
        assertDoesNotThrow(() -> throttle.attempt(lan, address()));
    }

    @Test
    void simultaneousAttemptsGetNoMoreTriesThanTheLimit() throws Exception {
        String lan = name();
        String home = address();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                attempts.add(() -> {
                    try {
                        throttle.attempt(lan, home);
                        return true;
                    } catch (ApiException refused) {
                        return false;
                    }
                });
            }
            long admitted = 0;
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                admitted += f.get() ? 1 : 0;
            }
            assertEquals(3, admitted, "exactly the limit reached the password check");
            assertEquals(3, failures(lan));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSweepForgetsOnlyFailuresOlderThanTheWindow() {
        // rows from the past, so the sweep touches no other test's rows
        Hand past = new Hand();
        past.advance(Duration.ofHours(-2));
        LoginThrottle old = throttle(past);
        String stale = name();
        String recent = name();
        old.attempt(stale, address());
        past.advance(Duration.ofMinutes(50));
        old.attempt(recent, address());
        past.advance(Duration.ofMinutes(14));
        old.sweep();
        assertEquals(0, db.count("SELECT COUNT(*) FROM login_failure WHERE username = ?", stale));
        assertEquals(1, db.count("SELECT COUNT(*) FROM login_failure WHERE username = ?", recent));
    }
}
