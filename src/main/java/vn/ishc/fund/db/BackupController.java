package vn.ishc.fund.db;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ishc.fund.common.time.ClockFactory;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

@Tag(name = "Backup")
@Controller("/api/v1/admin")
public class BackupController {

    private static final MediaType SQL = MediaType.of("application/sql");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Backups backups;
    private final Callers callers;

    public BackupController(Backups backups, Callers callers) {
        this.backups = backups;
        this.callers = callers;
    }

    @Operation(summary = "Backup of the books (ADMIN)", description = "A consistent SQL dump of the whole database, "
            + "taken while the service runs (mariadb-dump --single-transaction of the embedded server). Restore it "
            + "into an empty data folder with vn.ishc.fund.db.Restore (see the README). With an external database, "
            + "409: back that server up with its own tools.")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get(value = "/backup", produces = "application/sql")
    public HttpResponse<StreamedFile> backup(Authentication auth) {
        callers.of(auth).requireRole(Role.ADMIN);
        Path file = backups.dump();
        try {
            FileInputStream in = new FileInputStream(file.toFile()) {
                @Override
                public void close() throws IOException {
                    super.close();
                    Files.deleteIfExists(file);
                }
            };
            String name = "ishc-backup-" + LocalDateTime.now(ClockFactory.VIETNAM).format(STAMP) + ".sql";
            return HttpResponse.ok(new StreamedFile(in, SQL))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
