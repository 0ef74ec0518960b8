package vn.ishc.fund.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing. After {@code ishc.security.login-max-failures} failed logins for one
 * username within {@code ishc.security.login-lock-minutes}, that username is refused (429 with
 * Retry-After) until that many minutes after the last failure, before any password is checked, so
 * guessing costs no hashing either. Unknown usernames count alike, so the lock tells nothing about
 * which accounts exist. A successful login clears the count. Counts live in this instance's memory.
 */
@Singleton
public class LoginThrottle {

    // beyond this many tracked usernames, stale ones are dropped so guessing names cannot fill memory
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant last) {
    }

    public LoginThrottle(Clock clock, @Value("${ishc.security.login-max-failures:5}") int maxFailures,
                         @Value("${ishc.security.login-lock-minutes:15}") int lockMinutes) {
        this.clock = clock;
        this.maxFailures = Math.max(1, maxFailures);
        this.window = Duration.ofMinutes(Math.max(1, lockMinutes));
    }

    /** Refuses the attempt (429) while the username is locked. */
    public void check(String username) {
        Failures f = failures.get(username);
        if (f == null || f.count() < maxFailures) {
            return;
        }
        Instant until = f.last().plus(window);
        Instant now = clock.instant();
        if (now.isBefore(until)) {
            long seconds = Math.max(1, Duration.between(now, until).toSeconds());
            throw ApiException.tooMany("login-locked", seconds, (seconds + 59) / 60);
        }
    }

    public void failed(String username) {
        Instant now = clock.instant();
        failures.merge(username, new Failures(1, now), (old, one) ->
                old.last().plus(window).isBefore(now) ? one : new Failures(old.count() + 1, now));
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> f.last().plus(window).isBefore(now));
        }
    }

    public void succeeded(String username) {
        failures.remove(username);
    }
}
