package vn.ishc.fund.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A statement as CSV written row by row to a stream, for books too long to keep: the same cells as
 * {@link CsvTable} (UTF-8 with a byte-order mark, plain whole amounts, dates dd/MM/yyyy).
 */
final class CsvStream implements AutoCloseable {

    private final Writer out;
    private final int columns;

    CsvStream(OutputStream out, List<String> header) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.columns = header.size();
        write('\uFEFF');
        row(header.toArray());
    }

    void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i > 0 ? "," : "").append(CsvTable.cell(values[i]));
        }
        write(line.append("\r\n"));
    }

    private void write(Object text) {
        try {
            out.write(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
