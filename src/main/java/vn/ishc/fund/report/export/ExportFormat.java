package vn.ishc.fund.report.export;

import io.micronaut.http.MediaType;
import vn.ishc.fund.common.error.ApiException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The auditor's exports of a ledger: an hledger journal to work on, the hash chain as JSON Lines to recompute. */
public enum ExportFormat {
    HLEDGER("hledger", "text/plain; charset=UTF-8", "journal"),
    JSONL("jsonl", "application/x-ndjson", "jsonl");

    private final String name;
    private final String mediaType;
    private final String extension;

    ExportFormat(String name, String mediaType, String extension) {
        this.name = name;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public MediaType mediaType() {
        return MediaType.of(mediaType);
    }

    public String extension() {
        return extension;
    }

    /** {@code hledger} or {@code jsonl}; anything else is a 400 naming the choices (never a guess). */
    public static ExportFormat of(String value) {
        for (ExportFormat f : values()) {
            if (f.name.equals(value)) {
                return f;
            }
        }
        throw ApiException.invalid("format", "enum",
                Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", ")));
    }
}
