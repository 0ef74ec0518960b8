package vn.ishc.fund.club;

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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.club.ClubDtos.ClubView;
import vn.ishc.fund.club.ClubDtos.CreateClub;
import vn.ishc.fund.club.ClubDtos.UpdateClub;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

@Tag(name = "Clubs")
@Controller("/api/v1/clubs")
public class ClubController {

    private final ClubService service;
    private final Callers callers;

    public ClubController(ClubService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @Operation(summary = "List the clubs you may see",
            description = "Filtered by the caller's scope; optionally by an administrative unit (unitId, any level), status, or name/code (q). "
                    + "Sort by code, name, foundedOn, status or commune.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
    @Get
    public Page<ClubView> list(Authentication auth, @Nullable @QueryValue Long unitId,
                               @Nullable @QueryValue ClubStatus status, @Nullable @QueryValue String q,
                               @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                               @Nullable @QueryValue String sort) {
        return service.list(callers.of(auth), unitId, status, q,
                PageQuery.of(page, size, sort, ClubService.SORTABLE, "c.id"));
    }

    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
    @Get("/{id}")
    public ClubView get(Authentication auth, @PathVariable long id) {
        return service.get(callers.of(auth), id);
    }

    @Operation(summary = "Register a club", description = "ADMIN anywhere; PROVINCE_OFFICER in their province.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_})
    @Post
    public HttpResponse<ClubView> create(Authentication auth, @Valid @Body CreateClub body) {
        return HttpResponse.created(service.create(callers.of(auth), body));
    }

    @Operation(summary = "Update a club", description = "Absent fields stay unchanged. A CHAIR may change only the meeting day.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.CHAIR_})
    @Patch("/{id}")
    public ClubView update(Authentication auth, @PathVariable long id, @Valid @Body UpdateClub body) {
        return service.update(callers.of(auth), id, body);
    }
}
