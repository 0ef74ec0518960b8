package vn.ishc.fund.common.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    @Test
    void cleanTrimsCollapsesSpacesAndComposesDiacritics() {
        assertNull(Texts.clean(null));
        assertEquals("", Texts.clean("   "));
        assertEquals("Nguyễn Thị Lan", Texts.clean("  Nguyễn \t Thị\n\nLan  "));
        String decomposed = Normalizer.normalize("Đặng Văn Đức", Normalizer.Form.NFD);
        assertTrue(decomposed.length() > "Đặng Văn Đức".length(), "the input really is decomposed");
        assertEquals("Đặng Văn Đức", Texts.clean(decomposed));
        assertEquals(Normalizer.normalize("Đặng Văn Đức", Normalizer.Form.NFC), Texts.clean(decomposed));
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreUnacceptable() {
        for (String bad : new String[]{"\u0000", "a\u0007b", "\u001b[31m", "x\u007f", "\u0085", "\u009b"}) {
            assertEquals("control-character", Texts.unacceptable(bad), bad);
        }
        for (String bad : new String[]{"\uD800", "a\uDC00", "\uDBFFx", "\uDC00\uD800"}) {
            assertEquals("invalid-unicode", Texts.unacceptable(bad), bad);
        }
        // notes may keep their lines and tabs; emoji are a proper surrogate pair
        for (String good : new String[]{"", "Nguyễn Thị Lan", "dòng 1\ndòng 2\r\n\tthụt lề", "🌾 lúa", "50% — “ngoặc”"}) {
            assertNull(Texts.unacceptable(good), good);
        }
        assertNull(Texts.unacceptable(null));
    }

    @Test
    void nfcComposesAndKeepsComposedTextAsIs() {
        String composed = "Nguyễn";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertEquals(composed, Texts.nfc(decomposed));
        assertTrue(composed == Texts.nfc(composed), "no copy when already NFC");
        assertNull(Texts.nfc(null));
        assertEquals(" a  b ", Texts.nfc(" a  b "), "spacing is kept: only clean() trims");
    }

    @Test
    void blankToNull() {
        assertNull(Texts.blankToNull(null));
        assertNull(Texts.blankToNull(""));
        assertNull(Texts.blankToNull(" \t"));
        assertEquals(" x ", Texts.blankToNull(" x "));
    }

    @Test
    void containsPatternEscapesWildcards() {
        assertNull(Texts.containsPattern(null));
        assertNull(Texts.containsPattern("  "));
        assertEquals("%lan%", Texts.containsPattern(" lan "));
        assertEquals("%50\\%%", Texts.containsPattern("50%"));
        assertEquals("%a\\_b%", Texts.containsPattern("a_b"));
        assertEquals("%a\\\\b%", Texts.containsPattern("a\\b"));
        assertEquals("%thị lan%", Texts.containsPattern("thị   lan"));
    }
}
