package vn.ishc.fund.db;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Consistent backups of the books while the service runs (embedded database). */
@Singleton
public class Backups {

    private final DatabaseConfigurer configurer;
    private final String database;

    public Backups(DatabaseConfigurer configurer, @Value("${ishc.db.name:ishc}") String database) {
        this.configurer = configurer;
        this.database = database;
    }

    /** Dumps the database into a new file of the server's temp folder; the caller deletes it. */
    public Path dump() {
        EmbeddedMariaDb server = configurer.embedded().orElseThrow(
                () -> new ApiException(HttpStatus.CONFLICT, "backup-external", List.of()));
        try {
            Path file = Files.createTempFile(server.home().resolve("mariadb-tmp"), "backup-", ".sql");
            try {
                MariaDbPrograms.dump(server, database, file);
                return file;
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The backup failed: " + e.getMessage(), e);
        }
    }
}
