package vn.ishc.fund.security;

import java.time.Duration;
import java.time.Instant;

/**
 * When a login attempt is refused, from the failures seen within {@code window} (no database, no
 * clock of its own). Three rules, each counting failures of usernames whether they exist or not:
 * <ul>
 *   <li>a username from one address: after {@code maxFailures} failures, refused from that address
 *       until {@code window} after the last of them (from other addresses it still logs in);</li>
 *   <li>an address: once its failures name {@code addressMaxUsernames} different usernames, refused
 *       for every username (one address guessing many accounts);</li>
 *   <li>a username: once it failed from {@code usernameMaxAddresses} different addresses, refused from
 *       every address (many addresses guessing one account).</li>
 * </ul>
 * The last two end when, counting back from the most recent, that many failing usernames (addresses)
 * are no longer all within the window.
 */
public record LoginLimits(int maxFailures, Duration window, int addressMaxUsernames, int usernameMaxAddresses) {

    public LoginLimits {
        maxFailures = Math.max(1, maxFailures);
        addressMaxUsernames = Math.max(1, addressMaxUsernames);
        usernameMaxAddresses = Math.max(1, usernameMaxAddresses);
        if (window.isNegative() || window.isZero()) {
            window = Duration.ofMinutes(1);
        }
    }

    /**
     * The failures seen for an attempt, all within the window: those of this username from this
     * address, and the time of the last failure of the n-th most recently failing username from this
     * address ({@code addressMaxUsernames}-th) and address for this username ({@code usernameMaxAddresses}-th),
     * null when there are fewer.
     */
    public record Seen(int failures, Instant lastFailure, Instant addressNth, Instant usernameNth) {
    }

    /** Until when the attempt is refused; null if it may go ahead. */
    public Instant lockedUntil(Seen seen, Instant now) {
        Instant until = null;
        if (seen.failures() >= maxFailures && seen.lastFailure() != null) {
            until = later(until, seen.lastFailure().plus(window));
        }
        if (seen.addressNth() != null) {
            until = later(until, seen.addressNth().plus(window));
        }
        if (seen.usernameNth() != null) {
            until = later(until, seen.usernameNth().plus(window));
        }
        return until != null && until.isAfter(now) ? until : null;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
