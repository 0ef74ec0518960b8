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

    /** The one Unicode form stored for Vietnamese text (a typed "ệ" may arrive as e + two combining marks). */
    public static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * The rule a client's text breaks, or null: {@code control-character} for a C0 or C1 control
     * (NUL, BEL, ESC, DEL …) other than tab, line feed and carriage return, plain whitespace a pasted
     * note may hold ({@link #clean} folds them into spaces); {@code invalid-unicode}
     * for half of a surrogate pair ({@code "\uD800"}), which no database column can store.
     */
    public static String unacceptable(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "control-character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "invalid-unicode";
            }
        }
        return null;
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
