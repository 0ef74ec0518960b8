package vn.ishc.fund.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over HTTP, from several loopback addresses: wrong passwords lock a username from the address they
 * came from, not from everywhere, and a client cannot pick its address with X-Forwarded-For.
 */
class LoginFromAddressesTest {

    private static long province;
    private final Db db = TestApp.db();

    @BeforeAll
    static void province() {
        province = Fixtures.province();
    }

    private static FromAddress from(String address) {
        return FromAddress.of(TestApp.server().getURI(), address);
    }

    @Test
    void aUsernameLockedFromOneAddressStillLogsInFromAnother() {
        Fixtures.User u = Fixtures.createUser("PROVINCE_OFFICER", province, null);
        FromAddress cafe = from("127.0.0.21");
        for (int i = 0; i < 5; i++) {
            cafe.login(u.username(), "guess-" + i).expectProblemType(401, "login-failed");
        }
        Response locked = cafe.login(u.username(), Fixtures.PASSWORD).expectProblemType(429, "login-locked");
        assertTrue(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals(5, db.count("SELECT failures FROM login_failure WHERE username = ? AND address = '127.0.0.21'", u.username()));

        // the owner, elsewhere, is not locked out by someone guessing at the café
        from("127.0.0.22").login(u.username(), Fixtures.PASSWORD).expect(200);
        Fixtures.login(u.username(), Fixtures.PASSWORD);
        assertEquals(0, db.count("SELECT COUNT(*) FROM login_failure WHERE username = ? AND address <> '127.0.0.21'", u.username()),
                "a successful login leaves no count behind");
        cafe.login(u.username(), Fixtures.PASSWORD).expectProblemType(429, "login-locked");
    }

    @Test
    void xForwardedForIsIgnoredUnlessProxiesAreTrusted() {
        Fixtures.User u = Fixtures.createUser("PROVINCE_OFFICER", province, null);
        FromAddress attacker = from("127.0.0.23");
        for (int i = 0; i < 5; i++) {
            attacker.header("X-Forwarded-For", "198.51.100." + i).login(u.username(), "guess-" + i)
                    .expectProblemType(401, "login-failed");
        }
        attacker.header("X-Forwarded-For", "198.51.100.99").login(u.username(), Fixtures.PASSWORD)
                .expectProblemType(429, "login-locked");
        assertEquals(List.of("127.0.0.23"), db.rows("SELECT address FROM login_failure WHERE username = ?", u.username())
                .stream().map(r -> r.get("address")).toList());
    }

    @Test
    void aGuessThatLowerCasingLengthensIsCountedLikeAnyOther() {
        String guess = "İ".repeat(60);
        FromAddress one = from("127.0.0.26");
        for (int i = 0; i < 5; i++) {
            one.login(guess, "guess-" + i).expectProblemType(401, "login-failed");
        }
        one.login(guess, "guess").expectProblemType(429, "login-locked");
    }

    @Test
    void unknownUsernamesCountPerAddressAlike() {
        String nobody = "nobody-" + Fixtures.unique("x");
        FromAddress one = from("127.0.0.24");
        for (int i = 0; i < 5; i++) {
            one.login(nobody, "guess-" + i).expectProblemType(401, "login-failed");
        }
        one.login(nobody, "guess").expectProblemType(429, "login-locked");
        from("127.0.0.25").login(nobody, "guess").expectProblemType(401, "login-failed");
    }
}
