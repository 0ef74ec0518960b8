package vn.ishc.fund.club;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.SqlFragment;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.common.tx.RoundTrip;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
        SqlFragment scope = ClubScope.of(caller, "c");
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

    /** The founding date of every club the caller may see, by club id (for checks over many clubs' books). */
    public Map<Long, LocalDate> visibleFoundings(Caller caller) {
        SqlFragment scope = ClubScope.of(caller, "c");
        return jdbc.prepareStatement("SELECT c.id, c.founded_on FROM club c WHERE " + scope.sql() + " ORDER BY c.id", ps -> {
            SqlQuery.bind(ps, scope.params());
            Map<Long, LocalDate> out = new LinkedHashMap<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                }
            }
            return out;
        });
    }

    /** The club, whoever asks (for the registry's collaborators; requests go through {@link #visible}). */
    public Optional<Club> find(long clubId) {
        return clubs.findById(clubId);
    }

    /** A club's code and name, for lists that name clubs. */
    public record Label(long id, String code, String name) {
    }

    /** Code and name of these clubs, by id. */
    public Map<Long, Label> labels(Collection<Long> ids) {
        Map<Long, Label> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.prepareStatement("SELECT id, code, name FROM club WHERE id IN (" + in + ")", ps -> {
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Label(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return null;
        });
        return out;
    }

    /** The club, if the caller may see it; otherwise 404. One round trip. */
    public Club visible(Caller caller, long clubId) {
        SqlFragment scope = ClubScope.of(caller, "c");
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

    /** A club a caller may record money for, or why not. */
    public record Opened(Club club, ApiException refused) {
    }

    /**
     * {@link #open} for many callers and clubs at once, as one statement of a round trip (group
     * posting): once the trip has run, for each pair in order, the club or the refusal that
     * {@code open} would throw. The roles are checked by the caller beforehand.
     */
    public Supplier<List<Opened>> openAll(RoundTrip trip, List<Caller> callers, List<Long> clubIds) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < callers.size(); i++) {
            SqlFragment scope = ClubScope.of(callers.get(i), "c");
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(", ").append(CLUB_COLUMNS)
                    .append(" FROM club c WHERE c.id = ? AND (").append(scope.sql()).append(')');
            params.add(clubIds.get(i));
            params.addAll(scope.params());
        }
        Club[] found = new Club[callers.size()];
        trip.query(sql.toString(), params, rs -> {
            while (rs.next()) {
                found[rs.getInt(1)] = club(rs);
            }
        });
        return () -> {
            List<Opened> out = new ArrayList<>();
            for (Club club : found) {
                if (club == null) {
                    out.add(new Opened(null, ApiException.notFound("club")));
                } else if (club.status() == ClubStatus.DISSOLVED) {
                    out.add(new Opened(null, ApiException.conflict(null, "club-dissolved")));
                } else {
                    out.add(new Opened(club, null));
                }
            }
            return out;
        };
    }

    // read by position, not through the entity mapper: a group of postings reads one club per request
    private static final String CLUB_COLUMNS = "c.id, c.code, c.name, c.commune_id, c.village_id, c.founded_on, "
            + "c.founding_decision_no, c.status, c.meeting_day, c.created_at, c.updated_at";

    /** A club from {@link #CLUB_COLUMNS}, after one leading column. */
    private static Club club(ResultSet rs) throws SQLException {
        return new Club(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getObject(6, Long.class),
                rs.getObject(7, LocalDate.class), rs.getString(8), ClubStatus.valueOf(rs.getString(9)),
                rs.getObject(10, Integer.class), instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
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
