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
