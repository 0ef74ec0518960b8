package vn.ishc.fund.intake;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

/** A template downloaded from the service, filled in as a treasurer would (rows from 4 on), and saved. */
final class Filled {

    private final XSSFWorkbook wb;
    private final int[] next = new int[8];

    Filled(byte[] template) {
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Filled members(Object... cells) {
        return row("Thành viên", cells);
    }

    Filled balance(Object... cells) {
        return row("Số dư đầu kỳ", cells);
    }

    Filled donor(Object... cells) {
        return row("Nhà tài trợ", cells);
    }

    /** Writes the next data row of a sheet: numbers as numbers, dates as date cells, the rest as text. */
    Filled row(String sheetName, Object... cells) {
        Sheet sheet = wb.getSheet(sheetName);
        int index = wb.getSheetIndex(sheet);
        Row row = sheet.createRow(3 + next[index]++);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (v instanceof Number n) {
                cell.setCellValue(new BigDecimal(n.toString()).doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle());
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return this;
    }

    private org.apache.poi.ss.usermodel.CellStyle date;

    private org.apache.poi.ss.usermodel.CellStyle dateStyle() {
        if (date == null) {
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        }
        return date;
    }

    Filled with(Consumer<XSSFWorkbook> change) {
        change.accept(wb);
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
