package vn.ishc.fund.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Base64;

/** Argon2id password hashes (OWASP parameters: 19 MiB, 2 passes, 1 lane), in PHC string form. */
@Singleton
public class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID, 19);
    private static final SecureRandom RANDOM = new SecureRandom();
    // compared against when the user does not exist, so both paths take the same time
    private final String dummyHash = hash(randomPassword());

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String hash) {
        if (hash == null) {
            Password.check(password, dummyHash).with(ARGON2ID);
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** A random password of 16 URL-safe characters (96 bits). */
    public static String randomPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
