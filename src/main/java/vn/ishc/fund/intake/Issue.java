package vn.ishc.fund.intake;

import java.util.List;

/**
 * One problem of an uploaded file: where (sheet title, row number as Excel shows it, column letter; null
 * for the whole file or sheet), the value found, the rule broken ({@code rule.<rule>} in the messages) and
 * the rule's arguments.
 */
public record Issue(String sheet, Integer row, String column, String value, String rule, List<Object> args) {

    public static Issue ofFile(String rule, Object... args) {
        return new Issue(null, null, null, null, rule, List.of(args));
    }

    public static Issue ofSheet(String sheet, String rule, Object... args) {
        return new Issue(sheet, null, null, null, rule, List.of(args));
    }

    /** Where, as a spreadsheet names a cell: {@code Thành viên!C7}, {@code Thành viên!7}, or the sheet alone. */
    public String where() {
        if (sheet == null) {
            return null;
        }
        if (row == null) {
            return sheet;
        }
        return sheet + "!" + (column == null ? "" : column) + row;
    }
}
