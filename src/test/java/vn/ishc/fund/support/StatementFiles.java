package vn.ishc.fund.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads statements back as a person's tools would: PDF text and fonts (PDFBox), XLSX cells (POI), CSV lines. */
public final class StatementFiles {

    private StatementFiles() {
    }

    /** The text of every page. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pdfPages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether every font of the first page is embedded (a PDF that prints Vietnamese the same everywhere). */
    public static boolean fontsEmbedded(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (!font.isEmbedded()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a copy under target/statements (to be looked at, e.g. pdftoppm -png). */
    public static void keep(String name, byte[] bytes) {
        try {
            Files.createDirectories(Path.of("target/statements"));
            Files.write(Path.of("target/statements", name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's rows, each cell as a String, a BigDecimal (numeric cells) or null. */
    public static List<List<Object>> xlsx(byte[] xlsx) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            List<List<Object>> out = new ArrayList<>();
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null || cell.getCellType() == CellType.BLANK) {
                        cells.add(null);
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        cells.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
                    } else {
                        cells.add(cell.getStringCellValue());
                    }
                }
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row index below which the first sheet's panes are frozen (-1 if none). */
    public static int xlsxFrozenRows(byte[] xlsx) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var pane = wb.getSheetAt(0).getPaneInformation();
            return pane == null || !pane.isFreezePane() ? -1 : pane.getHorizontalSplitPosition();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of a sheet whose cells include this text. */
    public static List<Object> rowWith(List<List<Object>> rows, String text) {
        return rows.stream().filter(r -> r.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + rows));
    }

    /** The numbers of a row, in order. */
    public static List<BigDecimal> numbers(List<Object> row) {
        return row.stream().filter(c -> c instanceof BigDecimal).map(c -> (BigDecimal) c).toList();
    }

    /** CSV lines split on commas (the statements quote no numbers), after checking the UTF-8 byte-order mark. */
    public static List<List<String>> csv(byte[] csv) {
        if (csv.length < 3 || (csv[0] & 0xff) != 0xEF || (csv[1] & 0xff) != 0xBB || (csv[2] & 0xff) != 0xBF) {
            throw new AssertionError("the CSV does not start with a UTF-8 byte-order mark");
        }
        List<List<String>> out = new ArrayList<>();
        for (String line : new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n")) {
            out.add(parseLine(line));
        }
        return out;
    }

    private static List<String> parseLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Distinct texts of a PDF's lines (for assertions that a word appears). */
    public static Set<String> lines(String text) {
        return new HashSet<>(List.of(text.split("\\R")));
    }
}
