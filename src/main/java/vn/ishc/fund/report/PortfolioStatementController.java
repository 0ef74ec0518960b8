package vn.ishc.fund.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ishc.fund.common.error.Messages;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.time.LocalDate;

/**
 * Statements of members, loans, donors and clubs. Each takes {@code format} (pdf, xlsx or csv) and
 * {@code lang} (vi or en) as every statement does; a period statement {@code from} and {@code to}, a
 * statement at a date {@code asOf} (default today).
 */
@Tag(name = "Statements")
@Controller("/api/v1")
@Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
public class PortfolioStatementController {

    private final PortfolioStatements statements;
    private final Callers callers;

    public PortfolioStatementController(PortfolioStatements statements, Callers callers) {
        this.statements = statements;
        this.callers = callers;
    }

    @Operation(summary = "A member's passbook", description = "Contributions, fees, loans and repayments of the period "
            + "in both funds with running balances (capital, loans, fees paid), and each loan's outstanding principal, "
            + "next instalment and arrears at the period's end; signed by the member and the treasurer.")
    @Get("/members/{memberId}/statements/passbook")
    public HttpResponse<byte[]> passbook(HttpRequest<?> request, Authentication auth, @PathVariable long memberId,
                                         @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                         @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        return StatementController.download(statements.passbook(callers.of(auth), memberId, from, to,
                OutputFormat.of(format), StatementTexts.of(lang, Messages.localeOf(request))));
    }

    @Operation(summary = "A club's loan portfolio and arrears", description = "At asOf: loans and principal per aging "
            + "bucket, PAR30, PAR90, repayment rate, and the borrowers to follow up with what each owes; the figures of "
            + "GET /clubs/{id}/arrears.")
    @Get("/clubs/{clubId}/statements/loan-portfolio")
    public HttpResponse<byte[]> loanPortfolio(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                              @Nullable @QueryValue LocalDate asOf, @Nullable @QueryValue String format,
                                              @Nullable @QueryValue String lang) {
        return StatementController.download(statements.loanPortfolio(callers.of(auth), clubId, asOf,
                OutputFormat.of(format), StatementTexts.of(lang, Messages.localeOf(request))));
    }

    @Operation(summary = "A club's donors", description = "What each donor gave in the period, in cash, by bank and in "
            + "kind, to the fund's capital (4118) and for activities (711); subtotals per kind of donor and the total.")
    @Get("/clubs/{clubId}/statements/donors")
    public HttpResponse<byte[]> donors(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                       @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                       @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        return StatementController.download(statements.donors(callers.of(auth), clubId, from, to,
                OutputFormat.of(format), StatementTexts.of(lang, Messages.localeOf(request))));
    }

    @Operation(summary = "Summary of the clubs of a commune or province", description = "At asOf, each club the caller "
            + "may see under the unit: members, women, elderly, poor, fund size (IGF net assets), loans outstanding, "
            + "borrowers and PAR30; subtotals per commune and the total.")
    @Get("/admin-units/{unitId}/statements/club-summary")
    public HttpResponse<byte[]> clubSummary(HttpRequest<?> request, Authentication auth, @PathVariable long unitId,
                                            @Nullable @QueryValue LocalDate asOf, @Nullable @QueryValue String format,
                                            @Nullable @QueryValue String lang) {
        return StatementController.download(statements.clubSummary(callers.of(auth), unitId, asOf,
                OutputFormat.of(format), StatementTexts.of(lang, Messages.localeOf(request))));
    }

    @Operation(summary = "Summary of every club of the nation (ADMIN)", description = "As the summary of a unit, over "
            + "all clubs, by province and commune.")
    @Secured({Role.ADMIN_})
    @Get("/statements/club-summary")
    public HttpResponse<byte[]> nationSummary(HttpRequest<?> request, Authentication auth,
                                              @Nullable @QueryValue LocalDate asOf, @Nullable @QueryValue String format,
                                              @Nullable @QueryValue String lang) {
        return StatementController.download(statements.clubSummary(callers.of(auth), null, asOf,
                OutputFormat.of(format), StatementTexts.of(lang, Messages.localeOf(request))));
    }
}
