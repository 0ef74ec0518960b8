package vn.ishc.fund.report.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.time.LocalDate;

/** The auditor's exports of a ledger, streamed: an hledger journal, or the hash chain as JSON Lines. */
@Tag(name = "Auditor exports")
@Controller("/api/v1")
@Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
public class ExportController {

    private final LedgerExports exports;
    private final Callers callers;

    public ExportController(LedgerExports exports, Callers callers) {
        this.exports = exports;
        this.callers = callers;
    }

    @Operation(summary = "Export a ledger for an auditor: hledger journal or hash chain (JSON Lines)", description =
            "format hledger: text/plain journal of the entries dated from..to (default 1 January of to's year to today; "
            + "at most 5 years), with declared accounts and commodity, the balances brought forward on from, and "
            + "assertions of every balance at the end of to; passes hledger check --strict. format jsonl: "
            + "application/x-ndjson, one line per entry with its canonical content, prevHash and hash (README, "
            + "\"Auditor exports\"); without from and to every entry, with them the entries from the first to the "
            + "last dated in the period. Both cover the entries up to the chain head when the export starts.")
    @Get(value = "/ledgers/{ledgerId}/export/{format}", produces = {"text/plain", "application/x-ndjson"})
    public HttpResponse<StreamedFile> export(Authentication auth, @PathVariable long ledgerId, @PathVariable String format,
                                             @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to) {
        ExportFormat chosen = ExportFormat.of(format);
        LedgerExports.Export export = exports.open(callers.of(auth), ledgerId, chosen, from, to);
        return HttpResponse.ok(new StreamedFile(export.body(), chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"");
    }
}
