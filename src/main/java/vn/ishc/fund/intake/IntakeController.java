package vn.ishc.fund.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.error.Messages;
import vn.ishc.fund.intake.IntakeDtos.Report;
import vn.ishc.fund.ledger.Idempotency;
import vn.ishc.fund.ledger.Responses;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Bringing an existing club in: the template, and importing a filled one (XLSX, or a CSV of one sheet)
 * as the raw body or as the part {@code file} of a form. {@code dryRun=true} answers what would be done
 * and every problem (200) and writes nothing; otherwise the import needs an {@code Idempotency-Key}.
 */
@Tag(name = "Bringing a club in")
@Controller("/api/v1/clubs/{clubId}/import")
@Secured({Role.ADMIN_, Role.CHAIR_, Role.TREASURER_})
public class IntakeController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final IntakeService service;
    private final Callers callers;

    public IntakeController(IntakeService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @Operation(summary = "The intake template (XLSX)", description = "Members, opening balances per fund, donors; "
            + "Vietnamese headers with English below, drop-down lists, an example row (row 3, never imported).")
    @Get("/template")
    public HttpResponse<byte[]> template(Authentication auth, @PathVariable long clubId) {
        return HttpResponse.ok(service.template(callers.of(auth), clubId)).contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ishc-intake-" + clubId + ".xlsx\"");
    }

    @Operation(summary = "Import a filled template, or try it (dryRun=true)", description = "The file as the body "
            + "(XLSX, text/csv or application/octet-stream). All or nothing, once per Idempotency-Key.")
    @Post(consumes = {XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public HttpResponse<Report> importRaw(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                          @Nullable @QueryValue Boolean dryRun,
                                          @Nullable @Header(Idempotency.HEADER) String key, @Nullable @Body byte[] body) {
        return run(request, auth, clubId, dryRun, key, body);
    }

    @Operation(summary = "Import a filled template sent as a form", description = "The file in the part `file`.")
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<Report> importForm(HttpRequest<?> request, Authentication auth, @PathVariable long clubId,
                                           @Nullable @QueryValue Boolean dryRun,
                                           @Nullable @Header(Idempotency.HEADER) String key,
                                           @Nullable @Part("file") CompletedFileUpload file) {
        if (file == null) {
            throw ApiException.invalid("file", "required");
        }
        try {
            return run(request, auth, clubId, dryRun, key, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<Report> run(HttpRequest<?> request, Authentication auth, long clubId, Boolean dryRun,
                                     String key, byte[] body) {
        if (Boolean.TRUE.equals(dryRun)) {
            return HttpResponse.ok(service.dryRun(callers.of(auth), clubId, body, Messages.localeOf(request)));
        }
        return Responses.created(service.importFile(callers.of(auth), clubId, key, body, Messages.localeOf(request)));
    }
}
