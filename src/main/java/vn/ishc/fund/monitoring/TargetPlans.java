package vn.ishc.fund.monitoring;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.ClubFigures;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.geo.AdminUnit;
import vn.ishc.fund.geo.UnitLevel;
import vn.ishc.fund.geo.Units;
import vn.ishc.fund.monitoring.MonitoringDtos.GoalInput;
import vn.ishc.fund.monitoring.MonitoringDtos.NewPlan;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Target plans: the national plans (loaded by the migration) and provinces' own. A caller sees the national
 * plans and the plans of the provinces their scope touches; a PROVINCE_OFFICER defines plans for its
 * province, ADMIN for any.
 */
@Singleton
public class TargetPlans {

    private final TargetPlanStore store;
    private final Indicators indicators;
    private final Units units;
    private final ClubFigures clubFigures;

    TargetPlans(TargetPlanStore store, Indicators indicators, Units units, ClubFigures clubFigures) {
        this.store = store;
        this.indicators = indicators;
        this.units = units;
        this.clubFigures = clubFigures;
    }

    @ReadOnly
    public Page<TargetPlan> list(Caller caller, PageQuery page) {
        List<TargetPlan> visible = store.all().stream().filter(p -> visible(caller, p)).toList();
        int from = (int) Math.min(page.offset(), visible.size());
        int to = Math.min(from + page.size(), visible.size());
        return Page.of(visible.subList(from, to), page, visible.size());
    }

    @ReadOnly
    public TargetPlan get(Caller caller, long id) {
        return store.all().stream().filter(p -> p.id() == id && visible(caller, p)).findFirst()
                .orElseThrow(() -> ApiException.notFound("plan"));
    }

    /**
     * The plan to judge a unit by at a date: the one named (it must be the nation's or the unit's province's),
     * else the province's own plan running at the date (the latest begun), else the national plan running at the
     * date, else none.
     */
    TargetPlan choose(Caller caller, String code, Long province, LocalDate on) {
        List<TargetPlan> all = store.all();
        if (code != null) {
            TargetPlan p = all.stream().filter(x -> x.code().equals(code) && visible(caller, x)).findFirst()
                    .orElseThrow(() -> ApiException.rule("plan", "unknown-reference"));
            if (p.unitId() != null && !p.unitId().equals(province)) {
                throw ApiException.rule("plan", "plan-other-unit");
            }
            return p;
        }
        Comparator<TargetPlan> latest = Comparator.comparing(TargetPlan::startOn).thenComparing(TargetPlan::id);
        return all.stream().filter(p -> province != null && province.equals(p.unitId()) && p.covers(on)).max(latest)
                .or(() -> all.stream().filter(p -> p.unitId() == null && p.covers(on)).max(latest)).orElse(null);
    }

    private boolean visible(Caller caller, TargetPlan p) {
        if (p.unitId() == null || caller.isAdmin()) {
            return true;
        }
        if (caller.scopeUnitId() != null && units.isWithin(caller.scopeUnitId(), p.unitId())) {
            return true;
        }
        try {
            clubFigures.visibleUnit(caller, p.unitId());
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    @Transactional
    public TargetPlan create(Caller caller, NewPlan req) {
        caller.requireRole(Role.ADMIN, Role.PROVINCE_OFFICER);
        if (!req.endOn().isAfter(req.startOn())) {
            throw ApiException.invalid("endOn", "end-after-start");
        }
        Map<String, BigDecimal> goals = new LinkedHashMap<>();
        for (int n = 0; n < req.goals().size(); n++) {
            GoalInput g = req.goals().get(n);
            String field = "goals[" + n + "]";
            Indicator indicator = indicators.find(g.indicator());
            if (indicator == null) {
                throw ApiException.invalid(field + ".indicator", "unknown-indicator");
            }
            if (goals.containsKey(g.indicator())) {
                throw ApiException.invalid(field + ".indicator", "duplicate");
            }
            checkGoal(indicator, g.goal(), field + ".goal");
            goals.put(g.indicator(), g.goal());
        }
        AdminUnit unit = units.find(req.unitId()).orElseThrow(() -> ApiException.rule("unitId", "unknown-reference"));
        if (unit.level() != UnitLevel.PROVINCE) {
            throw ApiException.rule("unitId", "province-level");
        }
        if (!caller.isAdmin() && (caller.scopeUnitId() == null || !units.isWithin(unit.id(), caller.scopeUnitId()))) {
            throw ApiException.outsideScope("unitId");
        }
        if (store.codeTaken(req.code())) {
            throw ApiException.conflict("code", "duplicate");
        }
        long id = store.insert(req.code(), req.nameVi(), req.nameEn(), unit.id(), req.startOn(), req.endOn(),
                caller.username(), goals);
        return get(caller, id);
    }

    /** A share's goal lies in 0–1 (0%–100%) with at most four decimals; a count's is a whole number, an amount's whole VND. */
    static void checkGoal(Indicator indicator, BigDecimal goal, String field) {
        if (goal.signum() < 0) {
            throw ApiException.invalid(field, "not-negative");
        }
        switch (indicator.unit()) {
            case SHARE -> {
                if (goal.compareTo(BigDecimal.ONE) > 0) {
                    throw ApiException.invalid(field, "share-range");
                }
                if (goal.stripTrailingZeros().scale() > 4) {
                    throw ApiException.invalid(field, "digits", 4);
                }
            }
            case COUNT, VND -> {
                if (goal.stripTrailingZeros().scale() > 0) {
                    throw ApiException.invalid(field, "integer");
                }
                if (goal.compareTo(new BigDecimal("1000000000000000")) > 0) {
                    throw ApiException.invalid(field, "max", "1000000000000000");
                }
            }
        }
    }
}
