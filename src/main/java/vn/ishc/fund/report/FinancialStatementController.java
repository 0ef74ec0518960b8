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
 * The financial statements: the statement of financial position at {@code asOf} (default today) and the income
 * and expenditure from {@code from} to {@code to} (default: the start of the year to today), of a ledger or of a
 * club's two funds; {@code format} pdf, xlsx or csv, {@code lang} vi or en, as every statement.
 */
@Tag(name = "Statements")
@Controller("/api/v1")
@Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
public class FinancialStatementController {

    private final FinancialStatements statements;
    private final Callers callers;

    public FinancialStatementController(FinancialStatements statements, Callers callers) {
        this.statements = statements;
        this.callers = callers;
    }

    @Operation(summary = "Statement of financial position of a ledger (B01a-DNN)", description = "Assets against "
            + "liabilities and fund capital (4111, 4118, 421 and this year's surplus) at the end of asOf and at the "
            + "start of the year; it balances.")
    @Get("/ledgers/{ledgerId}/statements/balance-sheet")
    public HttpResponse<byte[]> balanceSheet(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                                             @Nullable @QueryValue LocalDate asOf, @Nullable @QueryValue String format,
                                             @Nullable @QueryValue String lang) {
        return StatementController.download(statements.balanceSheet(callers.of(auth), null, ledgerId, asOf,
                OutputFormat.of(format), StatementTexts.of(lang, Messages.localeOf(request))));
    }

    @Operation(summary = "Statement of financial position of a club (B01a-DNN)", description = "The income-generation "
            + "fund and the activity fund side by side with the club's total, and the club's total at the start of the year.")
    @Get("/clubs/{clubId}/statements/balance-sheet")
    public HttpResponse<byte[]> clubBalanceSheet(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                                 @Nullable @QueryValue LocalDate asOf, @Nullable @QueryValue String format,
                                                 @Nullable @QueryValue String lang) {
        return StatementController.download(statements.balanceSheet(callers.of(auth), clubId, null, asOf,
                OutputFormat.of(format), StatementTexts.of(lang, Messages.localeOf(request))));
    }

    @Operation(summary = "Income and expenditure of a ledger", description = "Interest and other income, administrative "
            + "and other expenses (activity spending by the eight activity areas, loan losses, interest handed to the "
            + "activity fund), and the surplus or deficit of the period.")
    @Get("/ledgers/{ledgerId}/statements/income-expenditure")
    public HttpResponse<byte[]> incomeExpenditure(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                                                  @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                                  @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        return StatementController.download(statements.incomeExpenditure(callers.of(auth), null, ledgerId, from, to,
                OutputFormat.of(format), StatementTexts.of(lang, Messages.localeOf(request))));
    }

    @Operation(summary = "Income and expenditure of a club", description = "Both funds and the club's total; the interest "
            + "handed from one fund to the other shows on both sides and cancels out in the total's surplus.")
    @Get("/clubs/{clubId}/statements/income-expenditure")
    public HttpResponse<byte[]> clubIncomeExpenditure(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                                      @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                                      @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        return StatementController.download(statements.incomeExpenditure(callers.of(auth), clubId, null, from, to,
                OutputFormat.of(format), StatementTexts.of(lang, Messages.localeOf(request))));
    }
}
