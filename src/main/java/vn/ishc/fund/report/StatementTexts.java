package vn.ishc.fund.report;

import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.error.Messages;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of printed statements ({@code statements_*.properties}, the bundle the templates read with
 * {@code $R{...}}) in the statement's language, and dates written as Vietnamese forms write them.
 */
public final class StatementTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Locale locale;
    private final ResourceBundle bundle;

    private StatementTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("statements", locale);
    }

    /**
     * The statement's language: {@code lang} if given ({@code vi} or {@code en}), otherwise the request's
     * Accept-Language; Vietnamese by default.
     */
    public static StatementTexts of(String lang, Locale requested) {
        if (lang == null) {
            return new StatementTexts(requested.getLanguage().equals("en") ? Messages.ENGLISH : Messages.VIETNAMESE);
        }
        return switch (lang) {
            case "vi" -> new StatementTexts(Messages.VIETNAMESE);
            case "en" -> new StatementTexts(Messages.ENGLISH);
            default -> throw ApiException.invalid("lang", "enum", "vi, en");
        };
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** {@code 15/11/2026}. */
    public static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** {@code Xã Cao Lộc, ngày 03 tháng 12 năm 2026}: the line above the signatures. */
    public String placeAndDate(String place, LocalDate date) {
        return text("place.date", place, String.format("%02d", date.getDayOfMonth()),
                String.format("%02d", date.getMonthValue()), String.valueOf(date.getYear()));
    }
}
