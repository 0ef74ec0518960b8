package vn.ishc.fund.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.common.error.Messages;
import vn.ishc.fund.ledger.PeriodDtos.CloseMonth;
import vn.ishc.fund.ledger.PeriodDtos.Periods;
import vn.ishc.fund.ledger.PeriodDtos.ReopenMonth;
import vn.ishc.fund.ledger.PeriodDtos.YearEnd;
import vn.ishc.fund.ledger.PeriodDtos.YearEndResult;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

@Tag(name = "Periods")
@Controller("/api/v1/clubs/{clubId}")
public class PeriodController {

    private final PeriodService service;
    private final Callers callers;

    public PeriodController(PeriodService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @Operation(summary = "Closed months and their history", description = "closedThrough: the last closed day; nextToClose: the only month that may be closed next.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
    @Get("/periods")
    public Periods periods(Authentication auth, @PathVariable long clubId) {
        return service.status(callers.of(auth), clubId);
    }

    @Operation(summary = "Close a month (CHAIR)", description = "Months close in order, once they are over. A closed month takes no entries.")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Post("/periods/close")
    public Periods close(Authentication auth, @PathVariable long clubId, @Valid @Body CloseMonth body) {
        return service.close(callers.of(auth), clubId, body);
    }

    @Operation(summary = "Reopen a month (ADMIN, with a reason)", description = "Reopens the month and every later one; recorded. Closing entries of a reopened year are reversed.")
    @Secured(Role.ADMIN_)
    @Post("/periods/reopen")
    public Periods reopen(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                          @Valid @Body ReopenMonth body) {
        return service.reopen(callers.of(auth), clubId, body, Messages.localeOf(request));
    }

    @Operation(summary = "Year-end close (CHAIR)", description = "With January to November closed: posts the closing entries (income and expenses to 421) on 31 December and closes December. "
            + "Requires an Idempotency-Key header.")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Post("/year-end-close")
    public HttpResponse<YearEndResult> yearEnd(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                               @Nullable @Header(Idempotency.HEADER) String key,
                                               @Valid @Body YearEnd body) {
        return Responses.created(service.yearEnd(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }
}
