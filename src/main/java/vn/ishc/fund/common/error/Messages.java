package vn.ishc.fund.common.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Localised texts: Vietnamese by default, English when the request asks for it. */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    /** A message argument that is itself a text of {@code messages_*.properties}, translated before use. */
    public record Key(String key) {
    }

    /** The first supported language of {@code Accept-Language}; Vietnamese when none matches. */
    public static Locale localeOf(HttpRequest<?> request) {
        String header = request == null ? null : request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String lang = range.getRange().toLowerCase(Locale.ROOT);
                if (lang.startsWith("vi")) {
                    return VIETNAMESE;
                }
                if (lang.startsWith("en")) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
        return VIETNAMESE;
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale.getLanguage().equals("en") ? ENGLISH : VIETNAMESE);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] resolved = args == null ? new Object[0]
                : Arrays.stream(args).map(a -> a instanceof Key k ? text(locale, k.key()) : a).toArray();
        return new MessageFormat(pattern, locale).format(resolved);
    }

    public static boolean has(String key) {
        try {
            ResourceBundle.getBundle("messages", ENGLISH).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
