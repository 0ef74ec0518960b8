package vn.ishc.fund.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.geo.AdminUnitDtos.CreateUnit;
import vn.ishc.fund.geo.AdminUnitDtos.MergeUnit;
import vn.ishc.fund.geo.AdminUnitDtos.UnitView;
import vn.ishc.fund.geo.AdminUnitDtos.UpdateUnit;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.time.LocalDate;

@Tag(name = "Administrative units")
@Controller("/api/v1/admin-units")
public class AdminUnitController {

    private final AdminUnitService service;
    private final Callers callers;

    public AdminUnitController(AdminUnitService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @Operation(summary = "List units", description = "Provinces, communes (wards, special zones) and villages (residential groups). "
            + "Filter by level, parent, name or code (q), and units valid on a date. Sort by code, name, level or validFrom.")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get
    public Page<UnitView> list(Authentication auth, @Nullable @QueryValue UnitLevel level,
                               @Nullable @QueryValue Long parentId, @Nullable @QueryValue String q,
                               @Nullable @QueryValue LocalDate validOn,
                               @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                               @Nullable @QueryValue String sort) {
        callers.of(auth);
        return service.list(level, parentId, q, validOn,
                PageQuery.of(page, size, sort, AdminUnitService.SORTABLE, "u.id"));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/{id}")
    public UnitView get(Authentication auth, @PathVariable long id) {
        callers.of(auth);
        return service.get(id);
    }

    @Operation(summary = "Create a unit", description = "A commune needs an area type; its parent must be a province, a village's a commune.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_})
    @Post
    public HttpResponse<UnitView> create(Authentication auth, @Valid @Body CreateUnit body) {
        return HttpResponse.created(service.create(callers.of(auth), body));
    }

    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_})
    @Patch("/{id}")
    public UnitView update(Authentication auth, @PathVariable long id, @Valid @Body UpdateUnit body) {
        return service.update(callers.of(auth), id, body);
    }

    @Operation(summary = "Merge a unit into its successor",
            description = "Ends the unit on validTo. Clubs and units registered under it keep their records and roll up through the successor.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_})
    @Post("/{id}/merge")
    public UnitView merge(Authentication auth, @PathVariable long id, @Valid @Body MergeUnit body) {
        return service.merge(callers.of(auth), id, body);
    }
}
