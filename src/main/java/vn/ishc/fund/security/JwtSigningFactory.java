package vn.ishc.fund.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HMAC key that signs access tokens: {@code ISHC_JWT_SECRET} if set, otherwise a random key
 * generated on first start and kept in the database, so tokens survive restarts and every
 * instance on the same database agrees. There is no built-in default key.
 */
@Factory
public class JwtSigningFactory {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(@Value("${ishc.jwt-secret:}") String configured, SecretStore store) {
        String secret = configured == null || configured.isBlank() ? store.jwtSecret() : configured;
        if (secret.length() < 32) {
            throw new IllegalStateException("ISHC_JWT_SECRET must have at least 32 characters");
        }
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setSecret(secret);
        config.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(config);
    }

    @Singleton
    static class SecretStore {
        private final JdbcOperations jdbc;

        SecretStore(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        String jwtSecret() {
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String candidate = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            // INSERT IGNORE: concurrent first starts keep whichever key was stored first
            jdbc.prepareStatement("INSERT IGNORE INTO app_setting (name, value) VALUES ('jwt.secret', ?)", ps -> {
                ps.setString(1, candidate);
                return ps.executeUpdate();
            });
            return jdbc.prepareStatement("SELECT value FROM app_setting WHERE name = 'jwt.secret'", ps -> {
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });
        }
    }
}
