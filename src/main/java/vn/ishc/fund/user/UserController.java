package vn.ishc.fund.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.QueryParams;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.ClientAddress;
import vn.ishc.fund.security.Role;
import vn.ishc.fund.user.UserDtos.AssignRole;
import vn.ishc.fund.user.UserDtos.CreateUser;
import vn.ishc.fund.user.UserDtos.ChangePassword;
import vn.ishc.fund.user.UserDtos.ResetPassword;
import vn.ishc.fund.user.UserDtos.UpdateUser;
import vn.ishc.fund.user.UserDtos.UserView;

@Tag(name = "Users")
@Controller("/api/v1")
public class UserController {

    private final UserService service;
    private final Callers callers;
    private final ClientAddress clientAddress;

    public UserController(UserService service, Callers callers, ClientAddress clientAddress) {
        this.service = service;
        this.callers = callers;
        this.clientAddress = clientAddress;
    }

    @Operation(summary = "Who am I", description = "The logged-in user with role and scope.")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/me")
    public UserView me(Authentication auth) {
        Caller caller = callers.of(auth);
        return service.get(caller, caller.userId());
    }

    @Operation(summary = "Change my password", description = "With the current password; the new one has at least "
            + "10 characters and differs from it. Wrong current passwords count towards the login lock.")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/me/password")
    public UserView changePassword(Authentication auth, @Valid @Body ChangePassword body, HttpRequest<?> request) {
        return service.changeOwnPassword(callers.of(auth), clientAddress.of(request), body);
    }

    @Operation(summary = "List users (ADMIN)")
    @Secured(Role.ADMIN_)
    @Get("/users")
    public Page<UserView> list(Authentication auth, @Nullable @QueryValue Role role, @Nullable @QueryValue @Parameter(schema = @Schema(type = "boolean")) String active,
                               @Nullable @QueryValue String q,
                               @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                               @Nullable @QueryValue String sort) {
        return service.list(callers.of(auth), role, QueryParams.bool("active", active), q, PageQuery.of(page, size, sort, UserService.SORTABLE, "u.id"));
    }

    @Secured(Role.ADMIN_)
    @Get("/users/{id}")
    public UserView get(Authentication auth, @PathVariable long id) {
        return service.get(callers.of(auth), id);
    }

    @Operation(summary = "Create a user (ADMIN)", description = "Role and scope: PROVINCE_OFFICER a province (scopeUnitId); "
            + "AUDITOR a unit or clubIds; CHAIR and TREASURER one club in clubIds; ADMIN none. Passwords have at least 10 characters.")
    @Secured(Role.ADMIN_)
    @Post("/users")
    public HttpResponse<UserView> create(Authentication auth, @Valid @Body CreateUser body) {
        return HttpResponse.created(service.create(callers.of(auth), body));
    }

    @Secured(Role.ADMIN_)
    @Patch("/users/{id}")
    public UserView update(Authentication auth, @PathVariable long id, @Valid @Body UpdateUser body) {
        return service.update(callers.of(auth), id, body);
    }

    @Operation(summary = "Assign role and scope (ADMIN)")
    @Secured(Role.ADMIN_)
    @Put("/users/{id}/role")
    public UserView assignRole(Authentication auth, @PathVariable long id, @Valid @Body AssignRole body) {
        return service.assignRole(callers.of(auth), id, body);
    }

    @Operation(summary = "Deactivate a user (ADMIN)", description = "Their tokens stop working at once.")
    @Secured(Role.ADMIN_)
    @Post("/users/{id}/deactivate")
    public UserView deactivate(Authentication auth, @PathVariable long id) {
        return service.setActive(callers.of(auth), id, false);
    }

    @Secured(Role.ADMIN_)
    @Post("/users/{id}/activate")
    public UserView activate(Authentication auth, @PathVariable long id) {
        return service.setActive(callers.of(auth), id, true);
    }

    @Operation(summary = "Reset a user's password (ADMIN)")
    @Secured(Role.ADMIN_)
    @Post("/users/{id}/password")
    public UserView resetPassword(Authentication auth, @PathVariable long id, @Valid @Body ResetPassword body) {
        return service.resetPassword(callers.of(auth), id, body);
    }
}
