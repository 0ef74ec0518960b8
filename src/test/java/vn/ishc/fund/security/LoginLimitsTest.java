package vn.ishc.fund.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The three lock rules, and that the latest of them decides. */
class LoginLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final LoginLimits limits = new LoginLimits(5, Duration.ofMinutes(15), 10, 5);

    private static Instant ago(int minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }

    @Test
    void theFailuresOfAUsernameFromOneAddressLockAtTheLimit() {
        assertNull(limits.lockedUntil(new LoginLimits.Seen(4, ago(1), null, null), NOW));
        assertEquals(ago(1).plus(Duration.ofMinutes(15)), limits.lockedUntil(new LoginLimits.Seen(5, ago(1), null, null), NOW));
        assertNull(limits.lockedUntil(new LoginLimits.Seen(5, ago(15), null, null), NOW), "the window has passed");
    }

    @Test
    void manyUsernamesFromAnAddressOrManyAddressesForAUsernameLockUntilTheNthLeavesTheWindow() {
        assertEquals(ago(7).plus(Duration.ofMinutes(15)), limits.lockedUntil(new LoginLimits.Seen(0, null, ago(7), null), NOW));
        assertEquals(ago(3).plus(Duration.ofMinutes(15)), limits.lockedUntil(new LoginLimits.Seen(1, ago(1), null, ago(3)), NOW));
        assertNull(limits.lockedUntil(new LoginLimits.Seen(1, ago(1), null, null), NOW));
    }

    @Test
    void theLatestLockDecides() {
        assertEquals(ago(1).plus(Duration.ofMinutes(15)),
                limits.lockedUntil(new LoginLimits.Seen(5, ago(1), ago(9), ago(4)), NOW));
        assertEquals(ago(2).plus(Duration.ofMinutes(15)),
                limits.lockedUntil(new LoginLimits.Seen(5, ago(6), ago(2), ago(4)), NOW));
    }

    @Test
    void settingsBelowOneCountAsOne() {
        LoginLimits strict = new LoginLimits(0, Duration.ZERO, 0, -3);
        assertEquals(1, strict.maxFailures());
        assertEquals(Duration.ofMinutes(1), strict.window());
        assertEquals(1, strict.addressMaxUsernames());
        assertEquals(1, strict.usernameMaxAddresses());
    }
}
