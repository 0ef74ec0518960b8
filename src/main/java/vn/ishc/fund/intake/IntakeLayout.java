package vn.ishc.fund.intake;

import vn.ishc.fund.club.DonorKind;
import vn.ishc.fund.club.PovertyStatus;
import vn.ishc.fund.club.Sex;
import vn.ishc.fund.ledger.Fund;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intake template, version {@link #VERSION}: its sheets, their columns (Vietnamese header, English
 * below it) and the words a treasurer may choose in a cell. Rows 1–2 are the headers and row 3 an
 * example that is never imported; data starts on row 4. The template and the reader share this one
 * description, so a change of layout is a new version, and a file of another version is refused.
 */
public final class IntakeLayout {

    /** Written in the hidden sheet {@link #META}, cell A1; a file with another value is refused. */
    public static final String VERSION = "ishc-fund-intake-1";
    public static final String META = "_ishc";
    public static final int HEADER_ROWS = 3;
    public static final int MAX_ROWS = 5000;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public enum Kind { TEXT, WHOLE, DATE, CHOICE }

    public record Column(String key, String vi, String en, Kind kind, boolean required, int maxLength,
                         String example) {
    }

    public enum Sheet {
        MEMBERS("Thành viên", "Members", List.of(
                new Column("memberNo", "Mã số thành viên", "Member number", Kind.WHOLE, true, 0, "1"),
                new Column("fullName", "Họ và tên", "Full name", Kind.TEXT, true, 150, "Nguyễn Thị Lan"),
                new Column("sex", "Giới tính", "Sex", Kind.CHOICE, true, 0, "Nữ"),
                new Column("birthYear", "Năm sinh", "Birth year", Kind.WHOLE, true, 0, "1956"),
                new Column("povertyStatus", "Hoàn cảnh gia đình", "Household status", Kind.CHOICE, true, 0, "Hộ nghèo"),
                new Column("ethnicity", "Dân tộc", "Ethnicity", Kind.TEXT, false, 50, "Tày"),
                new Column("phone", "Số điện thoại", "Phone", Kind.TEXT, false, 16, "0912345678"),
                new Column("joinedOn", "Ngày vào câu lạc bộ", "Joined on", Kind.DATE, true, 0, "15/03/2019"))),
        BALANCES("Số dư đầu kỳ", "Opening balances", List.of(
                new Column("fund", "Quỹ (IGF: tăng thu nhập, AF: hoạt động)", "Fund (IGF: income generation, AF: activity)",
                        Kind.CHOICE, true, 0, "IGF"),
                new Column("date", "Ngày mở sổ", "Opening date", Kind.DATE, true, 0, "01/01/2026"),
                new Column("accountCode", "Tài khoản", "Account", Kind.CHOICE, true, 0, "4111"),
                new Column("memberNo", "Mã số thành viên (nếu có)", "Member number (if any)", Kind.WHOLE, false, 0, "1"),
                new Column("amount", "Số dư (đồng)", "Balance (VND)", Kind.WHOLE, true, 0, "500000"))),
        DONORS("Nhà tài trợ", "Donors", List.of(
                new Column("name", "Tên nhà tài trợ", "Donor name", Kind.TEXT, true, 200, "Hội Người cao tuổi tỉnh"),
                new Column("kind", "Loại", "Kind", Kind.CHOICE, true, 0, "Tổ chức"),
                new Column("contact", "Liên hệ", "Contact", Kind.TEXT, false, 200, "0205 3870 000"),
                new Column("note", "Ghi chú", "Note", Kind.TEXT, false, 500, "Vốn mồi năm 2018")));

        public final String title;
        public final String english;
        public final List<Column> columns;

        Sheet(String title, String english, List<Column> columns) {
            this.title = title;
            this.english = english;
            this.columns = columns;
        }

        public int index(String key) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).key().equals(key)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(key);
        }

        /** The column's letter in the sheet: A, B, … */
        public static String letter(int index) {
            return String.valueOf((char) ('A' + index));
        }
    }

    /** The words a choice cell accepts (case and accents as written, or the code), and those the drop-down offers. */
    public record Choice<E>(Map<String, E> words, List<String> offered) {
    }

    public static final Choice<Sex> SEX = choice(Map.of(Sex.FEMALE, "Nữ", Sex.MALE, "Nam"), Sex.values());
    public static final Choice<PovertyStatus> POVERTY = choice(Map.of(PovertyStatus.POOR, "Hộ nghèo",
            PovertyStatus.NEAR_POOR, "Hộ cận nghèo", PovertyStatus.DISADVANTAGED, "Hoàn cảnh khó khăn",
            PovertyStatus.NONE, "Không"), PovertyStatus.values());
    public static final Choice<DonorKind> DONOR_KIND = choice(Map.of(DonorKind.INDIVIDUAL, "Cá nhân",
            DonorKind.FAMILY, "Gia đình", DonorKind.BUSINESS, "Doanh nghiệp", DonorKind.ORGANISATION, "Tổ chức",
            DonorKind.GOVERNMENT, "Cơ quan nhà nước", DonorKind.NGO, "Tổ chức phi chính phủ"), DonorKind.values());
    public static final Choice<Fund> FUND = choice(Map.of(), Fund.values());

    private IntakeLayout() {
    }

    /** The Vietnamese words (offered, in enum order), then the codes, accepted too. */
    private static <E extends Enum<E>> Choice<E> choice(Map<E, String> vietnamese, E[] values) {
        Map<String, E> words = new LinkedHashMap<>();
        for (E e : values) {
            words.put(vietnamese.getOrDefault(e, e.name()), e);
        }
        List<String> offered = List.copyOf(words.keySet());
        for (E e : values) {
            words.put(e.name(), e);
        }
        return new Choice<>(words, offered);
    }
}
