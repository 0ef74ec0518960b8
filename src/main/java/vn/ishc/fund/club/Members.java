package vn.ishc.fund.club;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.tx.RoundTrip;
import vn.ishc.fund.security.Caller;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What other capabilities may know of a club's members and board: the registry's narrow API. The
 * member, board and training tables stay behind it. Runs inside the caller's transaction or connection.
 */
@Singleton
public class Members {

    private final MemberRepository members;
    private final ClubAccess clubs;
    private final JdbcOperations jdbc;

    Members(MemberRepository members, ClubAccess clubs, JdbcOperations jdbc) {
        this.members = members;
        this.clubs = clubs;
        this.jdbc = jdbc;
    }

    /** A member named in a posting: club, membership dates, name. */
    public record Ref(long id, long clubId, LocalDate joinedOn, LocalDate leftOn, String fullName) {
        public boolean activeOn(LocalDate date) {
            return !joinedOn.isAfter(date) && (leftOn == null || !leftOn.isBefore(date));
        }
    }

    /** Whom to call about a loan. */
    public record Contact(long id, String fullName, String phone, PovertyStatus poverty) {
    }

    /** The member, if the caller may see their club. */
    public Optional<Member> visible(Caller caller, long memberId) {
        return members.findById(memberId).filter(m -> clubs.canSee(caller, m.clubId()));
    }

    /**
     * The club's member with this id, or 422 {@code not-a-club-member} on {@code field}. Another club's
     * member is refused exactly like an unknown id, so member ids do not leak across clubs.
     */
    public Member requireInClub(long clubId, long memberId, String field) {
        return members.requireInClub(clubId, memberId, field);
    }

    /** Records that the member left the club on that day (a member exit, with or without capital returned). */
    public void leave(Member member, LocalDate on, String reason) {
        members.update(member.leaving(on, reason));
    }

    /** As a statement of a round trip (posting reads it with its locks): the members with these ids. */
    public Supplier<Map<Long, Ref>> refs(RoundTrip trip, Collection<Long> ids) {
        Map<Long, Ref> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            trip.query(REFS + in(ids) + ")", List.of(), rs -> readRefs(rs, out));
        }
        return () -> out;
    }

    /** The members with these ids. */
    public Map<Long, Ref> refs(Collection<Long> ids) {
        Map<Long, Ref> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.prepareStatement(REFS + in(ids) + ")", ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    readRefs(rs, out);
                }
                return null;
            });
        }
        return out;
    }

    /** Every member of the club (those who left too), by member number: the club's own numbering. */
    public Map<Integer, Member> byNumber(long clubId) {
        Map<Integer, Member> out = new LinkedHashMap<>();
        members.findByClubIdOrderByMemberNo(clubId).forEach(m -> out.put(m.memberNo(), m));
        return out;
    }

    /** The club's members who have not left, in member-number order. */
    public List<Ref> current(long clubId) {
        return jdbc.prepareStatement("SELECT id, club_id, joined_on, left_on, full_name FROM member "
                + "WHERE club_id = ? AND left_on IS NULL ORDER BY member_no", ps -> {
            ps.setLong(1, clubId);
            Map<Long, Ref> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                readRefs(rs, out);
            }
            return List.copyOf(out.values());
        });
    }

    /** Name, phone and poverty status of these members. */
    public Map<Long, Contact> contacts(Collection<Long> ids) {
        Map<Long, Contact> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.prepareStatement("SELECT id, full_name, phone, poverty_status FROM member WHERE id IN (" + in(ids) + ")", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Contact(rs.getLong(1), rs.getString(2), rs.getString(3),
                            PovertyStatus.valueOf(rs.getString(4))));
                }
            }
            return null;
        });
        return out;
    }

    /** The member holding a single-holder board role on a date, if any. */
    public Optional<Long> boardHolder(long clubId, BoardRole role, LocalDate on) {
        return jdbc.prepareStatement("SELECT member_id FROM board_member WHERE club_id = ? AND role = ? "
                + "AND term_start <= ? AND (term_end IS NULL OR term_end >= ?) ORDER BY term_start DESC LIMIT 1", ps -> {
            ps.setLong(1, clubId);
            ps.setString(2, role.name());
            ps.setObject(3, on);
            ps.setObject(4, on);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    /** Whether the member sat on the club's board on a date. */
    public boolean onBoard(long clubId, long memberId, LocalDate on) {
        return jdbc.prepareStatement("SELECT 1 FROM board_member WHERE club_id = ? AND member_id = ? "
                + "AND term_start <= ? AND (term_end IS NULL OR term_end >= ?)", ps -> {
            ps.setLong(1, clubId);
            ps.setLong(2, memberId);
            ps.setObject(3, on);
            ps.setObject(4, on);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private static final String REFS = "SELECT id, club_id, joined_on, left_on, full_name FROM member WHERE id IN (";

    /** Ids are numbers the caller parsed, so they are written into the SQL as they are. */
    private static String in(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static void readRefs(ResultSet rs, Map<Long, Ref> out) throws SQLException {
        while (rs.next()) {
            out.put(rs.getLong(1), new Ref(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class), rs.getString(5)));
        }
    }
}
