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

    Units(AdminUnitRepository units) {
        this.units = units;
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
