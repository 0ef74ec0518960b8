package vn.ishc.fund.monitoring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the monitoring API reads and answers. */
public final class MonitoringDtos {

    private MonitoringDtos() {
    }

    /**
     * A unit of the answer: the nation, a province, a commune (with its area type: plains, mountainous,
     * ethnic-minority, border, island), or a club (level CLUB, its id the club's).
     */
    @Introspected
    public record UnitRef(@Nullable Long id, @Nullable String code, String name, String level, @Nullable String areaType) {
    }

    @Introspected
    public record PlanRef(String code, String name, @Nullable Long unitId, LocalDate startOn, LocalDate endOn) {
    }

    /**
     * One indicator of a unit: the value (null when there is nothing to divide) with its numerator and
     * denominator, and against the plan (all null when the plan sets no goal here): the goal, the value at the
     * plan's start, the expected value on the straight path at the date, progress, on track, and the gap.
     */
    @Introspected
    public record Figure(String code, String name, IndicatorUnit unit, Direction direction, BigDecimal numerator,
                         @Nullable BigDecimal denominator, @Nullable BigDecimal value, @Nullable BigDecimal goal,
                         @Nullable BigDecimal baseline, @Nullable BigDecimal expected, @Nullable BigDecimal progress,
                         @Nullable Boolean onTrack, @Nullable BigDecimal gap, @Nullable BigDecimal gapCount) {
    }

    @Introspected
    public record ChildIndicators(UnitRef unit, List<Figure> indicators) {
    }

    /** The communes of one area type of a province or the nation, summed. */
    @Introspected
    public record AreaIndicators(String areaType, List<Figure> indicators) {
    }

    /**
     * A unit's indicators at a date against a plan, its children's for drill-down, and (a province, the nation)
     * its communes' by area type.
     */
    @Introspected
    public record UnitIndicators(UnitRef unit, LocalDate asOf, @Nullable PlanRef plan, int clubs, List<Figure> indicators,
                                 List<ChildIndicators> children, List<AreaIndicators> byAreaType) {
    }

    /** A goal of a new plan: an indicator's code and its goal (a share as 0–1, a count, an amount in VND). */
    @Introspected
    public record GoalInput(@NotBlank @Size(max = 40) String indicator, @NotNull BigDecimal goal) {
    }

    /** A province's own plan. */
    @Introspected
    public record NewPlan(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*") String code,
                          @NotBlank @Size(max = 200) String nameVi, @NotBlank @Size(max = 200) String nameEn,
                          @NotNull Long unitId, @NotNull LocalDate startOn, @NotNull LocalDate endOn,
                          @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull GoalInput> goals) {
    }

    /** An indicator's value at the end of a month (the last point at the date asked for). */
    @Introspected
    public record TrendPoint(LocalDate date, BigDecimal numerator, @Nullable BigDecimal denominator,
                             @Nullable BigDecimal value) {
    }

    @Introspected
    public record Trend(UnitRef unit, String code, String name, IndicatorUnit indicatorUnit, Direction direction,
                        List<TrendPoint> points) {
    }

    /** A child of the unit in the order of an indicator, best first (no value last); equal values share a rank. */
    @Introspected
    public record Ranked(int rank, UnitRef unit, Figure figure) {
    }

    @Introspected
    public record Ranking(UnitRef unit, LocalDate asOf, @Nullable PlanRef plan, String code, String name,
                          IndicatorUnit indicatorUnit, Direction direction, List<Ranked> children) {
    }
}
