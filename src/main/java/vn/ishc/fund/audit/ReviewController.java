package vn.ishc.fund.audit;

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
import vn.ishc.fund.audit.AuditDtos.Answer;
import vn.ishc.fund.audit.AuditDtos.FindingView;
import vn.ishc.fund.audit.AuditDtos.NewFinding;
import vn.ishc.fund.audit.AuditDtos.OpenReview;
import vn.ishc.fund.audit.AuditDtos.ReviewSummary;
import vn.ishc.fund.audit.AuditDtos.ReviewView;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

@Tag(name = "Audit reviews")
@Controller("/api/v1")
@Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
public class ReviewController {

    private final ReviewService service;
    private final Callers callers;

    public ReviewController(ReviewService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @Operation(summary = "Open a review of a ledger (AUDITOR)", description = "For a period of the books: from the opening "
            + "balances (or the club's founding) to today at the latest, at most 5 years. The caller becomes the review's auditor.")
    @Secured({Role.ADMIN_, Role.AUDITOR_})
    @Post("/ledgers/{ledgerId}/reviews")
    public HttpResponse<ReviewView> open(Authentication auth, @PathVariable long ledgerId, @Valid @Body OpenReview body) {
        return HttpResponse.created(service.open(callers.of(auth), ledgerId, body));
    }

    @Operation(summary = "A ledger's reviews", description = "Newest first; filter by status; sort by openedAt, periodFrom, periodTo, status or signedSeq.")
    @Get("/ledgers/{ledgerId}/reviews")
    public Page<ReviewSummary> list(Authentication auth, @PathVariable long ledgerId,
                                    @Nullable @QueryValue ReviewStatus status, @Nullable @QueryValue Integer page,
                                    @Nullable @QueryValue Integer size, @Nullable @QueryValue String sort) {
        return service.list(callers.of(auth), ledgerId, status,
                PageQuery.of(page, size, sort, ReviewStore.SORTABLE, "r.id DESC"));
    }

    @Operation(summary = "A review", description = "The ledger and club, the period, the auditor, the signed chain head, and every finding with its answer.")
    @Get("/reviews/{id}")
    public ReviewView review(Authentication auth, @PathVariable long id) {
        return service.review(callers.of(auth), id);
    }

    @Operation(summary = "Record a finding (the review's auditor)", description = "About an entry of the ledger (entryId) or the books in general; "
            + "severity INFO, MINOR, MAJOR or CRITICAL. Only while the review is open: not after the sign-off.")
    @Secured({Role.ADMIN_, Role.AUDITOR_})
    @Post("/reviews/{id}/findings")
    public HttpResponse<FindingView> addFinding(Authentication auth, @PathVariable long id,
                                                @Valid @Body NewFinding body) {
        return HttpResponse.created(service.addFinding(callers.of(auth), id, body));
    }

    @Operation(summary = "Answer a finding (CHAIR)", description = "Once per finding, before or after the sign-off.")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Post("/reviews/{id}/findings/{findingId}/answer")
    public FindingView answer(Authentication auth, @PathVariable long id, @PathVariable long findingId,
                              @Valid @Body Answer body) {
        return service.answer(callers.of(auth), id, findingId, body);
    }

    @Operation(summary = "Close an answered finding (the review's auditor)", description = "Closing is final.")
    @Secured({Role.ADMIN_, Role.AUDITOR_})
    @Post("/reviews/{id}/findings/{findingId}/close")
    public FindingView close(Authentication auth, @PathVariable long id, @PathVariable long findingId) {
        return service.close(callers.of(auth), id, findingId);
    }

    @Operation(summary = "Sign off (the review's auditor)", description = "Verifies the ledger's chain and stores its current head "
            + "(entry number and hash). A broken chain is not signed. Verification reports any later change before the head as breaking this sign-off.")
    @Secured({Role.ADMIN_, Role.AUDITOR_})
    @Post("/reviews/{id}/sign-off")
    public ReviewView signOff(Authentication auth, @PathVariable long id) {
        return service.signOff(callers.of(auth), id);
    }
}
