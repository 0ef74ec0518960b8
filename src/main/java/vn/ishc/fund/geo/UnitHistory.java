package vn.ishc.fund.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where units stood at a date: the provinces and communes with their validity and mergers, so a club
 * registered under a commune counts, at each date, under the commune that held it then (the commune
 * itself until its last valid day, its successor after the merger) and that commune's province at the
 * date (followed through province mergers too). Pure; {@link Units#history()} loads it.
 */
public final class UnitHistory {

    private final Map<Long, AdminUnit> byId = new HashMap<>();

    public UnitHistory(List<AdminUnit> units) {
        units.forEach(u -> byId.put(u.id(), u));
    }

    public AdminUnit unit(long id) {
        return byId.get(id);
    }

    /**
     * The unit that holds {@code unitId}'s place at the date: itself while it was valid (or before it
     * began: nothing is known of what came before), else its successor, followed on.
     */
    public long at(long unitId, LocalDate date) {
        long id = unitId;
        for (int hops = 0; hops < 64; hops++) {
            AdminUnit u = byId.get(id);
            if (u == null || u.validTo() == null || !date.isAfter(u.validTo()) || u.successorId() == null) {
                return id;
            }
            id = u.successorId();
        }
        return id;
    }

    /** The province a commune (registered as {@code communeId}) belonged to at the date; null if unknown. */
    public Long provinceAt(long communeId, LocalDate date) {
        AdminUnit commune = byId.get(at(communeId, date));
        if (commune == null || commune.parentId() == null) {
            return null;
        }
        return at(commune.parentId(), date);
    }

    /** The communes valid at the date, in any province. */
    public List<AdminUnit> communesAt(LocalDate date) {
        return byId.values().stream().filter(u -> u.level() == UnitLevel.COMMUNE && u.validOn(date)).toList();
    }

    /** The units valid at the date whose parent then was {@code parentId} (null: the provinces), by name. */
    public List<AdminUnit> childrenAt(Long parentId, LocalDate date) {
        List<AdminUnit> out = new ArrayList<>();
        for (AdminUnit u : byId.values()) {
            if (!u.validOn(date)) {
                continue;
            }
            boolean child = parentId == null ? u.level() == UnitLevel.PROVINCE
                    : u.parentId() != null && at(u.parentId(), date) == parentId;
            if (child) {
                out.add(u);
            }
        }
        out.sort(Comparator.comparing(AdminUnit::name).thenComparing(AdminUnit::id));
        return out;
    }
}
