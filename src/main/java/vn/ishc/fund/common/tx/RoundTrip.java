package vn.ishc.fund.common.tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements from several places sent to the database as one multi-statement round trip. Each
 * statement comes with the reader of its result (rows, or a count of changed rows), called in
 * order once the trip has run; the database stops at the first statement that fails. Saves the
 * network and scheduling cost of one round trip per statement on hot paths (group posting).
 */
public final class RoundTrip {

    /** Reads the rows a query returned. */
    public interface Rows {
        void read(ResultSet rs) throws SQLException;
    }

    /** Reads how many rows a statement changed. */
    public interface Count {
        void read(long count);
    }

    private record Part(String sql, List<Object> params, Rows rows, Count count) {
    }

    private final List<Part> parts = new ArrayList<>();

    public RoundTrip query(String sql, List<Object> params, Rows rows) {
        parts.add(new Part(sql, params, rows, null));
        return this;
    }

    public RoundTrip update(String sql, List<Object> params, Count count) {
        parts.add(new Part(sql, params, null, count));
        return this;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Sends every statement at once and hands each result to its reader. */
    public void run(Connection connection) {
        if (parts.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder();
        for (Part p : parts) {
            sql.append(sql.isEmpty() ? "" : ";").append(p.sql());
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int i = 1;
            for (Part p : parts) {
                for (Object param : p.params()) {
                    ps.setObject(i++, param);
                }
            }
            boolean isRows = ps.execute();
            for (int k = 0; k < parts.size(); k++) {
                if (k > 0) {
                    isRows = ps.getMoreResults();
                }
                Part p = parts.get(k);
                if (p.rows() != null) {
                    if (!isRows) {
                        throw new IllegalStateException("statement " + k + " returned no rows: " + p.sql());
                    }
                    try (ResultSet rs = ps.getResultSet()) {
                        p.rows().read(rs);
                    }
                } else {
                    p.count().read(ps.getLargeUpdateCount());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
