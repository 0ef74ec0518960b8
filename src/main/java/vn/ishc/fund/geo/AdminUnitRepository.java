package vn.ishc.fund.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.ishc.fund.common.error.ApiException;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AdminUnitRepository extends CrudRepository<AdminUnit, Long> {

    boolean existsByCode(String code);

    @Query("SELECT COUNT(*) > 0 FROM admin_unit WHERE code = :code FOR UPDATE")
    boolean existsLocked(String code);

    /** A unit's closure rows: itself, and every ancestor of its parent. */
    @Query("INSERT INTO admin_unit_closure (ancestor_id, descendant_id) "
            + "SELECT :id, :id UNION SELECT ancestor_id, :id FROM admin_unit_closure WHERE descendant_id = :parentId")
    void insertClosure(long id, @Nullable Long parentId);

    /** After a merger, everything under the old unit also rolls up through its successor. */
    @Query("INSERT IGNORE INTO admin_unit_closure (ancestor_id, descendant_id) "
            + "SELECT s.ancestor_id, d.descendant_id FROM admin_unit_closure s, admin_unit_closure d "
            + "WHERE s.descendant_id = :successorId AND d.ancestor_id = :unitId")
    void linkSuccessor(long unitId, long successorId);

    @Query("SELECT * FROM admin_unit WHERE level IN ('PROVINCE', 'COMMUNE')")
    java.util.List<AdminUnit> aboveVillages();

    @Query("SELECT COUNT(*) > 0 FROM admin_unit_closure WHERE ancestor_id = :ancestorId AND descendant_id = :descendantId")
    boolean isWithin(long descendantId, long ancestorId);

    /**
     * The unit named by a request field, if it exists and has not been merged away: nothing new is
     * registered under a unit that no longer exists (422 {@code unit-merged} names its successor).
     */
    default AdminUnit requireCurrent(long id, String field) {
        AdminUnit unit = findById(id).orElseThrow(() -> ApiException.rule(field, "unknown-reference"));
        if (unit.successorId() != null) {
            String successor = findById(unit.successorId()).map(u -> u.name() + " (" + u.code() + ")").orElse("?");
            throw ApiException.rule(field, "unit-merged", successor);
        }
        return unit;
    }

    /** A club's or member's village: a current village inside the club's commune. */
    default void requireVillageOf(@Nullable Long villageId, long communeId) {
        if (villageId == null) {
            return;
        }
        AdminUnit village = requireCurrent(villageId, "villageId");
        if (village.level() != UnitLevel.VILLAGE) {
            throw ApiException.rule("villageId", "village-level");
        }
        if (!isWithin(villageId, communeId)) {
            throw ApiException.rule("villageId", "village-of-commune");
        }
    }
}
