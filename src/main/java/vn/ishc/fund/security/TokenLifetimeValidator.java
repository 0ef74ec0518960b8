package vn.ishc.fund.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * What a signed token must also say about its time to be accepted, next to Micronaut's own checks
 * (signature, expiry in the past, and the issuer, {@code claims-validators.issuer}): it has an
 * {@code exp}; its {@code nbf}, if any, has come; and it lives at most
 * {@code ishc.security.token-max-lifetime-seconds}, counted from {@code iat} and from now. A token
 * signed with the key but without an expiry, or valid for a year, is refused.
 * <p>
 * {@code nbf} is allowed {@link #CLOCK_SKEW} of difference between clocks: a token issued by one
 * instance is sent at once to another whose clock may be a little behind.
 */
@Singleton
public class TokenLifetimeValidator<T> implements GenericJwtClaimsValidator<T> {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Clock clock;
    private final Duration maxLifetime;

    public TokenLifetimeValidator(Clock clock,
                                  @Value("${ishc.security.token-max-lifetime-seconds:43200}") long maxLifetimeSeconds,
                                  @Value("${micronaut.security.token.generator.access-token.expiration:3600}") long issuedSeconds) {
        if (issuedSeconds > maxLifetimeSeconds) {
            // the service would issue tokens that it then refuses
            throw new IllegalStateException("The access token expiration (" + issuedSeconds + " s) is longer than "
                    + "ISHC_TOKEN_MAX_LIFETIME_SECONDS (" + maxLifetimeSeconds + " s)");
        }
        this.clock = clock;
        this.maxLifetime = Duration.ofSeconds(maxLifetimeSeconds);
    }

    @Override
    public boolean validate(Claims claims, T request) {
        return accepts(JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims), clock.instant());
    }

    boolean accepts(JWTClaimsSet claims, Instant now) {
        Instant expires = instant(claims.getExpirationTime());
        if (expires == null) {
            return false;
        }
        Instant notBefore = instant(claims.getNotBeforeTime());
        if (notBefore != null && notBefore.isAfter(now.plus(CLOCK_SKEW))) {
            return false;
        }
        Instant issued = instant(claims.getIssueTime());
        if (issued != null && Duration.between(issued, expires).compareTo(maxLifetime) > 0) {
            return false;
        }
        return Duration.between(now, expires).compareTo(maxLifetime.plus(CLOCK_SKEW)) <= 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
