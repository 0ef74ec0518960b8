package vn.ishc.fund.lending;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.ledger.Idempotency;
import vn.ishc.fund.ledger.Responses;
import vn.ishc.fund.lending.LendingDtos.Apply;
import vn.ishc.fund.lending.LendingDtos.Approve;
import vn.ishc.fund.lending.LendingDtos.CreateProduct;
import vn.ishc.fund.lending.LendingDtos.Decline;
import vn.ishc.fund.lending.LendingDtos.Defer;
import vn.ishc.fund.lending.LendingDtos.Disburse;
import vn.ishc.fund.lending.LendingDtos.LendingSettings;
import vn.ishc.fund.lending.LendingDtos.LoanView;
import vn.ishc.fund.lending.LendingDtos.ProductView;
import vn.ishc.fund.lending.LendingDtos.Queue;
import vn.ishc.fund.lending.LendingDtos.Recover;
import vn.ishc.fund.lending.LendingDtos.Repay;
import vn.ishc.fund.lending.LendingDtos.Reschedule;
import vn.ishc.fund.lending.LendingDtos.ReverseRepayment;
import vn.ishc.fund.lending.LendingDtos.UpdateProduct;
import vn.ishc.fund.lending.LendingDtos.WriteOff;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.time.LocalDate;
import java.util.List;

/**
 * Revolving loans. Schedules follow the product's interest method (see the loan engine): flat
 * (interest = amount × rate each month, principal = amount / n), declining with equal principal
 * (interest = outstanding × rate), annuity (instalment = amount × r / (1 − (1 + r)^−n), the last one
 * clears the rest), bullet (interest monthly, principal at the end) or no interest; instalment k is
 * due k months after disbursement; rounding half-up to the product's unit with the last instalment
 * absorbing the remainder; grace months carry interest only.
 */
@Tag(name = "Loans")
@Controller("/api/v1")
@Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
public class LoanController {

    private final ProductService products;
    private final LoanService loans;
    private final LoanReversals reversals;
    private final LoanQueries queries;
    private final LoanHistoryCheck history;
    private final Callers callers;

    public LoanController(ProductService products, LoanService loans, LoanReversals reversals, LoanQueries queries,
                          LoanHistoryCheck history, Callers callers) {
        this.products = products;
        this.loans = loans;
        this.reversals = reversals;
        this.queries = queries;
        this.history = history;
        this.callers = callers;
    }

    @Operation(summary = "Loans whose dates are out of order", description = "For operators: loans in your scope decided "
            + "before the application, disbursed before the approval, applied for before the product was offered, with an "
            + "event before the disbursement or beyond the posting window. Correct them by reversal. Paginated.")
    @Get("/checks/loan-history")
    public Page<LendingDtos.LoanHistoryProblem> loanHistory(Authentication auth, @Nullable @QueryValue Integer page,
                                                           @Nullable @QueryValue Integer size) {
        return history.problems(callers.of(auth), PageQuery.of(page, size, null, java.util.Map.of(), "id"));
    }

    @Get("/clubs/{clubId}/loan-products")
    public List<ProductView> products(Authentication auth, @PathVariable long clubId) {
        return products.list(callers.of(auth), clubId);
    }

    @Operation(summary = "Create a loan product (CHAIR)", description = "Cash or in kind; monthlyRate r a decimal (0.005 = 0.5% a month); "
            + "frequency MONTHLY or AT_MATURITY; rounding unit 1 or 1000 (default), half-up, the last instalment absorbing every remainder so principals "
            + "sum exactly to the amount A; instalment k is due k months after disbursement (clamped to the month's end); with g grace months the first g "
            + "instalments carry interest only and principal is spread over m = n − g. Interest methods: "
            + "FLAT — interest = A × r each instalment, principal = A / m; "
            + "DECLINING_EQUAL_PRINCIPAL — principal = A / m, interest = outstanding before the instalment × r; "
            + "ANNUITY — instalment = A × r / (1 − (1 + r)^−m) rounded, interest = outstanding × r, principal = instalment − interest, the last clears the outstanding; "
            + "BULLET — interest = A × r each month, all principal in the last instalment; "
            + "NO_INTEREST — principal = A / m. AT_MATURITY: one instalment after n months, interest A × r × n. "
            + "Penalty NONE, FIXED_PER_INSTALMENT (penaltyAmount once per late instalment) or MONTHLY_RATE_ON_OVERDUE_PRINCIPAL (penaltyRate × unpaid "
            + "principal of the instalment for every 30 days late). Also amount limits and the maximum of open loans per member.")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Post("/clubs/{clubId}/loan-products")
    public HttpResponse<ProductView> createProduct(Authentication auth, @PathVariable long clubId,
                                                   @Valid @Body CreateProduct body) {
        return HttpResponse.created(products.create(callers.of(auth), clubId, body));
    }

    @Operation(summary = "Change a product's limits or withdraw it", description = "Loans keep the terms they were made on.")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Patch("/loan-products/{productId}")
    public ProductView updateProduct(Authentication auth, @PathVariable long productId, @Valid @Body UpdateProduct body) {
        return products.update(callers.of(auth), productId, body);
    }

    @Operation(summary = "A club's loans", description = "Filter by status or member; sort by appliedOn, amount, status or disbursedOn. Each with its balance today.")
    @Get("/clubs/{clubId}/loans")
    public Page<LoanView> list(Authentication auth, @PathVariable long clubId, @Nullable @QueryValue LoanStatus status,
                               @Nullable @QueryValue Long memberId, @Nullable @QueryValue Integer page,
                               @Nullable @QueryValue Integer size, @Nullable @QueryValue String sort) {
        return queries.list(callers.of(auth), clubId, status, memberId,
                PageQuery.of(page, size, sort, LoanQueries.SORTABLE, "l.id"));
    }

    @Operation(summary = "Apply for a loan", description = "Within the product's limits and the member's maximum of open loans. "
            + "For goods, name the item and quantity; the amount is their value. The application joins the club's queue.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/clubs/{clubId}/loans")
    public HttpResponse<LoanView> apply(Authentication auth, @PathVariable long clubId, @Valid @Body Apply body) {
        return HttpResponse.created(loans.apply(callers.of(auth), clubId, body));
    }

    @Operation(summary = "A loan", description = "Terms, current schedule, original schedule, events with their allocation, and the balance at asOf (default today).")
    @Get("/loans/{loanId}")
    public LoanView get(Authentication auth, @PathVariable long loanId, @Nullable @QueryValue LocalDate asOf) {
        return queries.get(callers.of(auth), loanId, asOf);
    }

    @Operation(summary = "Approve", description = "decision CHAIR (by the chair), or BOARD: a board decision with its minutes number and the approving "
            + "board member. A chair who borrows needs a BOARD decision approved by another board member.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/loans/{loanId}/approve")
    public LoanView approve(Authentication auth, @PathVariable long loanId, @Valid @Body Approve body) {
        return loans.approve(callers.of(auth), loanId, body);
    }

    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Post("/loans/{loanId}/reject")
    public LoanView reject(Authentication auth, @PathVariable long loanId, @Valid @Body Decline body) {
        return loans.reject(callers.of(auth), loanId, body);
    }

    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/loans/{loanId}/cancel")
    public LoanView cancel(Authentication auth, @PathVariable long loanId, @Valid @Body Decline body) {
        return loans.cancel(callers.of(auth), loanId, body);
    }

    @Operation(summary = "Disburse", description = "CASH or BANK for cash loans; IN_KIND_FROM_STOCK (goods the fund holds, 156) or IN_KIND_PURCHASED "
            + "(bought with the fund's cash) for goods. Refused above what the club can lend now. Requires an Idempotency-Key header.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/loans/{loanId}/disburse")
    public HttpResponse<LoanView> disburse(Authentication auth, @PathVariable long loanId,
                                           @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body Disburse body) {
        return Responses.created(loans.disburse(callers.of(auth), loanId, key, body));
    }

    @Operation(summary = "Record a repayment", description = "Allocated to penalties, overdue interest, overdue principal, interest due this month, "
            + "principal due this month, then prepayment from the last instalment backwards (declining methods recompute later interest). "
            + "More than the loan owes is refused. Requires an Idempotency-Key header.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/loans/{loanId}/repayments")
    public HttpResponse<LoanView> repay(Authentication auth, @PathVariable long loanId,
                                        @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body Repay body) {
        return Responses.created(loans.repay(callers.of(auth), loanId, key, body));
    }

    @Operation(summary = "Reverse a repayment recorded by mistake", description = "Any repayment, not only the latest: "
            + "the later repayments are replayed on the corrected schedule, each whose split changes gets a correcting entry "
            + "(12881 / 515 / 711) and a new allocation record (the old one stays readable). Dated today by default, "
            + "never before the loan's last event. Requires an Idempotency-Key header.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/loans/{loanId}/repayments/{eventId}/reverse")
    public HttpResponse<LoanView> reverseRepayment(Authentication auth, @PathVariable long loanId,
                                                   @PathVariable long eventId,
                                                   @Nullable @Header(Idempotency.HEADER) String key,
                                                   @Valid @Body ReverseRepayment body) {
        return Responses.created(reversals.reverseRepayment(callers.of(auth), loanId, eventId, key, body));
    }

    @Operation(summary = "Reverse any event of a loan", description = "A repayment or a recovery (TREASURER, CHAIR), a "
            + "deferral or a reschedule (CHAIR): the loan is replayed without it, later repayments corrected as for a "
            + "repayment. Requires an Idempotency-Key header.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/loans/{loanId}/events/{eventId}/reverse")
    public HttpResponse<LoanView> reverseEvent(Authentication auth, @PathVariable long loanId, @PathVariable long eventId,
                                               @Nullable @Header(Idempotency.HEADER) String key,
                                               @Valid @Body ReverseRepayment body) {
        return Responses.created(reversals.reverseEvent(callers.of(auth), loanId, eventId, key, body));
    }

    @Operation(summary = "Reverse a disbursement recorded by mistake", description = "Only while nothing else is recorded "
            + "on the loan (reverse its repayments first): the money comes back, the loan is approved again and can be "
            + "disbursed anew. Requires an Idempotency-Key header.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/loans/{loanId}/disbursement/reverse")
    public HttpResponse<LoanView> reverseDisbursement(Authentication auth, @PathVariable long loanId,
                                                      @Nullable @Header(Idempotency.HEADER) String key,
                                                      @Valid @Body ReverseRepayment body) {
        return Responses.created(reversals.reverseDisbursement(callers.of(auth), loanId, key, body));
    }

    @Operation(summary = "Reverse a write-off (CHAIR)", description = "The loan is active again with what it owed; "
            + "recoveries must be reversed first. Requires an Idempotency-Key header.")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Post("/loans/{loanId}/write-off/reverse")
    public HttpResponse<LoanView> reverseWriteOff(Authentication auth, @PathVariable long loanId,
                                                  @Nullable @Header(Idempotency.HEADER) String key,
                                                  @Valid @Body ReverseRepayment body) {
        return Responses.created(reversals.reverseWriteOff(callers.of(auth), loanId, key, body));
    }

    @Operation(summary = "Write off (CHAIR)", description = "The outstanding principal leaves 12881: from the allowance 2293 as far as it goes, the rest as a loss (811).")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Post("/loans/{loanId}/write-off")
    public HttpResponse<LoanView> writeOff(Authentication auth, @PathVariable long loanId,
                                           @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body WriteOff body) {
        return Responses.created(loans.writeOff(callers.of(auth), loanId, key, body));
    }

    @Operation(summary = "Recover money on a written-off loan", description = "Income (711), at most what was written off.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/loans/{loanId}/recoveries")
    public HttpResponse<LoanView> recover(Authentication auth, @PathVariable long loanId,
                                          @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body Recover body) {
        return Responses.created(loans.recover(callers.of(auth), loanId, key, body));
    }

    @Operation(summary = "Defer a loan after a disaster (CHAIR)", description = "Unpaid instalments move `months` later, with interest for the delay or without; "
            + "the original schedule stays readable.")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Post("/loans/{loanId}/deferral")
    public LoanView defer(Authentication auth, @PathVariable long loanId, @Valid @Body Defer body) {
        return loans.defer(callers.of(auth), loanId, body);
    }

    @Operation(summary = "Defer all the club's loans after a disaster (CHAIR)", description = "Every active loan, all or none.")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Post("/clubs/{clubId}/loans/deferral")
    public List<LoanView> deferAll(Authentication auth, @PathVariable long clubId, @Valid @Body Defer body) {
        return loans.deferAll(callers.of(auth), clubId, body);
    }

    @Operation(summary = "Reschedule (CHAIR)", description = "What is still owed gets a new schedule over termMonths from the date; arrears stay due on that date.")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Post("/loans/{loanId}/reschedule")
    public LoanView reschedule(Authentication auth, @PathVariable long loanId, @Valid @Body Reschedule body) {
        return loans.reschedule(callers.of(auth), loanId, body);
    }

    @Operation(summary = "A member's loan statement", description = "Every loan of the member: schedule, payments, balance and arrears at asOf.")
    @Get("/members/{memberId}/loans")
    public List<LoanView> memberLoans(Authentication auth, @PathVariable long memberId, @Nullable @QueryValue LocalDate asOf) {
        return queries.memberLoans(callers.of(auth), memberId, asOf);
    }

    @Operation(summary = "A club's arrears", description = "At asOf (default today): aging buckets, PAR30, PAR90, repayment rate, and whom to follow up at the next meeting.")
    @Get("/clubs/{clubId}/arrears")
    public LendingDtos.Arrears arrears(Authentication auth, @PathVariable long clubId, @Nullable @QueryValue LocalDate asOf) {
        return queries.arrears(callers.of(auth), clubId, asOf);
    }

    @Operation(summary = "Arrears rolled up over the clubs you may see", description = "Optionally under one administrative unit; per club and in total.")
    @Get("/arrears")
    public LendingDtos.ArrearsRollUp rollUp(Authentication auth, @Nullable @QueryValue Long unitId,
                                            @Nullable @QueryValue LocalDate asOf) {
        return queries.rollUp(callers.of(auth), unitId, asOf);
    }

    @Operation(summary = "The revolving queue", description = "Applications waiting, in the club's order (DATE, or PRIORITY: poor, near-poor, disadvantaged first), "
            + "and what the club can lend now: income-generation fund cash and bank minus the reserve.")
    @Get("/clubs/{clubId}/loan-queue")
    public Queue queue(Authentication auth, @PathVariable long clubId) {
        return queries.queue(callers.of(auth), clubId);
    }

    @Get("/clubs/{clubId}/lending-settings")
    public LendingSettings settings(Authentication auth, @PathVariable long clubId) {
        return queries.settings(callers.of(auth), clubId);
    }

    @Operation(summary = "Set the reserve and the queue order (CHAIR)")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Put("/clubs/{clubId}/lending-settings")
    public LendingSettings saveSettings(Authentication auth, @PathVariable long clubId, @Valid @Body LendingSettings body) {
        return queries.saveSettings(callers.of(auth), clubId, body);
    }
}
