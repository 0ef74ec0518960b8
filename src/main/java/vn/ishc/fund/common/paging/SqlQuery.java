package vn.ishc.fund.common.paging;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small builder for filtered, paginated SELECTs: conditions are SQL written in code with
 * {@code ?} placeholders; user input only ever travels as parameters.
 */
public final class SqlQuery {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public SqlQuery(String from) {
        this.from = from;
    }

    /** A FROM clause that itself has placeholders (a derived table); its values bind first. */
    public SqlQuery(String from, Object... fromParams) {
        this.from = from;
        this.params.addAll(List.of(fromParams));
    }

    public SqlQuery where(String condition, Object... values) {
        conditions.add("(" + condition + ")");
        params.addAll(List.of(values));
        return this;
    }

    /** Adds the condition only when {@code value} is present. */
    public SqlQuery whereIf(Object value, String condition, Object... values) {
        return value == null ? this : where(condition, values);
    }

    public SqlQuery where(SqlFragment fragment) {
        return where(fragment.sql(), fragment.params().toArray());
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public <T> Page<T> page(JdbcOperations jdbc, String select, PageQuery query, RowMapper<T> mapper) {
        long total = jdbc.prepareStatement("SELECT COUNT(*) " + from + whereClause(), ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        String sql = select + " " + from + whereClause() + " ORDER BY " + query.orderBy() + " LIMIT ? OFFSET ?";
        List<Object> all = new ArrayList<>(params);
        all.add(query.size());
        all.add(query.offset());
        List<T> items = jdbc.prepareStatement(sql, ps -> {
            bind(ps, all);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        });
        return Page.of(items, query, total);
    }

    public static void bind(PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else if (v instanceof java.time.LocalDate d) {
                ps.setObject(i + 1, d);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
