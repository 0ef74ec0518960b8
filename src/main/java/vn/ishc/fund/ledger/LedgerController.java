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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.common.error.Messages;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.ledger.LedgerDtos.AccountBalance;
import vn.ishc.fund.ledger.LedgerDtos.AddAccount;
import vn.ishc.fund.ledger.LedgerDtos.ChainReport;
import vn.ishc.fund.ledger.LedgerDtos.EntryView;
import vn.ishc.fund.ledger.LedgerDtos.FundSummary;
import vn.ishc.fund.ledger.LedgerDtos.HistoryProblem;
import vn.ishc.fund.ledger.LedgerDtos.LedgerView;
import vn.ishc.fund.ledger.LedgerDtos.ManualEntry;
import vn.ishc.fund.ledger.LedgerDtos.MemberLedger;
import vn.ishc.fund.ledger.LedgerDtos.Posted;
import vn.ishc.fund.ledger.LedgerDtos.Reverse;
import vn.ishc.fund.ledger.LedgerDtos.Statement;
import vn.ishc.fund.ledger.LedgerDtos.TrialBalance;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Tag(name = "Ledgers")
@Controller("/api/v1")
@Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
public class LedgerController {

    private final LedgerService service;
    private final HistoryCheck history;
    private final Callers callers;

    public LedgerController(LedgerService service, HistoryCheck history, Callers callers) {
        this.service = service;
        this.history = history;
        this.callers = callers;
    }

    @Operation(summary = "Ledgers that break the history rules", description = "For operators: the ledgers in your scope "
            + "with entries dated before their opening balances or the club's founding, or with cash (111), bank (112) "
            + "or goods (156) below zero at the end of some day. Correct them by reversal. Paginated.")
    @Get("/checks/ledger-history")
    public Page<HistoryProblem> ledgerHistory(Authentication auth, @Nullable @QueryValue Integer page,
                                              @Nullable @QueryValue Integer size) {
        return history.problems(callers.of(auth), PageQuery.of(page, size, null, Map.of(), "id"));
    }

    @Operation(summary = "A club's two ledgers", description = "IGF (income-generation fund) and AF (activity fund), with entry count, chain head and closed-through date.")
    @Get("/clubs/{clubId}/ledgers")
    public List<LedgerView> ledgers(Authentication auth, @PathVariable long clubId) {
        return service.ledgers(callers.of(auth), clubId);
    }

    @Operation(summary = "Fund summary", description = "Cash, bank, loans outstanding, goods and net assets of both funds at a date (default today). "
            + "The income-generation fund's net assets are the fund size.")
    @Get("/clubs/{clubId}/fund-summary")
    public FundSummary fundSummary(Authentication auth, @PathVariable long clubId, @Nullable @QueryValue LocalDate asOf) {
        return service.fundSummary(callers.of(auth), clubId, asOf);
    }

    @Operation(summary = "Chart of accounts with balances", description = "Balances at the end of asOf (default: everything posted). Header accounts show their sub-accounts' sum.")
    @Get("/ledgers/{ledgerId}/accounts")
    public List<AccountBalance> accounts(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                                         @Nullable @QueryValue LocalDate asOf) {
        return service.chart(callers.of(auth), ledgerId, asOf, Messages.localeOf(request));
    }

    @Operation(summary = "Add a leaf account", description = "Under a template or club account, with a code that extends the parent's (e.g. 1121 under 112). "
            + "The parent becomes a header account; it must have no postings yet.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/ledgers/{ledgerId}/accounts")
    public HttpResponse<AccountBalance> addAccount(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                                                   @Valid @Body AddAccount body) {
        return HttpResponse.created(service.addAccount(callers.of(auth), ledgerId, body, Messages.localeOf(request)));
    }

    @Operation(summary = "Trial balance", description = "Every leaf account's net balance at the end of asOf (default today), in the debit or credit column. "
            + "Computed from month and day aggregates, never by scanning postings.")
    @Get("/ledgers/{ledgerId}/trial-balance")
    public TrialBalance trialBalance(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                                     @Nullable @QueryValue LocalDate asOf) {
        return service.trialBalance(callers.of(auth), ledgerId, asOf, Messages.localeOf(request));
    }

    @Operation(summary = "Account statement", description = "Lines between from (default 1 January) and to (default today) with the running balance on the account's normal side.")
    @Get("/ledgers/{ledgerId}/accounts/{code}/statement")
    public Statement statement(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                               @PathVariable String code, @Nullable @QueryValue LocalDate from,
                               @Nullable @QueryValue LocalDate to, @Nullable @QueryValue Integer page,
                               @Nullable @QueryValue Integer size) {
        return service.statement(callers.of(auth), ledgerId, code, from, to,
                PageQuery.of(page, size, null, Map.of(), "x.value_date, x.seq, x.line_no"), Messages.localeOf(request));
    }

    @Operation(summary = "Journal entries of a ledger", description = "Filter by date range, operation, or member. Sort by seq (default), date or total.")
    @Get("/ledgers/{ledgerId}/entries")
    public Page<EntryView> entries(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                                   @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                   @Nullable @QueryValue String operation, @Nullable @QueryValue Long memberId,
                                   @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                   @Nullable @QueryValue String sort) {
        return service.entries(callers.of(auth), ledgerId, from, to, operation, memberId,
                PageQuery.of(page, size, sort, EntryReader.SORTABLE, "e.seq"), Messages.localeOf(request));
    }

    @Operation(summary = "Post a manual journal entry", description = "For corrections by the club's bookkeepers; everyday money goes through the business operations. "
            + "Requires an Idempotency-Key header. Debits must equal credits; accounts are leaves of this ledger.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/ledgers/{ledgerId}/entries")
    public HttpResponse<Posted> manualEntry(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                                            @Nullable @Header(Idempotency.HEADER) String key,
                                            @Valid @Body ManualEntry body) {
        return Responses.created(service.manualEntry(callers.of(auth), ledgerId, key, body, Messages.localeOf(request)));
    }

    @Get("/entries/{entryId}")
    public EntryView entry(HttpRequest<?> request, Authentication auth, @PathVariable long entryId) {
        return service.entry(callers.of(auth), entryId, Messages.localeOf(request));
    }

    @Operation(summary = "Reverse an entry", description = "Posts the mirror entry (dated `date`, default today, in an open month) and links the two. "
            + "An entry is reversed at most once; a reversal cannot be reversed; entries of one batch are reversed together. Requires an Idempotency-Key header.")
    @Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
    @Post("/entries/{entryId}/reverse")
    public HttpResponse<Posted> reverse(HttpRequest<?> request, Authentication auth, @PathVariable long entryId,
                                        @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body Reverse body) {
        return Responses.created(service.reverse(callers.of(auth), entryId, key, body, Messages.localeOf(request)));
    }

    @Operation(summary = "Verify a ledger's hash chain", description = "Recomputes every entry's SHA-256 in order (streaming) and names the first entry that does not match; "
            + "then checks the kept balances (account totals, month and day aggregates) against the postings and names the first account that differs. "
            + "Every auditor's signed head is checked too: brokenSignOffs names each sign-off a change before its head contradicts.")
    @Get("/ledgers/{ledgerId}/verify")
    public ChainReport verify(Authentication auth, @PathVariable long ledgerId) {
        return service.verify(callers.of(auth), ledgerId);
    }

    @Operation(summary = "A member's sub-ledger", description = "Capital contributed, fees paid and loans outstanding, per account across both funds, and every line.")
    @Get("/members/{memberId}/ledger")
    public MemberLedger memberLedger(HttpRequest<?> request, Authentication auth, @PathVariable long memberId,
                                     @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return service.memberLedger(callers.of(auth), memberId,
                PageQuery.of(page, size, null, Map.of(), "p.value_date, p.id"), Messages.localeOf(request));
    }
}
