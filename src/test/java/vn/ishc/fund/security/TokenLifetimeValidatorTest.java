package vn.ishc.fund.security;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time rules of tokens, at their edges. */
class TokenLifetimeValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final TokenLifetimeValidator<Object> validator = new TokenLifetimeValidator<>(Clock.systemUTC(), 3600, 3600);

    private static JWTClaimsSet claims(Instant iat, Instant nbf, Instant exp) {
        return new JWTClaimsSet.Builder().issueTime(date(iat)).notBeforeTime(date(nbf)).expirationTime(date(exp)).build();
    }

    private static Date date(Instant i) {
        return i == null ? null : Date.from(i);
    }

    @Test
    void expiryIsRequired() {
        assertTrue(validator.accepts(claims(NOW, NOW, NOW.plusSeconds(60)), NOW));
        assertFalse(validator.accepts(claims(NOW, NOW, null), NOW));
    }

    @Test
    void notBeforeMayBeAheadByTheClockSkewOnly() {
        Instant exp = NOW.plusSeconds(600);
        assertTrue(validator.accepts(claims(NOW, NOW.plus(TokenLifetimeValidator.CLOCK_SKEW), exp), NOW));
        assertFalse(validator.accepts(claims(NOW, NOW.plus(TokenLifetimeValidator.CLOCK_SKEW).plusSeconds(1), exp), NOW));
    }

    @Test
    void lifetimeIsCountedFromIssueAndFromNow() {
        assertTrue(validator.accepts(claims(NOW, NOW, NOW.plusSeconds(3600)), NOW));
        assertFalse(validator.accepts(claims(NOW, NOW, NOW.plusSeconds(3601)), NOW));
        assertFalse(validator.accepts(claims(NOW.minus(Duration.ofDays(1)), null, NOW.plusSeconds(60)), NOW), "issued for 24 h");
        assertTrue(validator.accepts(claims(null, null, NOW.plusSeconds(3600)), NOW));
        assertFalse(validator.accepts(claims(null, null, NOW.plusSeconds(3600).plus(TokenLifetimeValidator.CLOCK_SKEW).plusSeconds(1)), NOW));
    }

    @Test
    void issuingTokensLongerThanTheMaximumStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> new TokenLifetimeValidator<>(Clock.systemUTC(), 3600, 7200));
    }
}
