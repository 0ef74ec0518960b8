package vn.ishc.fund.intake;

import vn.ishc.fund.intake.IntakeLayout.Sheet;

import java.util.List;
import java.util.Map;

/**
 * What was read from a file, before any rule: the data rows of each sheet found (cells as the file held
 * them: text, number, date or null), and the problems of the file as a whole. A CSV holds one sheet.
 */
public record Upload(Format format, Map<Sheet, List<Row>> sheets, List<Issue> problems) {

    public enum Format { XLSX, CSV, UNKNOWN }

    /** A data row: its number as the spreadsheet shows it (1-based), and its cells by column. */
    public record Row(int number, List<Object> cells) {
        public Object cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }
}
