package vn.ishc.fund.registry;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.TestApp;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeTest {
    @Test
    void healthAndLogin() {
        TestApp.api().get("/health").expect(200);
        long p = Fixtures.province();
        long c = Fixtures.commune(p);
        long club = Fixtures.club(c);
        long m = Fixtures.member(club);
        assertEquals(1, TestApp.db().count("SELECT COUNT(*) FROM member WHERE id = ? AND club_id = ?", m, club));
    }
}
