package vn.ishc.fund.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Restores a backup (the SQL of {@code GET /api/v1/admin/backup}) into an empty data folder: starts
 * an embedded MariaDB there, runs the dump, stops it cleanly. Start the service on that folder
 * afterwards ({@code ISHC_DATA_DIR}). Run with the service stopped, or on another folder:
 * <pre>./mvnw -Prestore compile exec:java -Dexec.args="backup.sql data-restored"</pre>
 */
public final class Restore {

    private Restore() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Restore <backup.sql> <empty data folder>");
            System.exit(2);
        }
        try {
            into(Path.of(args[0]), Path.of(args[1]));
            System.out.println("Restored " + args[0] + " into " + args[1] + ": start the service with ISHC_DATA_DIR=" + args[1]);
            System.exit(0);
        } catch (IOException | RuntimeException e) {
            System.err.println("Restore failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Loads the dump into a new embedded server on {@code dataDir}, which must be empty or absent. */
    public static void into(Path dump, Path dataDir) throws IOException {
        if (!Files.isRegularFile(dump)) {
            throw new IOException("no backup file " + dump);
        }
        if (Files.isDirectory(dataDir)) {
            try (var entries = Files.list(dataDir)) {
                if (entries.findFirst().isPresent()) {
                    throw new IOException("the data folder " + dataDir + " is not empty: restore into an empty one");
                }
            }
        }
        if (EmbeddedMariaDb.wipedAtStart(dataDir)) {
            throw new IOException("the data folder " + dataDir + " is inside the system temp folder, which the embedded "
                    + "MariaDB wipes at every start");
        }
        EmbeddedMariaDb server = EmbeddedMariaDb.start(dataDir, 0, true);
        try {
            MariaDbPrograms.load(server, dump);
        } finally {
            server.stop();
        }
    }
}
