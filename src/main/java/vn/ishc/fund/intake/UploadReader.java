package vn.ishc.fund.intake;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.intake.IntakeLayout.Sheet;
import vn.ishc.fund.intake.Upload.Format;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded file into an {@link Upload}: an XLSX of the template (its version checked, every
 * sheet required), or a CSV of one sheet (told apart by its header row, Vietnamese or English). Never
 * throws on a bad file: what is wrong with it is in {@link Upload#problems()}.
 */
public final class UploadReader {

    private UploadReader() {
    }

    public static Upload read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return failed(Format.UNKNOWN, Issue.ofFile("file-empty"));
        }
        if (bytes.length > IntakeLayout.MAX_BYTES) {
            return failed(Format.UNKNOWN, Issue.ofFile("file-too-large", IntakeLayout.MAX_BYTES / (1024 * 1024)));
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return xlsx(bytes);
        }
        String text = utf8(bytes);
        if (text == null || text.indexOf('\0') >= 0) {
            return failed(Format.UNKNOWN, Issue.ofFile("file-type"));
        }
        return csv(text);
    }

    private static Upload failed(Format format, Issue issue) {
        return new Upload(format, Map.of(), List.of(issue));
    }

    private static Upload xlsx(byte[] bytes) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            org.apache.poi.ss.usermodel.Sheet meta = wb.getSheet(IntakeLayout.META);
            Object version = meta == null || meta.getRow(0) == null ? null : value(meta.getRow(0).getCell(0));
            if (!IntakeLayout.VERSION.equals(version)) {
                return failed(Format.XLSX, Issue.ofFile("template-version", version == null ? "—" : String.valueOf(version),
                        IntakeLayout.VERSION));
            }
            Map<Sheet, List<Upload.Row>> sheets = new EnumMap<>(Sheet.class);
            List<Issue> problems = new ArrayList<>();
            int total = 0;
            for (Sheet kind : Sheet.values()) {
                org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet(kind.title);
                if (sheet == null) {
                    problems.add(Issue.ofSheet(kind.title, "sheet-missing", kind.title));
                    continue;
                }
                List<Upload.Row> rows = new ArrayList<>();
                for (int r = IntakeLayout.HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < kind.columns.size(); c++) {
                        cells.add(value(row.getCell(c)));
                    }
                    if (cells.stream().anyMatch(v -> v != null)) {
                        rows.add(new Upload.Row(r + 1, cells));
                    }
                }
                total += rows.size();
                sheets.put(kind, rows);
            }
            if (total > IntakeLayout.MAX_ROWS) {
                return failed(Format.XLSX, Issue.ofFile("too-many-rows", total, IntakeLayout.MAX_ROWS));
            }
            return new Upload(Format.XLSX, sheets, problems);
        } catch (Exception | LinkageError notAWorkbook) {
            // a zip that is not a workbook, a damaged one, or one POI's zip-bomb guard refuses
            return failed(Format.UNKNOWN, Issue.ofFile("file-type"));
        }
    }

    /** A cell's value as the file holds it: text (blank as null), a number, a date. */
    static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
            case STRING -> Texts.blankToNull(cell.getStringCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> null;
        };
    }

    private static Upload csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char sep = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<List<String>> records = Csv.parse(text, sep);
        if (records.isEmpty()) {
            return failed(Format.CSV, Issue.ofFile("file-empty"));
        }
        Sheet kind = null;
        boolean english = false;
        for (Sheet s : Sheet.values()) {
            if (headersMatch(records.get(0), s, false)) {
                kind = s;
            } else if (headersMatch(records.get(0), s, true)) {
                kind = s;
                english = true;
            }
        }
        if (kind == null) {
            return failed(Format.CSV, Issue.ofFile("csv-header"));
        }
        int from = !english && records.size() > 1 && headersMatch(records.get(1), kind, true) ? 2 : 1;
        if (records.size() - from > IntakeLayout.MAX_ROWS) {
            return failed(Format.CSV, Issue.ofFile("too-many-rows", records.size() - from, IntakeLayout.MAX_ROWS));
        }
        List<Upload.Row> rows = new ArrayList<>();
        for (int i = from; i < records.size(); i++) {
            List<Object> cells = new ArrayList<>();
            for (String v : records.get(i)) {
                cells.add(Texts.blankToNull(v));
            }
            if (cells.stream().anyMatch(v -> v != null)) {
                rows.add(new Upload.Row(i + 1, cells));
            }
        }
        Map<Sheet, List<Upload.Row>> sheets = new EnumMap<>(Sheet.class);
        sheets.put(kind, rows);
        return new Upload(Format.CSV, sheets, List.of());
    }

    private static boolean headersMatch(List<String> record, Sheet sheet, boolean english) {
        if (record.size() < sheet.columns.size()) {
            return false;
        }
        for (int i = 0; i < sheet.columns.size(); i++) {
            IntakeLayout.Column c = sheet.columns.get(i);
            if (!norm(english ? c.en() : c.vi()).equals(norm(record.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String norm(String s) {
        return s == null ? "" : Texts.nfc(s).strip().toLowerCase(Locale.ROOT);
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
