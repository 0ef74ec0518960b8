package vn.ishc.fund.club;

import io.micronaut.core.annotation.Nullable;
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
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.club.DonorDtos.CreateDonor;
import vn.ishc.fund.club.DonorDtos.DonorView;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

@Tag(name = "Donors")
@Controller("/api/v1/clubs/{clubId}/donors")
public class DonorController {

    private final DonorService service;
    private final Callers callers;

    public DonorController(DonorService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @Operation(summary = "The club's donor register", description = "With each donor's total donated. Search by name (q); sort by name or kind.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
    @Get
    public Page<DonorView> list(Authentication auth, @PathVariable long clubId, @Nullable @QueryValue String q,
                                @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                @Nullable @QueryValue String sort) {
        return service.list(callers.of(auth), clubId, q, PageQuery.of(page, size, sort, DonorService.SORTABLE, "d.id"));
    }

    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
    @Get("/{donorId}")
    public DonorView get(Authentication auth, @PathVariable long clubId, @PathVariable long donorId) {
        return service.get(callers.of(auth), clubId, donorId);
    }

    @Operation(summary = "Register a donor", description = "INDIVIDUAL, FAMILY, BUSINESS, ORGANISATION, GOVERNMENT or NGO.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post
    public HttpResponse<DonorView> create(Authentication auth, @PathVariable long clubId, @Valid @Body CreateDonor body) {
        return HttpResponse.created(service.create(callers.of(auth), clubId, body));
    }
}
