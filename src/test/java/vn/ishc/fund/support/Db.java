package vn.ishc.fund.support;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Direct SQL for tests: what the database holds, read behind the service's back. */
public final class Db {

    private final DataSource dataSource;

    Db(DataSource dataSource) {
        this.dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public long count(String sql, Object... params) {
        Object v = scalar(sql, params);
        return v == null ? 0 : ((Number) v).longValue();
    }

    public BigDecimal decimal(String sql, Object... params) {
        Object v = scalar(sql, params);
        return v == null ? null : new BigDecimal(v.toString());
    }

    public String string(String sql, Object... params) {
        Object v = scalar(sql, params);
        return v == null ? null : v.toString();
    }

    public Object scalar(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of a query, each as column label → value, in query order. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row of a table by id, or null. */
    public Map<String, Object> row(String table, long id) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        List<Map<String, Object>> rows = rows("SELECT * FROM " + table + " WHERE id = ?", id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a query returns now, to compare after a refused request: the refused request must leave
     * these rows exactly as they were (none added, removed or changed).
     */
    public Snapshot snapshot(String sql, Object... params) {
        return new Snapshot(sql, params, rows(sql, params));
    }

    public final class Snapshot {
        private final String sql;
        private final Object[] params;
        private final List<Map<String, Object>> before;

        private Snapshot(String sql, Object[] params, List<Map<String, Object>> before) {
            this.sql = sql;
            this.params = params;
            this.before = before;
        }

        public List<Map<String, Object>> before() {
            return before;
        }

        public void assertUnchanged() {
            assertEquals(before, rows(sql, params), () -> "the database changed: " + sql);
        }
    }
}
