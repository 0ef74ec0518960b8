package vn.ishc.fund.geo;

import vn.ishc.fund.common.paging.SqlFragment;

/**
 * The unit tables as SQL for other packages' queries: geo owns {@code admin_unit} and its closure table
 * ({@code admin_unit_closure}, one row per ancestor and descendant, itself included), and these
 * expressions are the only SQL outside geo that name them.
 */
public final class UnitTree {

    private UnitTree() {
    }

    /** The name of the unit whose id is in {@code column} (null for none), as an SQL expression. */
    public static String name(String column) {
        return "(SELECT u.name FROM admin_unit u WHERE u.id = " + column + ")";
    }

    /** The id of the parent of the unit whose id is in {@code column}, as an SQL expression. */
    public static String parentId(String column) {
        return "(SELECT u.parent_id FROM admin_unit u WHERE u.id = " + column + ")";
    }

    /** The name of the parent of the unit whose id is in {@code column}, as an SQL expression. */
    public static String parentName(String column) {
        return "(SELECT p.name FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id WHERE u.id = " + column + ")";
    }

    /** {@code column} is a unit at or below {@code unitId}, at any level, following mergers. */
    public static SqlFragment atOrBelow(String column, long unitId) {
        return SqlFragment.of(column + " IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ?)", unitId);
    }
}
