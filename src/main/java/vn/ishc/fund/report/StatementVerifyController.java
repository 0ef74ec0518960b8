package vn.ishc.fund.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ishc.fund.common.error.Messages;

/**
 * The link a printed statement's QR code carries. No login: whoever holds the paper checks it. A browser
 * (Accept: text/html) gets a page saying whether the books still match; other clients get JSON.
 */
@Tag(name = "Statements")
@Controller("/api/v1/statements")
@Secured(SecurityRule.IS_ANONYMOUS)
public class StatementVerifyController {

    private final StatementVerification verification;

    public StatementVerifyController(StatementVerification verification) {
        this.verification = verification;
    }

    @Operation(summary = "Check a printed statement against the books", description = "ledger, seq and hash as "
            + "printed (comma lists for a club's two funds): matches when every printed entry still has that hash and "
            + "the chain up to it verifies.")
    @Get("/verify")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public HttpResponse<?> verify(HttpRequest<?> request, @Nullable @QueryValue String ledger,
                                  @Nullable @QueryValue String seq, @Nullable @QueryValue String hash) {
        StatementVerification.Result result = verification.verify(ledger, seq, hash);
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML)) {
            return HttpResponse.ok(VerificationPage.html(result, Messages.localeOf(request)))
                    .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=UTF-8");
        }
        return HttpResponse.ok(result);
    }
}
