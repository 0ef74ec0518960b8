package vn.ishc.fund.monitoring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A target plan: the nation's ({@code unitId} null) or a province's, from its start to its end, with a goal
 * per indicator code. Count and amount goals are the plan unit's own totals; share goals hold for every
 * unit under it and each club.
 */
@Introspected
public record TargetPlan(long id, String code, String nameVi, String nameEn, @Nullable Long unitId, LocalDate startOn,
                         LocalDate endOn, Map<String, BigDecimal> goals) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startOn) && !date.isAfter(endOn);
    }
}
