package vn.ishc.fund.intake;

import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.time.PlausibleDates;
import vn.ishc.fund.intake.IntakeLayout.Column;
import vn.ishc.fund.intake.IntakeLayout.Sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the cells of one row by the layout's column types, and records a problem for each cell that
 * does not fit (then the value is null). Pure: no database, no clock.
 */
final class CellReader {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter[] DATES = {
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE};
    // 1.500.000 or 1,500,000 or 1 500 000: thousands separators as Vietnamese and English write them
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([., \\u00A0]\\d{3})+");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final Sheet sheet;
    private final Upload.Row row;
    private final List<Issue> problems;

    CellReader(Sheet sheet, Upload.Row row, List<Issue> problems) {
        this.sheet = sheet;
        this.row = row;
        this.problems = problems;
    }

    int row() {
        return row.number();
    }

    void flag(String key, String rule, Object... args) {
        int i = sheet.index(key);
        // dates in a message as the sheet shows them
        List<Object> shownArgs = java.util.Arrays.stream(args).map(a -> a instanceof LocalDate d ? (Object) d.format(DAY) : a).toList();
        problems.add(new Issue(sheet.title, row.number(), Sheet.letter(i), shown(row.cell(i)), rule, shownArgs));
    }

    /** The cell as text: cleaned (NFC, spaces folded); null when blank (a problem if the column is required). */
    String text(String key) {
        Column c = column(key);
        Object v = row.cell(sheet.index(key));
        String s = v == null ? null : Texts.blankToNull(shown(v));
        if (s == null) {
            return missing(c);
        }
        String bad = Texts.unacceptable(s);
        if (bad != null) {
            flag(key, bad);
            return null;
        }
        s = Texts.clean(s);
        if (c.maxLength() > 0 && s.length() > c.maxLength()) {
            flag(key, "size", c.required() ? 1 : 0, c.maxLength());
            return null;
        }
        return s;
    }

    /** A whole number (thousands separators allowed in text). */
    BigDecimal whole(String key) {
        Column c = column(key);
        Object v = row.cell(sheet.index(key));
        if (v == null) {
            return missing(c);
        }
        BigDecimal n;
        if (v instanceof BigDecimal b) {
            n = b;
        } else if (v instanceof Integer || v instanceof Long) {
            n = BigDecimal.valueOf(((Number) v).longValue());
        } else if (v instanceof String s) {
            String t = s.strip();
            if (GROUPED.matcher(t).matches()) {
                t = t.replaceAll("[., \\u00A0]", "");
            }
            try {
                n = new BigDecimal(t);
            } catch (NumberFormatException e) {
                flag(key, "cell-number");
                return null;
            }
        } else {
            flag(key, "cell-number");
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            flag(key, "cell-whole");
            return null;
        }
        return n.setScale(0);
    }

    /** A whole number that fits an int, or null. */
    Integer integer(String key) {
        BigDecimal n = whole(key);
        if (n == null) {
            return null;
        }
        if (n.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
            flag(key, "too-large");
            return null;
        }
        return n.intValueExact();
    }

    /** A date: a date cell, or text dd/mm/yyyy (or yyyy-mm-dd), or Excel's day number; within 1900–2100. */
    LocalDate date(String key) {
        Column c = column(key);
        Object v = row.cell(sheet.index(key));
        if (v == null) {
            return missing(c);
        }
        LocalDate d = null;
        if (v instanceof LocalDate date) {
            d = date;
        } else if (v instanceof BigDecimal serial && serial.scale() <= 0 && serial.signum() > 0
                && serial.compareTo(BigDecimal.valueOf(80_000)) < 0) {
            d = EXCEL_EPOCH.plusDays(serial.longValue());
        } else if (v instanceof String s) {
            for (DateTimeFormatter f : DATES) {
                try {
                    d = LocalDate.parse(s.strip(), f);
                    break;
                } catch (DateTimeParseException next) {
                    // try the next form
                }
            }
        }
        if (d == null) {
            flag(key, "cell-date");
            return null;
        }
        if (!PlausibleDates.inRange(d)) {
            flag(key, "date-range", PlausibleDates.EARLIEST, PlausibleDates.LATEST);
            return null;
        }
        return d;
    }

    /** One of the choice's words (case and Unicode form aside), or its code. */
    <E> E choice(String key, IntakeLayout.Choice<E> choice) {
        String s = text(key);
        if (s == null) {
            return null;
        }
        String wanted = s.toLowerCase(Locale.ROOT);
        for (var w : choice.words().entrySet()) {
            if (w.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
                return w.getValue();
            }
        }
        flag(key, "cell-choice", String.join(", ", choice.offered()));
        return null;
    }

    private <T> T missing(Column c) {
        if (c.required()) {
            flag(c.key(), "required");
        }
        return null;
    }

    private Column column(String key) {
        return sheet.columns.get(sheet.index(key));
    }

    /** A cell's value as the user sees it, for the report. */
    static String shown(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof LocalDate d) {
            return d.format(DAY);
        }
        return v.toString();
    }
}
