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

    /** Escapes LIKE wildcards so a search for "50%" finds the text "50%". */
    public static String likeEscape(String s) {
        return clean(s).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
