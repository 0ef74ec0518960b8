package vn.ishc.fund.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.TestApp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Tokens signed with the service's own key are still refused when their times or issuer are wrong:
 * no {@code exp}, a wrong or missing {@code iss}, {@code nbf} in the future, a lifetime above the maximum.
 */
class TokenTest {

    private static final String SECRET = "test-secret-test-secret-test-secret-0123456789";
    private static long adminId;

    @BeforeAll
    static void admin() {
        adminId = Fixtures.admin().get("/api/v1/me").expect(200).json().get("id").asLong();
    }

    /** The admin's claims as the service writes them, valid for an hour, changed by {@code edit}. */
    private static String token(UnaryOperator<JWTClaimsSet.Builder> edit) {
        return sign(edit.apply(valid()).build(), SECRET);
    }

    private static JWTClaimsSet.Builder valid() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject("admin").issuer("ishc-fund")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("roles", List.of("ADMIN")).claim(Callers.USER_ID, adminId);
    }

    private static String sign(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void refused(String token) {
        TestApp.api().as(token).get("/api/v1/me").expectProblemType(401, "unauthorized");
        TestApp.api().as(token).get("/api/v1/users").expectProblemType(401, "unauthorized");
    }

    @Test
    void aWellFormedTokenSignedWithTheKeyIsAccepted() {
        // the control: the tokens below differ from this one in one claim only
        assertEquals(adminId, TestApp.api().as(token(b -> b)).get("/api/v1/me").expect(200).json().get("id").asLong());
        Instant now = Instant.now();
        TestApp.api().as(token(b -> b.issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(43200)))))
                .get("/api/v1/me").expect(200);
        TestApp.api().as(token(b -> b.notBeforeTime(null))).get("/api/v1/me").expect(200);
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        refused(token(b -> b.expirationTime(null)));
    }

    @Test
    void aTokenOfAnotherOrNoIssuerIsRefused() {
        refused(token(b -> b.issuer("someone-else")));
        refused(token(b -> b.issuer(null)));
        refused(token(b -> b.issuer("ISHC-FUND")));
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        refused(token(b -> b.notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))));
    }

    @Test
    void aTokenLivingLongerThanTheMaximumIsRefused() {
        Instant now = Instant.now();
        refused(token(b -> b.expirationTime(Date.from(now.plus(Duration.ofHours(13))))));
        // without iat, the time left counts
        refused(token(b -> b.issueTime(null).expirationTime(Date.from(now.plus(Duration.ofDays(365))))));
        // issued long ago for a long life, even if little of it is left
        refused(token(b -> b.issueTime(Date.from(now.minus(Duration.ofDays(30)))).notBeforeTime(null)));
    }

    @Test
    void expiredUnsignedAndForeignTokensAreRefused() {
        refused(token(b -> b.expirationTime(Date.from(Instant.now().minusSeconds(5)))));
        refused(new PlainJWT(valid().build()).serialize());
        refused(sign(valid().build(), "another-secret-another-secret-0123456789"));
    }

    @Test
    void loginTokensNameTheIssuerAndLiveTwelveHours() throws Exception {
        String token = Fixtures.login("admin", "test-admin-password");
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertEquals("ishc-fund", claims.getIssuer());
        assertNotNull(claims.getNotBeforeTime());
        assertEquals(43200, Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()).toSeconds());
        JsonNode me = TestApp.api().as(token).get("/api/v1/me").expect(200).json();
        assertEquals("admin", me.get("username").asText());
    }
}
