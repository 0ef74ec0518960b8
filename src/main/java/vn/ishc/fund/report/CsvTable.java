package vn.ishc.fund.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement as CSV: UTF-8 with a byte-order mark (so Excel reads Vietnamese right), a header row,
 * amounts as plain whole numbers (no thousands separator, whatever the language), dates dd/MM/yyyy.
 */
public final class CsvTable {

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public CsvTable row(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException(values.length + " values for " + header.size() + " columns");
        }
        rows.add(java.util.Arrays.asList(values));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            line(w, new ArrayList<>(header));
            for (List<Object> r : rows) {
                line(w, r);
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void line(Writer w, List<Object> values) throws java.io.IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(values.get(i)));
        }
        w.write("\r\n");
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof LocalDate d) {
            return StatementTexts.day(d);
        }
        String s = v.toString();
        // quoted when it holds a separator, a quote or a line break; a leading = + - @ cannot start a formula
        boolean formula = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
        if (formula) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || formula
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
