package vn.ishc.fund.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.common.error.Messages;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.monitoring.MonitoringDtos.NewPlan;
import vn.ishc.fund.monitoring.MonitoringDtos.UnitIndicators;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Indicators of units against target plans, their definitions, and the plans. */
@Tag(name = "Monitoring")
@Controller("/api/v1")
@Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
public class MonitoringController {

    private final MonitoringService service;
    private final TargetPlans plans;
    private final Indicators indicators;
    private final Callers callers;

    public MonitoringController(MonitoringService service, TargetPlans plans, Indicators indicators, Callers callers) {
        this.service = service;
        this.plans = plans;
        this.indicators = indicators;
        this.callers = callers;
    }

    @Operation(summary = "A unit's indicators against a target plan", description = "At asOf (default today), for a "
            + "province or commune: every indicator's value with numerator and denominator, and against the plan (its code; "
            + "default the province's own plan running at the date, else the national one) the goal, the value at the "
            + "plan's start, the expected value on the straight path, progress, on track and the gap; the same for each "
            + "child (the communes of a province, the clubs of a commune) for drill-down. Only the clubs in the caller's scope count.")
    @Get("/admin-units/{id}/indicators")
    public UnitIndicators unit(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                               @Nullable @QueryValue LocalDate asOf, @Nullable @QueryValue String plan) {
        return service.indicators(callers.of(auth), id, asOf, plan, english(request));
    }

    @Operation(summary = "A club's indicators against a target plan", description = "The club's line of its commune's "
            + "drill-down at asOf (default today, not before its founding), judged by the plan of its province or the nation.")
    @Get("/clubs/{clubId}/indicators")
    public UnitIndicators club(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                               @Nullable @QueryValue LocalDate asOf, @Nullable @QueryValue String plan) {
        return service.club(callers.of(auth), clubId, asOf, plan, english(request));
    }

    @Operation(summary = "The nation's indicators (ADMIN)", description = "As for a unit, with the provinces as children.")
    @Secured(Role.ADMIN_)
    @Get("/nation/indicators")
    public UnitIndicators nation(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue LocalDate asOf,
                                 @Nullable @QueryValue String plan) {
        return service.indicators(callers.of(auth), null, asOf, plan, english(request));
    }

    @Operation(summary = "An indicator of a unit over the last months", description = "The value (with numerator and "
            + "denominator) at the end of each of the last `months` months (default 24, 1–60), the last point at asOf "
            + "(default today); oldest first. New clubs count from 1 January of each point's year.")
    @Get("/admin-units/{id}/indicators/{code}/trend")
    public MonitoringDtos.Trend trend(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                      @PathVariable String code, @Nullable @QueryValue LocalDate asOf,
                                      @Nullable @QueryValue Integer months) {
        return service.trend(callers.of(auth), id, code, asOf, months, english(request));
    }

    @Operation(summary = "The nation's trend of an indicator (ADMIN)")
    @Secured(Role.ADMIN_)
    @Get("/nation/indicators/{code}/trend")
    public MonitoringDtos.Trend nationTrend(HttpRequest<?> request, Authentication auth, @PathVariable String code,
                                            @Nullable @QueryValue LocalDate asOf, @Nullable @QueryValue Integer months) {
        return service.trend(callers.of(auth), null, code, asOf, months, english(request));
    }

    @Operation(summary = "A unit's children ranked by an indicator", description = "The communes of a province (the "
            + "clubs of a commune) best first in the indicator's direction, those without a value last; each with its "
            + "figure against the plan, as in the unit's indicators.")
    @Get("/admin-units/{id}/indicators/{code}/ranking")
    public MonitoringDtos.Ranking ranking(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                          @PathVariable String code, @Nullable @QueryValue LocalDate asOf,
                                          @Nullable @QueryValue String plan) {
        return service.ranking(callers.of(auth), id, code, asOf, plan, english(request));
    }

    @Operation(summary = "The provinces ranked by an indicator (ADMIN)")
    @Secured(Role.ADMIN_)
    @Get("/nation/indicators/{code}/ranking")
    public MonitoringDtos.Ranking nationRanking(HttpRequest<?> request, Authentication auth, @PathVariable String code,
                                                @Nullable @QueryValue LocalDate asOf, @Nullable @QueryValue String plan) {
        return service.ranking(callers.of(auth), null, code, asOf, plan, english(request));
    }

    @Operation(summary = "The indicators' definitions", description = "Code, names, numerator and denominator (measures "
            + "summed over the clubs), unit (COUNT, SHARE, VND) and which way is good.")
    @Get("/indicators")
    public List<Indicator> definitions() {
        return indicators.all();
    }

    @Operation(summary = "Target plans", description = "The national plans and the plans of the provinces in your scope.")
    @Get("/target-plans")
    public Page<TargetPlan> listPlans(Authentication auth, @Nullable @QueryValue Integer page,
                                      @Nullable @QueryValue Integer size) {
        return plans.list(callers.of(auth), PageQuery.of(page, size, null, Map.of(), "id"));
    }

    @Get("/target-plans/{id}")
    public TargetPlan getPlan(Authentication auth, @PathVariable long id) {
        return plans.get(callers.of(auth), id);
    }

    @Operation(summary = "Define a province's plan", description = "PROVINCE_OFFICER of the province or ADMIN: code, "
            + "names, the province, start and end (end after start), and goals per indicator (a share as 0–1).")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_})
    @Post("/target-plans")
    public HttpResponse<TargetPlan> createPlan(Authentication auth, @Valid @Body NewPlan body) {
        return HttpResponse.created(plans.create(callers.of(auth), body));
    }

    private static boolean english(HttpRequest<?> request) {
        return Messages.localeOf(request).getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
