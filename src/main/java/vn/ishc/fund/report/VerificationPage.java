package vn.ishc.fund.report;

import java.util.Locale;

/** The page a phone shows after scanning a statement's QR code: large, plain, in the reader's language. */
final class VerificationPage {

    private VerificationPage() {
    }

    static String html(StatementVerification.Result result, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String verdict = result.matches()
                ? (en ? "The printed figures match the books." : "Số liệu in khớp với sổ sách.")
                : (en ? "The printed figures do NOT match the books." : "Số liệu in KHÔNG khớp với sổ sách.");
        StringBuilder rows = new StringBuilder();
        for (StatementVerification.HeadCheck h : result.ledgers()) {
            rows.append("<li>").append(en ? "Entry " : "Bút toán số ").append(h.seq()).append(" · ")
                    .append(escape(h.hash())).append(" · ")
                    .append(h.matches() ? (en ? "matches" : "khớp") : (en ? "does not match" : "không khớp"));
            if (h.club() != null) {
                String fund = en ? (h.fund().name().equals("IGF") ? "income-generation fund" : "activity fund")
                        : (h.fund().name().equals("IGF") ? "quỹ tăng thu nhập" : "quỹ hoạt động");
                rows.append(" — ").append(escape(h.club())).append(", ").append(fund);
            }
            rows.append("</li>");
        }
        String colour = result.matches() ? "#0b6b2b" : "#a8071a";
        return "<!DOCTYPE html><html lang=\"" + (en ? "en" : "vi") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>ishc-fund</title>"
                + "<style>body{font-family:sans-serif;font-size:20px;margin:24px;line-height:1.5}"
                + "h1{font-size:26px;color:" + colour + "}</style></head><body><h1>" + verdict + "</h1><ul>" + rows
                + "</ul></body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
