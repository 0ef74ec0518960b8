package vn.ishc.fund.report.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auditor's own tools, run as they would run them: hledger and python3, from the PATH. */
final class Programs {

    static final Path SCRIPT = Path.of("src/test/resources/export/verify_chain.py");

    private Programs() {
    }

    /** What a program printed (standard output and error together) and how it ended. */
    record Run(int exit, String output) {
    }

    static Run run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), () -> String.join(" ", command) + " finished");
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The independent recomputation of the chain (standard-library Python) over an exported file. */
    static Run verifyChain(Path jsonl) {
        assertTrue(onPath("python3"), "python3 recomputes the chain: install it (.ci/setup does)");
        return run("python3", SCRIPT.toString(), jsonl.toString());
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Writes an export under target/exports (kept to look at) and returns its path. */
    static Path keep(String name, byte[] content) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "exports"));
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path keep(String name, List<String> lines) {
        return keep(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
