package vn.ishc.fund.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts and dates as people read them: {@code 12.500.000 ₫} (vi), {@code 12,500,000 ₫} (en), {@code 15/11/2026}. */
public final class WebFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final Locale locale;

    public WebFormat(Locale locale) {
        this.locale = locale;
    }

    /** {@code 12.500.000 ₫}; a dash for none. */
    public String money(BigDecimal amount) {
        return amount == null ? "—" : number(amount) + " ₫";
    }

    /** {@code 12.500.000}, without the sign of the currency (what an input field shows). */
    public String number(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean vi = "vi".equals(locale.getLanguage());
        symbols.setGroupingSeparator(vi ? '.' : ',');
        symbols.setDecimalSeparator(vi ? ',' : '.');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        return format.format(amount);
    }

    public String date(LocalDate date) {
        return date == null ? "—" : date.format(DAY);
    }

    /** A date as the pages show it ({@code 15/11/2026}) or as ISO ({@code 2026-11-15}); null when it is neither. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return s.contains("/") ? LocalDate.parse(s, TYPED) : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The grouping separator of the language, for the page's script. */
    public String groupSeparator() {
        return "vi".equals(locale.getLanguage()) ? "." : ",";
    }
}
