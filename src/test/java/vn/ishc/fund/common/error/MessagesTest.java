package vn.ishc.fund.common.error;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL|vi",
            "''|vi",
            "en|en",
            "EN|en",
            "en-US|en",
            "en-GB,en;q=0.8|en",
            "vi|vi",
            "vi-VN,vi;q=0.9,en;q=0.8|vi",
            "fr|vi",
            "de-DE, en;q=0.3|en",
            "en;q=0.1, vi;q=0.9|vi",
            "*|vi",
            "en;q=abc|vi",
            ";;;|vi"})
    void localeOfAcceptLanguage(String header, String expected) {
        var request = HttpRequest.GET("/");
        if (header != null) {
            request.header("Accept-Language", header);
        }
        Locale locale = Messages.localeOf(request);
        assertEquals(expected, locale.getLanguage(), "Accept-Language: " + header);
    }

    @Test
    void noRequestMeansVietnamese() {
        assertEquals(Messages.VIETNAMESE, Messages.localeOf(null));
    }

    @Test
    void textsAreFormattedInTheirLanguage() {
        assertEquals("must be at least 5", Messages.text(Messages.ENGLISH, "rule.min", 5));
        assertEquals("không được nhỏ hơn 5", Messages.text(Messages.VIETNAMESE, "rule.min", 5));
        assertEquals("must be between 1900 and 2026", Messages.text(Messages.ENGLISH, "rule.birth-year-range", 1900, 2026),
                "years without a thousands separator");
        assertEquals("phải từ 1900 đến 2026", Messages.text(Messages.VIETNAMESE, "rule.birth-year-range", 1900, 2026));
        assertEquals("must not be before the club was founded (2020-01-15)",
                Messages.text(Messages.ENGLISH, "rule.before-founding", LocalDate.of(2020, 1, 15)));
        assertEquals("is not a known field", Messages.text(Locale.forLanguageTag("en-AU"), "rule.unknown-field"));
        assertEquals("no.such.key", Messages.text(Messages.ENGLISH, "no.such.key"));
        assertTrue(Messages.has("rule.required"));
        assertFalse(Messages.has("rule.no-such-rule"));
    }

    @Test
    void keyArgumentsAreTranslatedToo() {
        Object arg = new Messages.Key("entity.club");
        assertEquals("No club with that identifier exists, or it is outside your scope.",
                Messages.text(Messages.ENGLISH, "problem.not-found.detail", arg));
        assertEquals("Không có câu lạc bộ với mã này, hoặc nằm ngoài phạm vi của bạn.",
                Messages.text(Messages.VIETNAMESE, "problem.not-found.detail", arg));
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        Set<String> en = keys("/messages_en.properties");
        Set<String> vi = keys("/messages_vi.properties");
        assertEquals(en, vi);
        assertTrue(en.size() > 50, "loaded " + en.size());
    }

    @Test
    void vietnameseTextsAreNotEnglish() throws IOException {
        Properties en = load("/messages_en.properties");
        Properties vi = load("/messages_vi.properties");
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("scope.")) {
                continue; // role names are the same in both
            }
            assertFalse(en.getProperty(key).equals(vi.getProperty(key)) && en.getProperty(key).matches(".*[a-z]{4,}.*"),
                    key + " is not translated");
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
