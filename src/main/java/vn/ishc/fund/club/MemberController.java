package vn.ishc.fund.club;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.club.MemberDtos.CreateMember;
import vn.ishc.fund.club.MemberDtos.LeaveClub;
import vn.ishc.fund.club.MemberDtos.MemberState;
import vn.ishc.fund.club.MemberDtos.MemberView;
import vn.ishc.fund.club.MemberDtos.UpdateMember;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.QueryParams;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

@Tag(name = "Members")
@Controller("/api/v1")
public class MemberController {

    private final MemberService service;
    private final Callers callers;

    public MemberController(MemberService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @Operation(summary = "List the members you may see",
            description = "state: ACTIVE (default), LEFT or ALL. Filters: clubId, q (name, accent-insensitive), sex, povertyStatus, elderly. "
                    + "Sort by memberNo, fullName, birthYear, joinedOn or club.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
    @Get("/members")
    public Page<MemberView> list(Authentication auth, @Nullable @QueryValue Long clubId,
                                 @Nullable @QueryValue MemberState state, @Nullable @QueryValue String q,
                                 @Nullable @QueryValue Sex sex, @Nullable @QueryValue PovertyStatus povertyStatus,
                                 @Nullable @QueryValue @Parameter(schema = @Schema(type = "boolean")) String elderly,
                                 @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                 @Nullable @QueryValue String sort) {
        return service.list(callers.of(auth), clubId, state, q, sex, povertyStatus, QueryParams.bool("elderly", elderly),
                PageQuery.of(page, size, sort, MemberService.SORTABLE, "m.club_id, m.member_no"));
    }

    @Operation(summary = "List a club's members")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
    @Get("/clubs/{clubId}/members")
    public Page<MemberView> listOfClub(Authentication auth, @PathVariable long clubId,
                                       @Nullable @QueryValue MemberState state, @Nullable @QueryValue String q,
                                       @Nullable @QueryValue Sex sex, @Nullable @QueryValue PovertyStatus povertyStatus,
                                       @Nullable @QueryValue @Parameter(schema = @Schema(type = "boolean")) String elderly,
                                       @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                       @Nullable @QueryValue String sort) {
        return list(auth, clubId, state, q, sex, povertyStatus, elderly, page, size, sort);
    }

    @Operation(summary = "Add a member", description = "The member number is assigned in order. joinedOn may not precede the club's founding.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.CHAIR_, Role.TREASURER_})
    @Post("/clubs/{clubId}/members")
    public HttpResponse<MemberView> create(Authentication auth, @PathVariable long clubId,
                                           @Valid @Body CreateMember body) {
        return HttpResponse.created(service.create(callers.of(auth), clubId, body));
    }

    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
    @Get("/members/{id}")
    public MemberView get(Authentication auth, @PathVariable long id) {
        return service.get(callers.of(auth), id);
    }

    @Operation(summary = "Correct a member's details", description = "Absent fields stay unchanged.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.CHAIR_, Role.TREASURER_})
    @Patch("/members/{id}")
    public MemberView update(Authentication auth, @PathVariable long id, @Valid @Body UpdateMember body) {
        return service.update(callers.of(auth), id, body);
    }

    @Operation(summary = "Record that a member left the club", description = "The member and their history stay.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.CHAIR_, Role.TREASURER_})
    @Post("/members/{id}/leave")
    public MemberView leave(Authentication auth, @PathVariable long id, @Valid @Body LeaveClub body) {
        return service.leave(callers.of(auth), id, body);
    }

    @Operation(summary = "Delete a member entered by mistake", description = "Refused (409) once the member has any history.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.CHAIR_, Role.TREASURER_})
    @Delete("/members/{id}")
    public HttpResponse<Void> delete(Authentication auth, @PathVariable long id) {
        service.delete(callers.of(auth), id);
        return HttpResponse.noContent();
    }
}
