package vn.ishc.fund.club;

import vn.ishc.fund.common.paging.SqlFragment;
import vn.ishc.fund.geo.UnitTree;
import vn.ishc.fund.security.Caller;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place a caller's scope becomes SQL. Scope is everything (ADMIN), an administrative unit and
 * all below it (PROVINCE_OFFICER, AUDITOR: the club's commune or village lies under it), or a set of
 * clubs (AUDITOR, CHAIR, TREASURER, read with the caller: no subquery per request). Other packages
 * filter their rows by club with {@link #clubIds}, never by reading the club table themselves.
 */
public final class ClubScope {

    private ClubScope() {
    }

    /** Restricts a club alias to the clubs this caller may see. */
    public static SqlFragment of(Caller caller, String alias) {
        if (caller.isAdmin()) {
            return SqlFragment.of("TRUE");
        }
        if (caller.scopeUnitId() != null) {
            return underUnit(alias, caller.scopeUnitId());
        }
        if (caller.clubIds().isEmpty()) {
            return SqlFragment.of("FALSE");
        }
        return SqlFragment.of(alias + ".id IN (" + "?, ".repeat(caller.clubIds().size() - 1) + "?)",
                caller.clubIds().toArray());
    }

    /** Restricts a club alias to the clubs whose commune or village lies under a unit. */
    public static SqlFragment underUnit(String alias, long unitId) {
        SqlFragment commune = UnitTree.atOrBelow(alias + ".commune_id", unitId);
        SqlFragment village = UnitTree.atOrBelow(alias + ".village_id", unitId);
        return join(commune.sql() + " OR " + village.sql(), commune, village);
    }

    /**
     * A subquery of the ids of the clubs this caller may see, under a unit if one is given:
     * {@code column IN (...)} for tables that carry a club id.
     */
    public static SqlFragment clubIds(Caller caller, Long unitId, String column) {
        SqlFragment scope = of(caller, "c");
        SqlFragment unit = unitId == null ? SqlFragment.of("TRUE") : underUnit("c", unitId);
        return join(column + " IN (SELECT c.id FROM club c WHERE (" + scope.sql() + ") AND (" + unit.sql() + "))",
                scope, unit);
    }

    private static SqlFragment join(String sql, SqlFragment... parts) {
        List<Object> params = new ArrayList<>();
        for (SqlFragment p : parts) {
            params.addAll(p.params());
        }
        return new SqlFragment(sql, params);
    }
}
