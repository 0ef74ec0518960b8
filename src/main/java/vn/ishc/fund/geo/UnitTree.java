package vn.ishc.fund.geo;

import vn.ishc.fund.common.paging.SqlFragment;

/**
 * The unit hierarchy as SQL for other packages' queries: geo owns the closure table
 * ({@code admin_unit_closure}, one row per ancestor and descendant, itself included), and this is
 * the only SQL outside geo that names it.
 */
public final class UnitTree {

    private UnitTree() {
    }

    /** {@code column} is a unit at or below {@code unitId}, at any level, following mergers. */
    public static SqlFragment atOrBelow(String column, long unitId) {
        return SqlFragment.of(column + " IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ?)", unitId);
    }
}
