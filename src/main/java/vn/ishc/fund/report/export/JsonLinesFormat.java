package vn.ishc.fund.report.export;

import vn.ishc.fund.ledger.ChainContent;
import vn.ishc.fund.ledger.LedgerJournal;

import java.math.BigDecimal;

/**
 * Writes the hash chain of a ledger as JSON Lines: one object per entry, in number order, holding every field
 * the chain hashes, in the order it hashes them, then the exact canonical string, the previous hash and the
 * entry's hash. The canonical form (version {@code v1}, README "Auditor exports"):
 * <pre>
 *   hash      = hex(SHA-256(ascii(prevHash) ‖ utf8(canonical)))      prevHash of entry 1: 64 zeros
 *   canonical = f("v1") f(ledgerId) f(seq) f(valueDate) f(operation) f(voucherType) f(voucherYear) f(voucherNo)
 *               f(description) f(total) f(reversesId) f(reversalReason) f(batchId) f(recordedBy)
 *               f(recordedByName) f(recordedAt) f(number of lines)
 *               then per line: f(lineNo) f(accountCode) f(side) f(amount) f(memberId) f(loanId) f(donorId) f(activityArea)
 *   f(null)   = "-;"          f(v) = (UTF-8 byte length of s) ":" s ";"   with s the text of v:
 *               integers in decimal; dates yyyy-MM-dd; amounts in plain digits without trailing zeros
 *               (12500000, 0.5; zero is 0); recordedAt in milliseconds since 1970-01-01T00:00Z
 * </pre>
 * Amounts are JSON numbers written exactly so (never through binary floating point). Pure: no database.
 */
final class JsonLinesFormat {

    private JsonLinesFormat() {
    }

    static void line(StringBuilder out, LedgerJournal.Entry e) {
        ChainContent c = e.content();
        out.append('{');
        string(out, "version", "v1").append(',');
        number(out, "ledgerId", c.ledgerId()).append(',');
        number(out, "seq", c.seq()).append(',');
        string(out, "valueDate", c.valueDate().toString()).append(',');
        string(out, "operation", c.operation()).append(',');
        string(out, "voucherType", c.voucherType()).append(',');
        number(out, "voucherYear", c.voucherYear()).append(',');
        number(out, "voucherNo", c.voucherNo()).append(',');
        string(out, "description", c.description()).append(',');
        number(out, "total", plain(c.total())).append(',');
        number(out, "reversesId", c.reversesId()).append(',');
        string(out, "reversalReason", c.reversalReason()).append(',');
        string(out, "batchId", c.batchId()).append(',');
        number(out, "recordedBy", c.recordedBy()).append(',');
        string(out, "recordedByName", c.recordedByName()).append(',');
        number(out, "recordedAt", c.recordedAt().toEpochMilli()).append(',');
        out.append("\"lines\":[");
        for (int i = 0; i < c.lines().size(); i++) {
            ChainContent.Line l = c.lines().get(i);
            out.append(i == 0 ? "{" : ",{");
            number(out, "lineNo", l.lineNo()).append(',');
            string(out, "accountCode", l.accountCode()).append(',');
            string(out, "side", l.side() == null ? null : l.side().name()).append(',');
            number(out, "amount", plain(l.amount())).append(',');
            number(out, "memberId", l.memberId()).append(',');
            number(out, "loanId", l.loanId()).append(',');
            number(out, "donorId", l.donorId()).append(',');
            number(out, "activityArea", l.activityArea());
            out.append('}');
        }
        out.append("],");
        string(out, "canonical", e.canonical()).append(',');
        string(out, "prevHash", e.prevHash()).append(',');
        string(out, "hash", e.hash());
        out.append("}\n");
    }

    /** An amount as the chain writes it: plain digits, no trailing zeros, zero as 0. */
    static String plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static StringBuilder number(StringBuilder out, String key, Object value) {
        out.append('"').append(key).append("\":");
        return out.append(value == null ? "null" : value.toString());
    }

    private static StringBuilder string(StringBuilder out, String key, String value) {
        out.append('"').append(key).append("\":");
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"');
    }
}
