package vn.ishc.fund.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the pages ({@code web_vi.properties}, {@code web_en.properties}), in the language the
 * user chose; templates call {@code t.get('key')} and {@code t.with('key', arg)}.
 */
public final class WebTexts {

    private final Locale locale;
    private final ResourceBundle bundle;

    public WebTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("web", locale);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public String get(String key) {
        return with(key);
    }

    /** A text with one argument (templates cannot pass a variable number). */
    public String arg(String key, Object arg) {
        return with(key, arg);
    }

    public String with(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
