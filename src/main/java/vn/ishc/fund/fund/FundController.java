package vn.ishc.fund.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.common.error.Messages;
import vn.ishc.fund.fund.FundDtos.Contribution;
import vn.ishc.fund.fund.FundDtos.Donation;
import vn.ishc.fund.fund.FundDtos.Expense;
import vn.ishc.fund.fund.FundDtos.Fee;
import vn.ishc.fund.fund.FundDtos.InterestTransfer;
import vn.ishc.fund.fund.FundDtos.Meeting;
import vn.ishc.fund.fund.FundDtos.MemberExit;
import vn.ishc.fund.fund.FundDtos.OpeningBalances;
import vn.ishc.fund.fund.FundDtos.Transfer;
import vn.ishc.fund.ledger.Idempotency;
import vn.ishc.fund.ledger.LedgerDtos.Posted;
import vn.ishc.fund.ledger.Responses;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

/**
 * What a treasurer records, in the treasurer's terms; each becomes balanced journal entries by the
 * posting rules. Every request needs an {@code Idempotency-Key} header (a UUID per intended
 * operation): a retry with the same key returns the first result instead of posting twice.
 */
@Tag(name = "Fund operations")
@Controller("/api/v1/clubs/{clubId}/operations")
@Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
public class FundController {

    private final FundOperations operations;
    private final Callers callers;

    public FundController(FundOperations operations, Callers callers) {
        this.operations = operations;
        this.callers = callers;
    }

    @Operation(summary = "Member capital contribution", description = "IGF: cash or bank in, member's capital (4111) up.")
    @Post("/contribution")
    public HttpResponse<Posted> contribution(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                             @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body Contribution body) {
        return Responses.created(operations.contribution(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }

    @Operation(summary = "Monthly member fee", description = "AF: cash in, other income (711) for the member.")
    @Post("/fee")
    public HttpResponse<Posted> fee(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                    @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body Fee body) {
        return Responses.created(operations.fee(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }

    @Operation(summary = "Meeting batch", description = "Fees and contributions of many members at one meeting: one AF entry for the fees, "
            + "one IGF entry for the contributions, posted together or not at all.")
    @Post("/meeting")
    public HttpResponse<Posted> meeting(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                        @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body Meeting body) {
        return Responses.created(operations.meeting(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }

    @Operation(summary = "Donation", description = "To capital (IGF 4118) in cash, by bank or in kind (goods for lending, 156); "
            + "or for activities (AF 711) in cash or by bank. The donor must be in the club's register.")
    @Post("/donation")
    public HttpResponse<Posted> donation(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                         @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body Donation body) {
        return Responses.created(operations.donation(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }

    @Operation(summary = "Expense", description = "ADMINISTRATIVE (642) or ACTIVITY (811, with the activity area 1–8), from either fund, in cash or by bank.")
    @Post("/expense")
    public HttpResponse<Posted> expense(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                        @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body Expense body) {
        return Responses.created(operations.expense(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }

    @Operation(summary = "Cash to bank, or bank to cash", description = "Within one fund.")
    @Post("/transfer")
    public HttpResponse<Posted> transfer(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                         @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body Transfer body) {
        return Responses.created(operations.transfer(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }

    @Operation(summary = "Hand interest to the activity fund", description = "IGF pays out (811), AF receives (711): one atomic pair of entries.")
    @Post("/interest-transfer")
    public HttpResponse<Posted> interestTransfer(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                                 @Nullable @Header(Idempotency.HEADER) String key,
                                                 @Valid @Body InterestTransfer body) {
        return Responses.created(operations.interestTransfer(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }

    @Operation(summary = "A member leaves and takes back capital", description = "Pays back `amount` (default: all the member's capital) and marks the member as left. "
            + "Refused while the member owes a loan.")
    @Post("/member-exit")
    public HttpResponse<Posted> memberExit(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                           @Nullable @Header(Idempotency.HEADER) String key, @Valid @Body MemberExit body) {
        return Responses.created(operations.memberExit(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }

    @Operation(summary = "Opening balances from the paper books", description = "The ledger's first entry: each line on its account's normal side "
            + "(assets debit; capital, payables credit), donated capital to 4118, and 421 takes the difference.")
    @Post("/opening-balances")
    public HttpResponse<Posted> openingBalances(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                                @Nullable @Header(Idempotency.HEADER) String key,
                                                @Valid @Body OpeningBalances body) {
        return Responses.created(operations.openingBalances(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }
}
