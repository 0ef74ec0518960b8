package vn.ishc.fund.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the service on one database, as behind a load balancer: the shared test service
 * (A) and a second one (B) started here on A's database with the same signing key. B keeps callers
 * for 1 second, locks an address after failures on 3 usernames, and trusts one proxy's
 * X-Forwarded-For. Logins here come from addresses 127.0.1.x of their own.
 */
class TwoInstancesTest {

    private static final String TODAY = Dates.today().toString();
    private static final int CALLER_CACHE_SECONDS = 1;

    private static ApplicationContext second;
    private static Api a;
    private static Api b;
    private final Db db = TestApp.db();

    @BeforeAll
    static void startTheSecondInstance() {
        DatasourceConfiguration ds = TestApp.context().getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", ds.getUrl(),
                "datasources.default.username", ds.getUsername(),
                "datasources.default.password", ds.getPassword() == null ? "" : ds.getPassword(),
                "ishc.security.caller-cache-seconds", CALLER_CACHE_SECONDS,
                "ishc.security.login-address-max-usernames", 3,
                "ishc.security.trusted-proxies", 1), "test");
        second = server.getApplicationContext();
        a = TestApp.api();
        b = Api.at(server.getURI());
    }

    @AfterAll
    static void stopIt() {
        second.close();
        assertFalse(second.isRunning());
    }

    private static FromAddress fromA(String address) {
        return FromAddress.of(TestApp.server().getURI(), address);
    }

    private static FromAddress fromB(String address) {
        return FromAddress.of(second.getBean(EmbeddedServer.class).getURI(), address);
    }

    private static Response op(Api instance, ClubBooks c, String key, String operation, long amount, int member) {
        return instance.as(c.treasurer).header("Idempotency-Key", key).post("/api/v1/clubs/" + c.club + "/operations/" + operation,
                Map.of("memberId", c.member(member), "amount", amount, "date", TODAY));
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> jobs) throws Exception {
        List<T> out = new ArrayList<>();
        for (Future<T> f : pool.invokeAll(jobs)) {
            out.add(f.get());
        }
        return out;
    }

    @Test
    void postingsFromBothInstancesToTheSameClubsLoseNothingAndDoubleNothing() throws Exception {
        List<ClubBooks> clubs = List.of(new ClubBooks(3), new ClubBooks(3));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            // 8 clients, half on each instance, 20 requests each with keys of their own, over both clubs and funds
            List<Callable<Integer>> clients = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Api instance = t % 2 == 0 ? a : b;
                int thread = t;
                clients.add(() -> {
                    for (int i = 0; i < 20; i++) {
                        ClubBooks c = clubs.get((thread + i) % 2);
                        boolean fee = i % 4 == 0;
                        op(instance, c, Money.key(), fee ? "fee" : "contribution", fee ? 1000 : 10000, i % 3).expect(201);
                    }
                    return 20;
                });
            }
            assertEquals(160, all(pool, clients).stream().mapToInt(Integer::intValue).sum());

            // the same key sent to both instances at once posts once, and every answer names that entry
            for (int round = 0; round < 4; round++) {
                String key = Money.key();
                ClubBooks c = clubs.get(round % 2);
                List<Callable<Long>> duplicates = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    Api instance = i % 2 == 0 ? a : b;
                    duplicates.add(() -> op(instance, c, key, "contribution", 20000, 0).expect(201).at("/entries/0/id").asLong());
                }
                assertEquals(1, all(pool, duplicates).stream().distinct().count(), "one entry for key " + key);
            }
        } finally {
            pool.shutdownNow();
        }

        // per club: 80 requests, 20 of them 1,000 fees (AF), 60 contributions of 10,000 (IGF), plus 2 × 20,000
        for (ClubBooks c : clubs) {
            assertEquals(20, TestApp.db().count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ?", c.af));
            assertEquals(62, TestApp.db().count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ?", c.igf));
            assertEquals(0, new BigDecimal(20 * 1000).compareTo(c.net(c.af, "111")));
            assertEquals(0, new BigDecimal(60 * 10000 + 2 * 20000).compareTo(c.net(c.igf, "111")));
            assertEquals(0, new BigDecimal(60 * 10000 + 2 * 20000).compareTo(c.net(c.igf, "411").negate()), "member capital");
            c.checkInvariants();
            for (Api instance : List.of(a, b)) {
                for (long ledger : List.of(c.af, c.igf)) {
                    JsonNode report = instance.as(Fixtures.adminToken()).get("/api/v1/ledgers/" + ledger + "/verify").expect(200).json();
                    assertTrue(report.get("valid").asBoolean(), report.toString());
                    assertEquals(ledger == c.af ? 20 : 62, report.get("entriesChecked").asLong());
                }
            }
        }
    }

    @Test
    void aScopeOrRoleChangeThroughOneInstanceCountsOnTheOtherWithinItsCacheTime() throws Exception {
        ClubBooks x = new ClubBooks(1);
        ClubBooks y = new ClubBooks(1);
        Fixtures.User u = Fixtures.createUser("TREASURER", null, List.of(x.club));
        Api onA = a.as(u.token());
        Api onB = b.as(u.token());
        onB.get("/api/v1/clubs/" + x.club).expect(200);
        onB.get("/api/v1/clubs/" + y.club).expectProblemType(404, "not-found");

        // through A: the treasurer moves to club Y
        Fixtures.admin().put("/api/v1/users/" + u.id() + "/role", Body.of("role", "TREASURER", "clubIds", List.of(y.club)))
                .expect(200);
        onA.get("/api/v1/clubs/" + x.club).expectProblemType(404, "not-found");
        Thread.sleep(CALLER_CACHE_SECONDS * 1000L + 500);
        onB.get("/api/v1/clubs/" + x.club).expectProblemType(404, "not-found");
        onB.get("/api/v1/clubs/" + y.club).expect(200);
        Money.post(onB, "/api/v1/clubs/" + y.club + "/operations/fee", Map.of("memberId", y.member(0), "amount", 2000, "date", TODAY))
                .expect(201);
        Money.post(onB, "/api/v1/clubs/" + x.club + "/operations/fee", Map.of("memberId", x.member(0), "amount", 2000, "date", TODAY))
                .expectProblemType(404, "not-found");
        assertEquals(1, db.count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ?", y.af));
        assertEquals(0, db.count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ?", x.af));

        // through A: now an auditor; the token says TREASURER, so B refuses it once its cache has expired
        Fixtures.admin().put("/api/v1/users/" + u.id() + "/role", Body.of("role", "AUDITOR", "clubIds", List.of(y.club)))
                .expect(200);
        onA.get("/api/v1/clubs/" + y.club).expectProblemType(401, "unauthorized");
        Thread.sleep(CALLER_CACHE_SECONDS * 1000L + 500);
        onB.get("/api/v1/clubs/" + y.club).expectProblemType(401, "unauthorized");
        Money.post(onB, "/api/v1/clubs/" + y.club + "/operations/fee", Map.of("memberId", y.member(0), "amount", 2000, "date", TODAY))
                .expectProblemType(401, "unauthorized");
        assertEquals(1, db.count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ?", y.af));
        // logged in again (through B), the auditor reads but does not post
        String auditor = fromB("127.0.1.10").login(u.username(), Fixtures.PASSWORD).expect(200).json().get("access_token").asText();
        a.as(auditor).get("/api/v1/clubs/" + y.club).expect(200);
        Money.post(b.as(auditor), "/api/v1/clubs/" + y.club + "/operations/fee",
                Map.of("memberId", y.member(0), "amount", 2000, "date", TODAY)).expectProblemType(403, "forbidden");
    }

    @Test
    void wrongPasswordsOnOneInstanceLockTheLoginOnTheOther() {
        long province = Fixtures.province();
        Fixtures.User u = Fixtures.createUser("PROVINCE_OFFICER", province, null);
        for (int i = 0; i < 5; i++) {
            fromA("127.0.1.20").login(u.username(), "guess-" + i).expectProblemType(401, "login-failed");
        }
        Response locked = fromB("127.0.1.20").login(u.username(), Fixtures.PASSWORD).expectProblemType(429, "login-locked");
        assertTrue(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()) > 14 * 60);
        fromB("127.0.1.21").login(u.username(), Fixtures.PASSWORD).expect(200);

        // one username failing from five addresses, on either instance: locked from every address, on both
        Fixtures.User v = Fixtures.createUser("PROVINCE_OFFICER", province, null);
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? fromA("127.0.1.3" + i) : fromB("127.0.1.3" + i)).login(v.username(), "guess").expectProblemType(401, "login-failed");
        }
        fromA("127.0.1.39").login(v.username(), Fixtures.PASSWORD).expectProblemType(429, "login-locked");
        fromB("127.0.1.39").login(v.username(), Fixtures.PASSWORD).expectProblemType(429, "login-locked");
    }

    @Test
    void anAddressFailingOnManyUsernamesIsRefusedForAll() {
        Fixtures.User u = Fixtures.createUser("PROVINCE_OFFICER", Fixtures.province(), null);
        String sprayer = "127.0.1.40";
        fromA(sprayer).login("nobody-" + Fixtures.unique("x"), "guess").expectProblemType(401, "login-failed");
        fromA(sprayer).login("nobody-" + Fixtures.unique("x"), "guess").expectProblemType(401, "login-failed");
        fromB(sprayer).login(u.username(), "guess").expectProblemType(401, "login-failed");
        // three usernames failed from it (B's limit): the right password of any of them is refused from there
        fromB(sprayer).login(u.username(), Fixtures.PASSWORD).expectProblemType(429, "login-locked");
        fromB(sprayer).login("admin", "test-admin-password").expectProblemType(429, "login-locked");
        fromB("127.0.1.41").login(u.username(), Fixtures.PASSWORD).expect(200);
    }

    @Test
    void behindATrustedProxyTheForwardedAddressCounts() {
        Fixtures.User u = Fixtures.createUser("PROVINCE_OFFICER", Fixtures.province(), null);
        FromAddress proxy = fromB("127.0.1.50");
        for (int i = 0; i < 5; i++) {
            // what the client wrote itself (left of the proxy's entry) changes nothing
            proxy.header("X-Forwarded-For", "10.9.9." + i + ", 198.51.100.7").login(u.username(), "guess-" + i)
                    .expectProblemType(401, "login-failed");
        }
        proxy.header("X-Forwarded-For", "198.51.100.7").login(u.username(), Fixtures.PASSWORD).expectProblemType(429, "login-locked");
        proxy.header("X-Forwarded-For", "198.51.100.8").login(u.username(), Fixtures.PASSWORD).expect(200);
        assertEquals(5, db.count("SELECT failures FROM login_failure WHERE username = ? AND address = '198.51.100.7'", u.username()));
        assertEquals(0, db.count("SELECT COUNT(*) FROM login_failure WHERE username = ? AND address = '127.0.1.50'", u.username()));
    }
}
