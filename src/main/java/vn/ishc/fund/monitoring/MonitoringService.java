package vn.ishc.fund.monitoring;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.club.ClubFigures;
import vn.ishc.fund.club.ClubFigures.Profile;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.geo.AdminUnit;
import vn.ishc.fund.geo.AreaType;
import vn.ishc.fund.geo.UnitHistory;
import vn.ishc.fund.geo.UnitLevel;
import vn.ishc.fund.geo.Units;
import vn.ishc.fund.ledger.FundSizes;
import vn.ishc.fund.lending.LendingReads;
import vn.ishc.fund.lending.LendingReads.ClubLending;
import vn.ishc.fund.monitoring.MonitoringDtos.ChildIndicators;
import vn.ishc.fund.monitoring.MonitoringDtos.Figure;
import vn.ishc.fund.monitoring.MonitoringDtos.PlanRef;
import vn.ishc.fund.monitoring.MonitoringDtos.UnitIndicators;
import vn.ishc.fund.monitoring.MonitoringDtos.UnitRef;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's indicators at a date against a target plan, with its children's: the clubs the caller may see
 * that count under the unit at the date (through the unit history: a club of a commune merged away counts
 * under the successor after the merger, under the old commune before), read in one snapshot through the
 * registry's, ledger's and lending book's public reads, summed per child and in all.
 */
@Singleton
public class MonitoringService {

    /** The composition quota's elderly age of the national projects (the Law on the Elderly's 60 is a setting). */
    static final int QUOTA_AGE = 55;
    private static final Set<Measure> ALL = EnumSet.allOf(Measure.class);
    private static final Set<Measure> FROM_BOOKS = EnumSet.of(Measure.FUND_SIZE, Measure.FUNDED_CLUBS);
    private static final Set<Measure> FROM_LOANS = EnumSet.of(Measure.BORROWED, Measure.OUTSTANDING, Measure.AT_RISK_30,
            Measure.DUE, Measure.PAID);

    private final ClubFigures clubFigures;
    private final FundSizes fundSizes;
    private final LendingReads lending;
    private final Units units;
    private final Indicators indicators;
    private final TargetPlans plans;
    private final BusinessDates dates;
    private final ClubAccess clubAccess;

    MonitoringService(ClubAccess clubAccess, ClubFigures clubFigures, FundSizes fundSizes, LendingReads lending, Units units,
                      Indicators indicators, TargetPlans plans, BusinessDates dates) {
        this.clubFigures = clubFigures;
        this.fundSizes = fundSizes;
        this.lending = lending;
        this.units = units;
        this.indicators = indicators;
        this.plans = plans;
        this.dates = dates;
        this.clubAccess = clubAccess;
    }

    /** A club with its name, counted under a child of the unit asked for. */
    private record ClubRow(Profile profile, long commune, long child, Measures measures) {
    }

    /** The indicators of a unit (the nation when {@code unitId} is null: ADMIN only) at {@code asOf} (default today). */
    @ReadOnly
    public UnitIndicators indicators(Caller caller, Long unitId, LocalDate asOf, String planCode, boolean english) {
        LocalDate on = asOf == null ? dates.today() : dates.notFuture("asOf", asOf);
        AdminUnit unit = unit(caller, unitId);
        UnitHistory history = units.history();
        Long province = unit == null ? null : unit.level() == UnitLevel.PROVINCE ? (Long) unit.id()
                : history.provinceAt(unit.id(), on);
        TargetPlan plan = plans.choose(caller, planCode, province, on);
        LocalDate newSince = plan != null ? plan.startOn() : on.withDayOfYear(1);
        List<ClubRow> now = clubs(caller, unit, history, on, newSince);
        RollUp.Totals actual = totals(caller, unit, history, on, now, ALL);
        RollUp.Totals base = null;
        LocalDate baseDate = null;
        List<ClubRow> then = null;
        if (plan != null) {
            baseDate = plan.startOn().isBefore(on) ? plan.startOn() : on;
            then = clubs(caller, unit, history, baseDate, newSince);
            base = totals(caller, unit, history, baseDate, then, ALL);
        }
        boolean planUnit = plan != null && (plan.unitId() == null ? unit == null : unit != null && plan.unitId().equals(unit.id()));
        List<Figure> figures = figures(actual.total(), base == null ? null : base.total(), plan, planUnit, on, english);

        List<ChildIndicators> children = new ArrayList<>();
        boolean everyChild = caller.isAdmin() || caller.scopeUnitId() != null;
        for (UnitRef child : children(unit, history, on, now)) {
            if (!everyChild && !actual.perChild().containsKey(child.id())) {
                continue;
            }
            children.add(new ChildIndicators(child, figures(actual.of(child.id()),
                    base == null ? null : base.of(child.id()), plan, false, on, english)));
        }
        // the communes by area type (plains, mountainous, ethnic-minority, border, island): targets differ between them
        List<MonitoringDtos.AreaIndicators> byArea = new ArrayList<>();
        if (unit == null || unit.level() == UnitLevel.PROVINCE) {
            RollUp.Totals areas = totals(caller, unit, history, on, now, ALL, true);
            RollUp.Totals areasThen = then == null ? null : totals(caller, unit, history, baseDate, then, ALL, true);
            for (AreaType type : AreaType.values()) {
                if (areas.perChild().containsKey((long) type.ordinal())) {
                    byArea.add(new MonitoringDtos.AreaIndicators(type.name(), figures(areas.of(type.ordinal()),
                            areasThen == null ? null : areasThen.of(type.ordinal()), plan, false, on, english)));
                }
            }
        }
        return new UnitIndicators(unitRef(unit, english), on, plan == null ? null : planRef(plan, english), now.size(),
                figures, children, byArea);
    }

    /**
     * An indicator of a unit (the nation when null) at the end of each of the last {@code months} months (default
     * 24, at most 60), the last point at {@code asOf} (default today); oldest first.
     */
    @ReadOnly
    public MonitoringDtos.Trend trend(Caller caller, Long unitId, String code, LocalDate asOf, Integer months, boolean english) {
        LocalDate on = asOf == null ? dates.today() : dates.notFuture("asOf", asOf);
        int n = months == null ? 24 : months;
        if (n < 1 || n > 60) {
            throw ApiException.invalid("months", "between", 1, 60);
        }
        AdminUnit unit = unit(caller, unitId);
        Indicator indicator = indicator(code);
        UnitHistory history = units.history();
        Set<Measure> needed = EnumSet.of(indicator.numerator());
        if (indicator.denominator() != null) {
            needed.add(indicator.denominator());
        }
        List<MonitoringDtos.TrendPoint> points = new ArrayList<>();
        for (int k = n - 1; k >= 0; k--) {
            LocalDate date = k == 0 ? on : on.minusMonths(k).withDayOfMonth(on.minusMonths(k).lengthOfMonth());
            Measures total = totals(caller, unit, history, date,
                    clubs(caller, unit, history, date, date.withDayOfYear(1), needed), needed).total();
            IndicatorValues.Value v = IndicatorValues.of(indicator, total);
            points.add(new MonitoringDtos.TrendPoint(date, v.numerator(), v.denominator(), v.value()));
        }
        return new MonitoringDtos.Trend(unitRef(unit, english), indicator.code(), english ? indicator.nameEn()
                : indicator.nameVi(), indicator.unit(), indicator.direction(), points);
    }

    /** The children of a unit (the nation when null) ranked by an indicator, best first, at a date against a plan. */
    @ReadOnly
    public MonitoringDtos.Ranking ranking(Caller caller, Long unitId, String code, LocalDate asOf, String planCode,
                                         boolean english) {
        Indicator indicator = indicator(code);
        UnitIndicators all = indicators(caller, unitId, asOf, planCode, english);
        List<MonitoringDtos.Ranked> ranked = Ranking.rank(indicator, all.children());
        return new MonitoringDtos.Ranking(all.unit(), all.asOf(), all.plan(), indicator.code(),
                english ? indicator.nameEn() : indicator.nameVi(), indicator.unit(), indicator.direction(), ranked);
    }

    /**
     * One club's indicators at a date against a plan: its line of its commune's drill-down (the commune that
     * holds it at the date), without children. A date before its founding is 422 {@code before-founding}.
     */
    @ReadOnly
    public UnitIndicators club(Caller caller, long clubId, LocalDate asOf, String planCode, boolean english) {
        Club club = clubAccess.visible(caller, clubId);
        LocalDate on = asOf == null ? dates.today() : dates.notFuture("asOf", asOf);
        if (on.isBefore(club.foundedOn())) {
            throw ApiException.rule("asOf", "before-founding", club.foundedOn());
        }
        long commune = units.history().at(club.communeId(), on);
        UnitIndicators all = indicators(caller, commune, on, planCode, english);
        ChildIndicators line = all.children().stream().filter(c -> c.unit().id() == clubId).findFirst()
                .orElseThrow(() -> ApiException.notFound("club"));
        return new UnitIndicators(line.unit(), all.asOf(), all.plan(), 1, line.indicators(), List.of(), List.of());
    }

    private Indicator indicator(String code) {
        Indicator i = indicators.find(code);
        if (i == null) {
            throw ApiException.notFound("indicator");
        }
        return i;
    }

    /** The unit asked for, in the caller's scope (the nation, null, for ADMIN only). */
    private AdminUnit unit(Caller caller, Long unitId) {
        if (unitId == null) {
            if (!caller.isAdmin()) {
                throw ApiException.forbidden("role-not-allowed");
            }
            return null;
        }
        AdminUnit unit = clubFigures.visibleUnit(caller, unitId);
        if (unit.level() == UnitLevel.VILLAGE) {
            throw ApiException.rule("id", "indicator-level");
        }
        return unit;
    }

    private static UnitRef unitRef(AdminUnit unit, boolean english) {
        return unit == null ? new UnitRef(null, null, english ? "Viet Nam" : "Việt Nam", "NATION", null) : ref(unit);
    }

    /** The clubs in scope under the unit at the date, each with the child it counts under. */
    private List<ClubRow> clubs(Caller caller, AdminUnit unit, UnitHistory history, LocalDate on, LocalDate newSince) {
        return clubs(caller, unit, history, on, newSince, ALL);
    }

    /**
     * The clubs' measures summed per child and in all, with the village counts of the communes: every commune of
     * the unit at the date for a caller of a unit or the nation, the communes of the caller's clubs otherwise.
     */
    private RollUp.Totals totals(Caller caller, AdminUnit unit, UnitHistory history, LocalDate on, List<ClubRow> clubs,
                                 Set<Measure> needed) {
        return totals(caller, unit, history, on, clubs, needed, false);
    }

    /** As above; {@code byArea}: summed per area type of the communes (the key is the type's ordinal, -1 for none). */
    private RollUp.Totals totals(Caller caller, AdminUnit unit, UnitHistory history, LocalDate on, List<ClubRow> clubs,
                                 Set<Measure> needed, boolean byArea) {
        java.util.function.LongUnaryOperator area = commune -> {
            AdminUnit u = history.unit(commune);
            return u == null || u.areaType() == null ? -1 : u.areaType().ordinal();
        };
        List<RollUp.Placed> placed = new ArrayList<>();
        clubs.forEach(c -> placed.add(new RollUp.Placed(c.profile().clubId(),
                byArea ? area.applyAsLong(c.commune()) : c.child(), c.measures())));
        if (needed.contains(Measure.VILLAGES) || needed.contains(Measure.VILLAGES_WITH_CLUB)) {
            Map<Long, Long> childOf = new LinkedHashMap<>();
            if (caller.isAdmin() || caller.scopeUnitId() != null) {
                for (AdminUnit c : history.communesAt(on)) {
                    Long province = history.provinceAt(c.id(), on);
                    if (unit == null ? province != null : unit.level() == UnitLevel.PROVINCE ? unit.id().equals(province)
                            : unit.id().equals(c.id())) {
                        childOf.put(c.id(), unit == null ? province : unit.level() == UnitLevel.PROVINCE ? c.id() : -1L);
                    }
                }
            }
            for (ClubRow c : clubs) {
                childOf.putIfAbsent(c.commune(), unit != null && unit.level() == UnitLevel.COMMUNE ? -1L : c.child());
            }
            Map<Long, Integer> villages = new java.util.HashMap<>();
            units.villagesAt(on).forEach((parent, n) -> villages.merge(history.at(parent, on), n, Integer::sum));
            VillageCoverage.of(childOf.keySet(), villages, clubs.stream()
                            .map(c -> new VillageCoverage.ClubPlace(c.commune(), c.profile().villageId())).toList())
                    .forEach((commune, m) -> placed.add(new RollUp.Placed(0,
                            byArea ? area.applyAsLong(commune) : childOf.get(commune), m)));
        }
        return RollUp.of(placed);
    }

    /** As above, reading the books and the loans only if a measure {@code needed} comes from them (loan replays are dear). */
    private List<ClubRow> clubs(Caller caller, AdminUnit unit, UnitHistory history, LocalDate on, LocalDate newSince,
                                Set<Measure> needed) {
        Long unitId = unit == null ? null : unit.id();
        List<Profile> profiles = clubFigures.profilesAt(caller, unitId, on, QUOTA_AGE);
        Map<Long, BigDecimal> funds = needed.stream().anyMatch(FROM_BOOKS::contains) ? fundSizes.at(caller, unitId, on) : Map.of();
        Map<Long, ClubLending> loans = needed.stream().anyMatch(FROM_LOANS::contains)
                ? lending.lendingPerClub(caller, unitId, on, on.minusMonths(12).plusDays(1)) : Map.of();
        List<ClubRow> out = new ArrayList<>();
        for (Profile p : profiles) {
            long commune = history.at(p.communeId(), on);
            Long province = history.provinceAt(p.communeId(), on);
            Long child;
            if (unit == null) {
                child = province;
            } else if (unit.level() == UnitLevel.PROVINCE) {
                child = unit.id().equals(province) ? commune : null;
            } else {
                child = unit.id() == commune ? p.clubId() : null;
            }
            if (child != null) {
                out.add(new ClubRow(p, commune, child, ClubMeasures.of(p, funds.get(p.clubId()), loans.get(p.clubId()), newSince)));
            }
        }
        return out;
    }

    /** The units (or clubs) under the unit at the date, and any other a club counts under. */
    private static List<UnitRef> children(AdminUnit unit, UnitHistory history, LocalDate on, List<ClubRow> clubs) {
        Map<Long, UnitRef> out = new LinkedHashMap<>();
        if (unit != null && unit.level() == UnitLevel.COMMUNE) {
            clubs.stream().sorted(java.util.Comparator.comparing(c -> c.profile().code()))
                    .forEach(c -> out.put(c.profile().clubId(), new UnitRef(c.profile().clubId(), c.profile().code(),
                            c.profile().name(), "CLUB", null)));
            return List.copyOf(out.values());
        }
        for (AdminUnit u : history.childrenAt(unit == null ? null : unit.id(), on)) {
            out.put(u.id(), ref(u));
        }
        for (ClubRow c : clubs) {
            AdminUnit u = history.unit(c.child());
            if (u != null) {
                out.putIfAbsent(u.id(), ref(u));
            }
        }
        return List.copyOf(out.values());
    }

    private List<Figure> figures(Measures actual, Measures base, TargetPlan plan, boolean planUnit, LocalDate on,
                                 boolean english) {
        List<Figure> out = new ArrayList<>();
        for (Indicator i : indicators.all()) {
            IndicatorValues.Value v = IndicatorValues.of(i, actual);
            BigDecimal goal = plan == null ? null : plan.goals().get(i.code());
            // count and amount goals are the plan unit's own totals; share goals hold everywhere under it
            if (goal != null && i.unit() != IndicatorUnit.SHARE && !planUnit) {
                goal = null;
            }
            Progress.Standing s = goal == null ? null : Progress.of(i, v, base == null ? null
                    : IndicatorValues.of(i, base).value(), goal, plan.startOn(), plan.endOn(), on);
            out.add(new Figure(i.code(), english ? i.nameEn() : i.nameVi(), i.unit(), i.direction(), v.numerator(),
                    v.denominator(), v.value(), s == null ? null : s.goal(), s == null ? null : s.baseline(),
                    s == null ? null : s.expected(), s == null ? null : s.progress(), s == null ? null : s.onTrack(),
                    s == null ? null : s.gap(), s == null ? null : s.gapCount()));
        }
        return out;
    }

    static UnitRef ref(AdminUnit u) {
        return new UnitRef(u.id(), u.code(), u.name(), u.level().name(), u.areaType() == null ? null : u.areaType().name());
    }

    static PlanRef planRef(TargetPlan p, boolean english) {
        return new PlanRef(p.code(), english ? p.nameEn() : p.nameVi(), p.unitId(), p.startOn(), p.endOn());
    }
}
