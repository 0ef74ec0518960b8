package vn.ishc.fund.intake;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ishc.fund.intake.IntakeLayout.Column;
import vn.ishc.fund.intake.IntakeLayout.Kind;
import vn.ishc.fund.intake.IntakeLayout.Sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes the intake template of a club: an instructions sheet, one sheet per {@link Sheet} (Vietnamese
 * header, English below, an example row, frozen above the data; drop-down lists for the choice columns,
 * whole numbers for numbers), and a very hidden sheet with the version and the lists.
 */
public final class TemplateWriter {

    /** An account the balances may name: its code and names. */
    public record AccountChoice(String code, String nameVi, String nameEn, String funds) {
    }

    private static final int LAST_ROW = IntakeLayout.HEADER_ROWS + IntakeLayout.MAX_ROWS;

    private TemplateWriter() {
    }

    public static byte[] write(String clubName, List<AccountChoice> accounts, LocalDate today) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            instructions(wb, styles, clubName, accounts);
            XSSFSheet meta = meta(wb, accounts);
            for (Sheet kind : Sheet.values()) {
                data(wb, styles, kind, today);
            }
            wb.setSheetOrder(IntakeLayout.META, wb.getNumberOfSheets() - 1);
            wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle header, CellStyle english, CellStyle example, CellStyle date, CellStyle text,
                          CellStyle title) {
        Styles(XSSFWorkbook wb) {
            this(style(wb, true, false, IndexedColors.PALE_BLUE), style(wb, false, true, IndexedColors.PALE_BLUE),
                    style(wb, false, true, IndexedColors.GREY_25_PERCENT), format(wb, "dd/mm/yyyy"), format(wb, "@"),
                    style(wb, true, false, null));
        }

        private static CellStyle style(XSSFWorkbook wb, boolean bold, boolean italic, IndexedColors fill) {
            CellStyle s = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(bold);
            f.setItalic(italic);
            s.setFont(f);
            s.setWrapText(true);
            if (fill != null) {
                s.setFillForegroundColor(fill.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        }

        private static CellStyle format(XSSFWorkbook wb, String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }
    }

    private static void instructions(XSSFWorkbook wb, Styles styles, String clubName, List<AccountChoice> accounts) {
        XSSFSheet s = wb.createSheet("Hướng dẫn");
        String[] lines = {
                "Mẫu nhập dữ liệu câu lạc bộ — " + clubName,
                "Club intake template — " + clubName,
                "",
                "Điền các trang Thành viên, Số dư đầu kỳ, Nhà tài trợ từ dòng 4. Dòng 3 là ví dụ, không được nhập.",
                "Fill in the sheets Members, Opening balances and Donors from row 4. Row 3 is an example and is not imported.",
                "Thành viên được nhận biết theo mã số: nhập lại danh sách sẽ cập nhật, không tạo trùng. Ô trống không bắt buộc giữ giá trị cũ.",
                "Members are matched by member number: importing the list again updates them. A blank optional cell keeps the stored value.",
                "Số dư: mỗi dòng một tài khoản (theo thành viên nếu có); TK 421 nhận phần chênh lệch. Mỗi quỹ một ngày mở sổ.",
                "Balances: one line per account (per member where it applies); account 421 takes the difference. One opening date per fund.",
                "Ngày ghi dd/mm/yyyy. Số tiền là số nguyên (đồng). Tối đa " + IntakeLayout.MAX_ROWS + " dòng, 10 MB.",
                "Dates as dd/mm/yyyy. Amounts in whole VND. At most " + IntakeLayout.MAX_ROWS + " rows, 10 MB.",
                "",
                "Tài khoản được nhập số dư / Accounts that take an opening balance:"};
        int r = 0;
        for (String line : lines) {
            Row row = s.createRow(r);
            row.createCell(0).setCellValue(line);
            if (r < 2) {
                row.getCell(0).setCellStyle(styles.title());
            }
            r++;
        }
        for (AccountChoice a : accounts) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(a.code() + " — " + a.nameVi() + " / " + a.nameEn() + " (" + a.funds() + ")");
        }
        s.setColumnWidth(0, 130 * 256);
    }

    private static XSSFSheet meta(XSSFWorkbook wb, List<AccountChoice> accounts) {
        XSSFSheet meta = wb.createSheet(IntakeLayout.META);
        meta.createRow(0).createCell(0).setCellValue(IntakeLayout.VERSION);
        list(wb, meta, 1, "Sex", IntakeLayout.SEX.offered());
        list(wb, meta, 2, "Poverty", IntakeLayout.POVERTY.offered());
        list(wb, meta, 3, "Fund", IntakeLayout.FUND.offered());
        list(wb, meta, 4, "Account", accounts.stream().map(AccountChoice::code).toList());
        list(wb, meta, 5, "DonorKind", IntakeLayout.DONOR_KIND.offered());
        return meta;
    }

    /** Writes the words down a column of the hidden sheet and names their range. */
    private static void list(XSSFWorkbook wb, XSSFSheet meta, int column, String name, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            Row row = meta.getRow(i) == null ? meta.createRow(i) : meta.getRow(i);
            row.createCell(column).setCellValue(words.get(i));
        }
        Name n = wb.createName();
        n.setNameName("list" + name);
        String col = Sheet.letter(column);
        n.setRefersToFormula("'" + IntakeLayout.META + "'!$" + col + "$1:$" + col + "$" + Math.max(1, words.size()));
    }

    private static final Map<String, String> LISTS = Map.of("sex", "listSex", "povertyStatus", "listPoverty",
            "fund", "listFund", "accountCode", "listAccount", "kind", "listDonorKind");

    private static void data(XSSFWorkbook wb, Styles styles, Sheet kind, LocalDate today) {
        XSSFSheet s = wb.createSheet(kind.title);
        Row vi = s.createRow(0);
        Row en = s.createRow(1);
        Row example = s.createRow(2);
        DataValidationHelper helper = s.getDataValidationHelper();
        for (int i = 0; i < kind.columns.size(); i++) {
            Column c = kind.columns.get(i);
            vi.createCell(i).setCellValue(c.vi() + (c.required() ? " *" : ""));
            vi.getCell(i).setCellStyle(styles.header());
            en.createCell(i).setCellValue(c.en() + (i == 0 ? " — dòng 3: ví dụ / row 3: example" : ""));
            en.getCell(i).setCellStyle(styles.english());
            exampleCell(example, i, c, styles);
            s.setColumnWidth(i, Math.max(16, Math.min(40, c.vi().length() + 4)) * 256);
            if (c.kind() == Kind.DATE) {
                s.setDefaultColumnStyle(i, styles.date());
            } else if (c.kind() == Kind.TEXT) {
                s.setDefaultColumnStyle(i, styles.text());
            }
            DataValidationConstraint constraint = constraint(helper, c, today);
            if (constraint != null) {
                DataValidation v = helper.createValidation(constraint,
                        new CellRangeAddressList(IntakeLayout.HEADER_ROWS, LAST_ROW, i, i));
                v.setShowErrorBox(true);
                v.setEmptyCellAllowed(true);
                v.createErrorBox(c.vi(), c.kind() == Kind.CHOICE ? "Chọn trong danh sách / Pick from the list"
                        : "Nhập số nguyên / Enter a whole number");
                s.addValidationData(v);
            }
        }
        en.setHeightInPoints(30);
        s.createFreezePane(0, IntakeLayout.HEADER_ROWS);
    }

    private static DataValidationConstraint constraint(DataValidationHelper helper, Column c, LocalDate today) {
        if (c.kind() == Kind.CHOICE) {
            return helper.createFormulaListConstraint(LISTS.get(c.key()));
        }
        if (c.kind() == Kind.WHOLE && c.key().equals("birthYear")) {
            return helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1900",
                    String.valueOf(today.getYear()));
        }
        if (c.kind() == Kind.WHOLE) {
            // amounts may pass 2^31: a decimal constraint, whole numbers checked on import
            return helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "1", null);
        }
        return null;
    }

    private static void exampleCell(Row example, int i, Column c, Styles styles) {
        var cell = example.createCell(i);
        if (c.kind() == Kind.WHOLE) {
            cell.setCellValue(new BigDecimal(c.example()).doubleValue());
        } else {
            cell.setCellValue(c.example());
        }
        cell.setCellStyle(styles.example());
    }
}
