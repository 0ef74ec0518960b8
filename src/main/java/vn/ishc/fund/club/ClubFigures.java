package vn.ishc.fund.club;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.SqlFragment;
import vn.ishc.fund.geo.AdminUnit;
import vn.ishc.fund.geo.UnitTree;
import vn.ishc.fund.geo.Units;
import vn.ishc.fund.security.Caller;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry's counts of many clubs at a date, in one query, for summaries over a commune, a province
 * or the nation: members active at the date, of them women, elderly (aged {@code ishc.elderly-age} or
 * more in the date's year, as members are registered by birth year) and poor households (poor, near-poor
 * or disadvantaged). Clubs founded after the date are not counted.
 */
@Singleton
public class ClubFigures {

    private final JdbcOperations jdbc;
    private final Units units;
    private final int elderlyAge;

    ClubFigures(JdbcOperations jdbc, Units units, @Value("${ishc.elderly-age:60}") int elderlyAge) {
        this.jdbc = jdbc;
        this.units = units;
        this.elderlyAge = elderlyAge;
    }

    /** The age from which a member counts as elderly. */
    public int elderlyAge() {
        return elderlyAge;
    }

    /** One club's counts, with its commune and province. */
    public record Figures(long clubId, String code, String name, long communeId, String communeName,
                         String provinceName, int members, int women, int elderly, int poor) {
    }

    /**
     * The unit, if the caller's scope reaches it (404 otherwise): every unit for ADMIN; for an officer or
     * auditor of a unit, the units at or below it; for a caller of some clubs, a unit one of them lies under.
     */
    public AdminUnit visibleUnit(Caller caller, long unitId) {
        AdminUnit unit = units.find(unitId).orElseThrow(() -> ApiException.notFound("unit"));
        boolean reached = caller.isAdmin()
                || (caller.scopeUnitId() != null ? units.isWithin(unitId, caller.scopeUnitId()) : hasClubUnder(caller, unitId));
        if (!reached) {
            throw ApiException.notFound("unit");
        }
        return unit;
    }

    private boolean hasClubUnder(Caller caller, long unitId) {
        SqlFragment clubs = ClubScope.clubIds(caller, unitId, "x.id");
        return !jdbc.prepareStatement("SELECT 1 FROM club x WHERE " + clubs.sql() + " LIMIT 1", ps -> {
            bind(ps, clubs.params(), 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? List.of(1) : List.of();
            }
        }).isEmpty();
    }

    /**
     * The clubs the caller may see under a unit (every club in scope when {@code unitId} is null) founded by
     * the date, by province, commune and code.
     */
    public List<Figures> at(Caller caller, Long unitId, LocalDate asOf) {
        SqlFragment clubs = ClubScope.clubIds(caller, unitId, "c0.id");
        String sql = "SELECT c0.id, c0.code, c0.name, c0.commune_id, " + UnitTree.name("c0.commune_id") + " AS commune, "
                + UnitTree.parentName("c0.commune_id") + " AS province, "
                + "COUNT(m.id), SUM(m.sex = 'FEMALE'), SUM(m.birth_year <= ?), "
                + "SUM(m.poverty_status IN ('POOR', 'NEAR_POOR', 'DISADVANTAGED')) "
                + "FROM club c0 LEFT JOIN member m ON m.club_id = c0.id AND m.joined_on <= ? "
                + "AND (m.left_on IS NULL OR m.left_on >= ?) "
                + "WHERE c0.founded_on <= ? AND " + clubs.sql() + " GROUP BY c0.id, c0.code, c0.name, c0.commune_id "
                + "ORDER BY province, commune, c0.commune_id, c0.code";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setInt(1, asOf.getYear() - elderlyAge);
            ps.setObject(2, asOf);
            ps.setObject(3, asOf);
            ps.setObject(4, asOf);
            bind(ps, clubs.params(), 5);
            List<Figures> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Figures(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
                }
            }
            return out;
        });
    }

    /**
     * What monitoring counts of one club at a date: its members and, of them, women, elderly (aged
     * {@code ishc.elderly-age} or more in the date's year), elderly women, members of the quota age
     * ({@code quotaAge} or more, 55 in the national projects' quotas) and poor households; its board at the
     * date and, of it, those trained: an initial training by the date and a training (initial or refresher)
     * in the date's year by the date; and its village (null if none is registered).
     */
    public record Profile(long clubId, String code, String name, long communeId, LocalDate foundedOn, int members,
                          int women, int elderly, int elderlyWomen, int quotaElderly, int poor, int board,
                          int boardTrained, Long villageId) {
    }

    /**
     * The clubs the caller may see under a unit (all in scope when null) founded by the date and not
     * dissolved, by id. The registry keeps no dissolution date: a dissolved club counts at no date.
     */
    public List<Profile> profilesAt(Caller caller, Long unitId, LocalDate asOf, int quotaAge) {
        SqlFragment clubs = ClubScope.clubIds(caller, unitId, "c0.id");
        String onBoard = "b.club_id = c0.id AND b.term_start <= ? AND (b.term_end IS NULL OR b.term_end >= ?)";
        String sql = "SELECT c0.id, c0.code, c0.name, c0.commune_id, c0.founded_on, c0.village_id, "
                + "COUNT(m.id), SUM(m.sex = 'FEMALE'), SUM(m.birth_year <= ?), SUM(m.birth_year <= ? AND m.sex = 'FEMALE'), "
                + "SUM(m.birth_year <= ?), SUM(m.poverty_status IN ('POOR', 'NEAR_POOR', 'DISADVANTAGED')), "
                + "(SELECT COUNT(DISTINCT b.member_id) FROM board_member b WHERE " + onBoard + "), "
                + "(SELECT COUNT(DISTINCT b.member_id) FROM board_member b WHERE " + onBoard
                + " AND EXISTS (SELECT 1 FROM training t WHERE t.member_id = b.member_id AND t.kind = 'INITIAL' AND t.trained_on <= ?)"
                + " AND EXISTS (SELECT 1 FROM training t WHERE t.member_id = b.member_id AND t.trained_on >= ? AND t.trained_on <= ?)) "
                + "FROM club c0 LEFT JOIN member m ON m.club_id = c0.id AND m.joined_on <= ? "
                + "AND (m.left_on IS NULL OR m.left_on >= ?) "
                + "WHERE c0.founded_on <= ? AND c0.status <> 'DISSOLVED' AND " + clubs.sql()
                + " GROUP BY c0.id, c0.code, c0.name, c0.commune_id, c0.founded_on, c0.village_id ORDER BY c0.id";
        int elderlyYear = asOf.getYear() - elderlyAge;
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setInt(i++, elderlyYear);
            ps.setInt(i++, elderlyYear);
            ps.setInt(i++, asOf.getYear() - quotaAge);
            for (int k = 0; k < 4; k++) {
                ps.setObject(i++, asOf);
            }
            ps.setObject(i++, asOf);
            ps.setObject(i++, asOf.withDayOfYear(1));
            ps.setObject(i++, asOf);
            ps.setObject(i++, asOf);
            ps.setObject(i++, asOf);
            ps.setObject(i++, asOf);
            bind(ps, clubs.params(), i);
            List<Profile> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Profile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getObject(5, LocalDate.class), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                            rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getObject(6, Long.class)));
                }
            }
            return out;
        });
    }

    private static void bind(java.sql.PreparedStatement ps, List<Object> params, int first) throws java.sql.SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(first + i, params.get(i));
        }
    }
}
