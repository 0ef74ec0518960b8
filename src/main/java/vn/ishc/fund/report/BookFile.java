package vn.ishc.fund.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A printed book ready to download, in a temporary file rather than in memory (a year of a busy ledger
 * runs to thousands of pages): its path, format and file name. Whoever takes it deletes the file, by
 * reading it through {@link #open()} or by {@link #delete()}.
 */
public record BookFile(Path path, OutputFormat format, String fileName) {

    /** The file to read once: it is deleted when the stream is closed. */
    public InputStream open() {
        try {
            return Files.newInputStream(path, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
