package vn.ishc.fund.db;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
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

    /** Whether the file ends as mariadb-dump ends a dump it finished (a cut download does not). */
    static boolean complete(Path dump) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dump.toFile(), "r")) {
            long from = Math.max(0, f.length() - 512);
            byte[] tail = new byte[(int) (f.length() - from)];
            f.seek(from);
            f.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8).stripTrailing();
            return text.substring(text.lastIndexOf('\n') + 1).startsWith("-- Dump completed");
        }
    }

    /** Loads the dump into a new embedded server on {@code dataDir}, which must be empty or absent. */
    public static void into(Path dump, Path dataDir) throws IOException {
        if (!Files.isRegularFile(dump)) {
            throw new IOException("no backup file " + dump);
        }
        if (!complete(dump)) {
            throw new IOException(dump + " is not a complete backup: it does not end with mariadb-dump's "
                    + "\"-- Dump completed\" line");
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
