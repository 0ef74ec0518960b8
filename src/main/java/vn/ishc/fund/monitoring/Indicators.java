package vn.ishc.fund.monitoring;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicators of the {@code indicator} table, in their order; read once (they change with migrations only). */
@Singleton
public class Indicators {

    private final JdbcOperations jdbc;
    private volatile Map<String, Indicator> byCode;

    Indicators(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<Indicator> all() {
        return List.copyOf(load().values());
    }

    /** The indicator with this code, or null. */
    public Indicator find(String code) {
        return load().get(code);
    }

    private Map<String, Indicator> load() {
        Map<String, Indicator> m = byCode;
        if (m == null) {
            List<Indicator> rows = jdbc.prepareStatement("SELECT code, name_vi, name_en, numerator, denominator, unit, "
                    + "direction, position FROM indicator ORDER BY position, code", ps -> {
                List<Indicator> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String den = rs.getString(5);
                        out.add(new Indicator(rs.getString(1), rs.getString(2), rs.getString(3),
                                Measure.valueOf(rs.getString(4)), den == null ? null : Measure.valueOf(den),
                                IndicatorUnit.valueOf(rs.getString(6)), Direction.valueOf(rs.getString(7)), rs.getInt(8)));
                    }
                }
                return out;
            });
            m = new LinkedHashMap<>();
            for (Indicator i : rows) {
                m.put(i.code(), i);
            }
            byCode = m;
        }
        return m;
    }
}
