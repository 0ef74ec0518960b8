package vn.ishc.fund.security;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.common.error.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

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

    private final Hand clock = new Hand();
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 15);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.check("lan");
            throttle.failed("lan");
        }
    }

    @Test
    void locksAfterTheLimitUntilTheWindowHasPassedSinceTheLastFailure() {
        fail(3);
        clock.advance(Duration.ofMinutes(10));
        ApiException e = assertThrows(ApiException.class, () -> throttle.check("lan"));
        assertEquals(429, e.status().getCode());
        assertEquals(5 * 60L, e.retryAfterSeconds());
        assertEquals(5L, e.args()[0], "minutes, rounded up");
        assertDoesNotThrow(() -> throttle.check("mai"), "other names are not locked");
        clock.advance(Duration.ofMinutes(5));
        assertDoesNotThrow(() -> throttle.check("lan"));
    }

    @Test
    void failuresFarApartDoNotAddUp() {
        fail(2);
        clock.advance(Duration.ofMinutes(16));
        fail(2);
        assertDoesNotThrow(() -> throttle.check("lan"));
    }

    @Test
    void aSuccessClearsTheCount() {
        fail(2);
        throttle.succeeded("lan");
        fail(2);
        assertDoesNotThrow(() -> throttle.check("lan"));
        throttle.failed("lan");
        assertThrows(ApiException.class, () -> throttle.check("lan"));
    }
}
