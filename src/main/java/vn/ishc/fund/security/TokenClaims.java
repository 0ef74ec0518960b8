package vn.ishc.fund.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

/**
 * The claims of the access tokens this service issues: Micronaut's ({@code iat}, {@code nbf},
 * {@code exp}, the subject, roles and user id), with {@code iss} set to
 * {@code ishc.security.token-issuer} instead of the application name, so that the issuer
 * {@link TokenLifetimeValidator} and the issuer check expect is one setting.
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
public class TokenClaims extends JWTClaimsSetGenerator {

    private final String issuer;

    public TokenClaims(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jtiGenerator,
                       @Nullable ClaimsAudienceProvider audienceProvider,
                       @Nullable ApplicationConfiguration applicationConfiguration,
                       @Value("${ishc.security.token-issuer:ishc-fund}") String issuer) {
        super(tokenConfiguration, jtiGenerator, audienceProvider, applicationConfiguration);
        this.issuer = issuer;
    }

    @Override
    protected void populateIss(JWTClaimsSet.Builder builder) {
        builder.issuer(issuer);
    }
}
