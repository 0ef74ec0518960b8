package vn.ishc.fund.common.text;

import java.text.Normalizer;

/** Text hygiene for names typed on phones: Unicode NFC (one form for Vietnamese diacritics), trimmed. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * A LIKE pattern matching text that contains {@code s}, wildcards escaped so a search for "50%"
     * finds the text "50%"; null when {@code s} is blank.
     */
    public static String containsPattern(String s) {
        if (blankToNull(s) == null) {
            return null;
        }
        return "%" + clean(s).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
