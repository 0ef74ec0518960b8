package vn.ishc.fund.monitoring;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code target_plan} and {@code target_goal} tables. */
@Singleton
class TargetPlanStore {

    private final JdbcOperations jdbc;

    TargetPlanStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan with its goals, national plans first, then by start and code. Plans are few. */
    List<TargetPlan> all() {
        Map<Long, Map<String, BigDecimal>> goals = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT plan_id, indicator, goal FROM target_goal ORDER BY plan_id, indicator", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    goals.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros());
                }
            }
            return null;
        });
        return jdbc.prepareStatement("SELECT id, code, name_vi, name_en, unit_id, start_on, end_on FROM target_plan "
                + "ORDER BY unit_id IS NOT NULL, start_on, code", ps -> {
            List<TargetPlan> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new TargetPlan(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, Long.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                            goals.getOrDefault(id, Map.of())));
                }
            }
            return out;
        });
    }

    boolean codeTaken(String code) {
        return jdbc.prepareStatement("SELECT 1 FROM target_plan WHERE code = ?", ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    long insert(String code, String nameVi, String nameEn, long unitId, LocalDate start, LocalDate end, String by,
                Map<String, BigDecimal> goals) {
        long id;
        try (PreparedStatement ps = jdbc.getConnection().prepareStatement("INSERT INTO target_plan (code, name_vi, name_en, "
                + "unit_id, start_on, end_on, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, code);
            ps.setString(2, nameVi);
            ps.setString(3, nameEn);
            ps.setLong(4, unitId);
            ps.setObject(5, start);
            ps.setObject(6, end);
            ps.setString(7, by);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("target plan not stored", e);
        }
        jdbc.prepareStatement("INSERT INTO target_goal (plan_id, indicator, goal) VALUES (?, ?, ?)", ps -> {
            for (Map.Entry<String, BigDecimal> g : goals.entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, g.getKey());
                ps.setBigDecimal(3, g.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
            return null;
        });
        return id;
    }
}
