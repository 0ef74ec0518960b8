package vn.ishc.fund.support;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
}
