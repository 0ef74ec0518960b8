package vn.ishc.fund.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.common.error.Messages;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Printed statements. Every statement takes {@code format} (pdf, xlsx or csv; default pdf) and
 * {@code lang} (vi or en; default the request's Accept-Language, else Vietnamese); a period statement
 * takes {@code from} and {@code to} (default: the start of the year to today).
 */
@Tag(name = "Statements")
@Controller("/api/v1")
@Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
public class StatementController {

    private final Statements statements;
    private final StatementSettingsService settings;
    private final ReviewReport reviewReport;
    private final Callers callers;

    public StatementController(Statements statements, StatementSettingsService settings, ReviewReport reviewReport,
                               Callers callers) {
        this.statements = statements;
        this.settings = settings;
        this.reviewReport = reviewReport;
        this.callers = callers;
    }

    @Operation(summary = "The auditor's review report", description = "What was reviewed, the findings with the club's "
            + "answers, and the chain head the auditor signed; signed by the auditor, the treasurer and the chair.")
    @Get("/reviews/{reviewId}/report")
    public HttpResponse<byte[]> reviewReport(HttpRequest<?> request, Authentication auth, @PathVariable long reviewId,
                                             @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        return download(reviewReport.render(callers.of(auth), reviewId, OutputFormat.of(format),
                StatementTexts.of(lang, Messages.localeOf(request))));
    }

    @Operation(summary = "How the club's statements are signed", description = "The three signature titles and the "
            + "place before the date; null: the defaults (Người lập biểu, Thủ quỹ, Chủ nhiệm CLB; the commune).")
    @Get("/clubs/{clubId}/statement-settings")
    public StatementSettingsService.Settings settings(Authentication auth, @PathVariable long clubId) {
        return settings.get(callers.of(auth), clubId);
    }

    @Operation(summary = "Change how the club's statements are signed (CHAIR)")
    @Secured({Role.ADMIN_, Role.CHAIR_})
    @Put("/clubs/{clubId}/statement-settings")
    public StatementSettingsService.Settings saveSettings(Authentication auth, @PathVariable long clubId,
                                                          @Valid @Body StatementSettingsService.Settings body) {
        return settings.save(callers.of(auth), clubId, body);
    }

    @Operation(summary = "Trial balance of a ledger (F01-DNN)", description = "Opening balances, movements and closing "
            + "balances of every account for the period, debit and credit; the totals balance.")
    @Get("/ledgers/{ledgerId}/statements/trial-balance")
    public HttpResponse<byte[]> trialBalance(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                                             @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                             @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        return download(statements.trialBalance(callers.of(auth), null, ledgerId, from, to, OutputFormat.of(format),
                StatementTexts.of(lang, Messages.localeOf(request))));
    }

    @Operation(summary = "Trial balance of a club's two funds (F01-DNN)", description = "The income-generation fund, "
            + "then the activity fund, each with its accounts.")
    @Get("/clubs/{clubId}/statements/trial-balance")
    public HttpResponse<byte[]> clubTrialBalance(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                                 @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                                 @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        return download(statements.trialBalance(callers.of(auth), clubId, null, from, to, OutputFormat.of(format),
                StatementTexts.of(lang, Messages.localeOf(request))));
    }

    /** The statement as a download, its file name readable in every browser. */
    static HttpResponse<byte[]> download(Rendered r) {
        String encoded = URLEncoder.encode(r.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(r.bytes()).contentType(r.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + r.fileName() + "\"; filename*=UTF-8''" + encoded);
    }
}
