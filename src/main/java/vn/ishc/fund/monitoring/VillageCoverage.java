package vn.ishc.fund.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The village measures of communes: how many villages each has at the date, and in how many of them a club
 * is registered. Counted once per commune (the clubs' sums cannot hold them). Pure.
 */
public final class VillageCoverage {

    private VillageCoverage() {
    }

    /** A club counted at the date: the commune that holds it then and its village (null: none registered). */
    public record ClubPlace(long commune, Long village) {
    }

    /**
     * @param communes the communes counted (those of the unit at the date, and any a club counts under)
     * @param villages commune id → its villages at the date
     */
    public static Map<Long, Measures> of(Collection<Long> communes, Map<Long, Integer> villages, Collection<ClubPlace> clubs) {
        Map<Long, Set<Long>> withClub = new HashMap<>();
        for (ClubPlace c : clubs) {
            if (c.village() != null) {
                withClub.computeIfAbsent(c.commune(), k -> new HashSet<>()).add(c.village());
            }
        }
        Map<Long, Measures> out = new LinkedHashMap<>();
        for (long commune : communes) {
            out.put(commune, Measures.of(Map.of(Measure.VILLAGES, villages.getOrDefault(commune, 0),
                    Measure.VILLAGES_WITH_CLUB, withClub.getOrDefault(commune, Set.of()).size())));
        }
        return out;
    }
}
