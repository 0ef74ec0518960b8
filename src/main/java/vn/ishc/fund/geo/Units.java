package vn.ishc.fund.geo;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * What other capabilities may know of the administrative units: geo's narrow API (the unit and
 * closure tables stay behind it, {@link UnitTree} gives their SQL to queries). Runs in the caller's
 * transaction or connection.
 */
@Singleton
public class Units {

    private final AdminUnitRepository units;
    private final io.micronaut.data.jdbc.runtime.JdbcOperations jdbc;

    Units(AdminUnitRepository units, io.micronaut.data.jdbc.runtime.JdbcOperations jdbc) {
        this.units = units;
        this.jdbc = jdbc;
    }

    /** Parent (commune) id → how many villages and residential groups under it are valid at the date. */
    public java.util.Map<Long, Integer> villagesAt(java.time.LocalDate date) {
        return jdbc.prepareStatement("SELECT parent_id, COUNT(*) FROM admin_unit WHERE level = 'VILLAGE' AND valid_from <= ? "
                + "AND (valid_to IS NULL OR valid_to >= ?) GROUP BY parent_id", ps -> {
            ps.setObject(1, date);
            ps.setObject(2, date);
            java.util.Map<Long, Integer> out = new java.util.HashMap<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    public Optional<AdminUnit> find(long id) {
        return units.findById(id);
    }

    /** The unit named by a request field, if it exists and was not merged away (422 otherwise). */
    public AdminUnit requireCurrent(long id, String field) {
        return units.requireCurrent(id, field);
    }

    /** A club's or member's village: a current village inside the club's commune (422 otherwise). */
    public void requireVillageOf(@Nullable Long villageId, long communeId) {
        units.requireVillageOf(villageId, communeId);
    }

    /** Whether a unit lies at or below another, following mergers. */
    public boolean isWithin(long descendantId, long ancestorId) {
        return units.isWithin(descendantId, ancestorId);
    }

    /** The provinces and communes with their validity and mergers, to place units at a date. */
    public UnitHistory history() {
        return new UnitHistory(units.aboveVillages());
    }

    /** Whether a unit with this code exists, locking its row (to load reference data once). */
    public boolean existsLocked(String code) {
        return units.existsLocked(code);
    }
}
