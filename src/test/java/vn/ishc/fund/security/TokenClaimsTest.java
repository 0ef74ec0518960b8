package vn.ishc.fund.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.config.TokenConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The issuer written into tokens is the configured one, not the application name. */
class TokenClaimsTest {

    @Test
    void tokensNameTheConfiguredIssuerAndCarryTheirTimes() {
        TokenClaims claims = new TokenClaims(new TokenConfiguration() { }, null, null, null, "ishc-fund-province-42");
        Map<String, Object> c = claims.generateClaims(Authentication.build("lan", List.of("CHAIR"), Map.of(Callers.USER_ID, 7L)), 600);
        assertEquals("ishc-fund-province-42", c.get("iss"));
        long lifetime = ((Date) c.get("exp")).getTime() - ((Date) c.get("iat")).getTime();
        assertTrue(lifetime >= 599_000 && lifetime <= 601_000, "lifetime " + lifetime);
        assertTrue(c.containsKey("nbf"));
    }
}
