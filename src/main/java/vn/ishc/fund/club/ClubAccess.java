package vn.ishc.fund.club;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.SqlFragment;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides whether a caller may see or change a club. A club outside the
 * caller's scope answers 404, so its existence does not leak; a role that may not write answers 403.
 * Must run inside a transaction or connection (the callers' services provide it).
 */
@Singleton
public class ClubAccess {

    private final ClubRepository clubs;
    private final JdbcOperations jdbc;

    public ClubAccess(ClubRepository clubs, JdbcOperations jdbc) {
        this.clubs = clubs;
        this.jdbc = jdbc;
    }

    public boolean canSee(Caller caller, long clubId) {
        SqlFragment scope = caller.clubScope("c");
        List<Object> params = new ArrayList<>();
        params.add(clubId);
        params.addAll(scope.params());
        return jdbc.prepareStatement("SELECT 1 FROM club c WHERE c.id = ? AND (" + scope.sql() + ")", ps -> {
            SqlQuery.bind(ps, params);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** The club, if the caller may see it; otherwise 404. One round trip. */
    public Club visible(Caller caller, long clubId) {
        SqlFragment scope = caller.clubScope("c");
        List<Object> params = new ArrayList<>();
        params.add(clubId);
        params.addAll(scope.params());
        return jdbc.prepareStatement("SELECT c.* FROM club c WHERE c.id = ? AND (" + scope.sql() + ")", ps -> {
            SqlQuery.bind(ps, params);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("club");
                }
                return jdbc.readEntity(rs, Club.class);
            }
        });
    }

    /**
     * The club, if the caller's role may record money for it and the club is in scope and not
     * dissolved. Not locked: postings serialise on their ledgers, not on the club.
     */
    public Club open(Caller caller, long clubId, Role... roles) {
        caller.requireRole(roles);
        Club club = visible(caller, clubId);
        if (club.status() == ClubStatus.DISSOLVED) {
            throw ApiException.conflict(null, "club-dissolved");
        }
        return club;
    }

    /** The club, locked for update, if the caller's role may write and the club is in scope and not dissolved. */
    public Club writable(Caller caller, long clubId, Role... roles) {
        caller.requireRole(roles);
        if (!canSee(caller, clubId)) {
            throw ApiException.notFound("club");
        }
        Club club = clubs.findByIdForUpdate(clubId).orElseThrow(() -> ApiException.notFound("club"));
        if (club.status() == ClubStatus.DISSOLVED) {
            throw ApiException.conflict(null, "club-dissolved");
        }
        return club;
    }
}
