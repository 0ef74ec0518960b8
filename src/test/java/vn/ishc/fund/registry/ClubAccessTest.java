package vn.ishc.fund.registry;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.tx.RoundTrip;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.TestApp;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Checking many callers' clubs in one statement (group posting) decides exactly as checking one at a time. */
class ClubAccessTest {

    @Test
    void openAllAnswersForEachPairAsOpenWould() {
        long commune = Fixtures.commune(Fixtures.province());
        long own = Fixtures.club(commune);
        long other = Fixtures.club(commune);
        long dissolved = Fixtures.club(commune);
        TestApp.db().update("UPDATE club SET status = 'DISSOLVED' WHERE id = ?", dissolved);
        Caller admin = new Caller(1, "admin", Role.ADMIN, null, Set.of());
        Caller treasurer = new Caller(2, "thu.quy", Role.TREASURER, null, Set.of(own));

        List<ClubAccess.Opened> opened = TestApp.inTx(() -> {
            RoundTrip trip = new RoundTrip();
            var result = TestApp.bean(ClubAccess.class).openAll(trip, List.of(admin, treasurer, treasurer, admin),
                    List.of(own, own, other, dissolved));
            trip.run(TestApp.bean(JdbcOperations.class).getConnection());
            return result.get();
        });

        // read by position, the club is the one the entity mapper reads, field for field
        Club expected = TestApp.bean(ClubAccess.class).find(own).orElseThrow();
        assertEquals(expected, opened.get(0).club());
        assertEquals(expected, opened.get(1).club());
        assertNull(opened.get(2).club());
        assertEquals("not-found", opened.get(2).refused().code());
        assertEquals("conflict", opened.get(3).refused().code());
        assertEquals("club-dissolved", opened.get(3).refused().fieldErrors().get(0).rule());
    }
}
