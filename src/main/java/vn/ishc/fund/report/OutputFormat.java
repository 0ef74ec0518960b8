package vn.ishc.fund.report;

import io.micronaut.http.MediaType;
import vn.ishc.fund.common.error.ApiException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms a statement downloads in: PDF to print and sign, XLSX to work on, CSV to import anywhere. */
public enum OutputFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    OutputFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public MediaType mediaType() {
        return MediaType.of(mediaType);
    }

    public String extension() {
        return extension;
    }

    /** {@code pdf}, {@code xlsx} or {@code csv} (default PDF); anything else is a 400 naming the choices. */
    public static OutputFormat of(String value) {
        if (value == null) {
            return PDF;
        }
        for (OutputFormat f : values()) {
            if (f.extension.equals(value.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw ApiException.invalid("format", "enum",
                Arrays.stream(values()).map(OutputFormat::extension).collect(Collectors.joining(", ")));
    }
}
