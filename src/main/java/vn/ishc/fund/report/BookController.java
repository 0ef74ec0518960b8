package vn.ishc.fund.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ishc.fund.common.error.Messages;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The books kept on an account, printed: cash book, bank book, general ledger, account detail and a member's
 * capital account. Each takes {@code from} and {@code to} (default: the start of the year to today),
 * {@code format} (pdf, xlsx, csv) and {@code lang} (vi, en), as every statement does.
 */
@Tag(name = "Statements")
@Controller("/api/v1")
@Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
public class BookController {

    private final Books books;
    private final Callers callers;

    public BookController(Books books, Callers callers) {
        this.books = books;
        this.callers = callers;
    }

    @Operation(summary = "Cash book (S04a-DNN)", description = "Every receipt and payment of cash (111, or the "
            + "sub-account given as account) with the balance after it; day and month totals; the balance brought "
            + "forward and the closing balance.")
    @Get("/ledgers/{ledgerId}/statements/cash-book")
    public HttpResponse<StreamedFile> cashBook(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                                               @Nullable @QueryValue String account,
                                               @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                               @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        OutputFormat f = OutputFormat.of(format);
        return download(books.cashBook(callers.of(auth), ledgerId, account, from, to, f, texts(request, lang)));
    }

    @Operation(summary = "Bank book (S05-DNN)", description = "Every deposit and withdrawal (112, or the sub-account "
            + "given as account) with its contra account and the balance after it; day and month totals.")
    @Get("/ledgers/{ledgerId}/statements/bank-book")
    public HttpResponse<StreamedFile> bankBook(HttpRequest<?> request, Authentication auth, @PathVariable long ledgerId,
                                               @Nullable @QueryValue String account,
                                               @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                               @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        OutputFormat f = OutputFormat.of(format);
        return download(books.bankBook(callers.of(auth), ledgerId, account, from, to, f, texts(request, lang)));
    }

    @Operation(summary = "General ledger of an account (S03b-DNN)", description = "The account's postings (a header "
            + "account: its sub-accounts' too) with voucher, entry number and contra accounts; opening balance, month "
            + "totals and balances, totals since the start of the year, closing balance. account is required.")
    @Get("/ledgers/{ledgerId}/statements/general-ledger")
    public HttpResponse<StreamedFile> generalLedger(HttpRequest<?> request, Authentication auth,
                                                    @PathVariable long ledgerId, @Nullable @QueryValue String account,
                                                    @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                                    @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        OutputFormat f = OutputFormat.of(format);
        return download(books.generalLedger(callers.of(auth), ledgerId, account, from, to, f, texts(request, lang)));
    }

    @Operation(summary = "Account detail (S19-DNN)", description = "An account's postings with the member, loan or "
            + "donor each names and the balance after each; of one member, loan or donor when given (e.g. 4111 and "
            + "member, 12881 and loan, 4118 and donor). account is required.")
    @Get("/ledgers/{ledgerId}/statements/account-detail")
    public HttpResponse<StreamedFile> accountDetail(HttpRequest<?> request, Authentication auth,
                                                    @PathVariable long ledgerId, @Nullable @QueryValue String account,
                                                    @Nullable @QueryValue Long member, @Nullable @QueryValue Long loan,
                                                    @Nullable @QueryValue Long donor,
                                                    @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                                    @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        OutputFormat f = OutputFormat.of(format);
        return download(books.accountDetail(callers.of(auth), ledgerId, account, member, loan, donor, from, to, f,
                texts(request, lang)));
    }

    @Operation(summary = "A member's capital account (S19-DNN of 4111)", description = "The member's contributions "
            + "and refunds of capital in the income-generation fund, with the balance after each.")
    @Get("/members/{memberId}/statements/capital-account")
    public HttpResponse<StreamedFile> capitalAccount(HttpRequest<?> request, Authentication auth,
                                                     @PathVariable long memberId,
                                                     @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                                     @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        OutputFormat f = OutputFormat.of(format);
        return download(books.capitalAccount(callers.of(auth), memberId, from, to, f, texts(request, lang)));
    }

    private static StatementTexts texts(HttpRequest<?> request, String lang) {
        return StatementTexts.of(lang, Messages.localeOf(request));
    }

    /** The book streamed from its temporary file, which is deleted once sent. */
    static HttpResponse<StreamedFile> download(BookFile file) {
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        long length = file.size();
        return HttpResponse.ok(new StreamedFile(file.open(), file.format().mediaType(), System.currentTimeMillis(), length))
                .contentType(file.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName()
                        + "\"; filename*=UTF-8''" + encoded);
    }
}
