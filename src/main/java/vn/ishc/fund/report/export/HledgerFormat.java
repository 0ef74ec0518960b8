package vn.ishc.fund.report.export;

import vn.ishc.fund.ledger.AccountType;
import vn.ishc.fund.ledger.ChainContent;
import vn.ishc.fund.ledger.LedgerJournal;
import vn.ishc.fund.ledger.LedgerReads;
import vn.ishc.fund.ledger.Side;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a ledger as an hledger journal (https://hledger.org/hledger.html#journal-format) that
 * {@code hledger check --strict} accepts:
 * <ul>
 *   <li>{@code decimal-mark .} and {@code commodity 1000. VND}: amounts are written without digit groups
 *       ({@code 12500000 VND}), so hledger can never read {@code 1.000} as one;</li>
 *   <li>every account declared with its code and Vietnamese name ({@code 111 Tiền mặt}) and its type
 *       ({@code A}, {@code L}, {@code E}, {@code R}, {@code X}; 2293, a contra-asset, is {@code A} with a credit
 *       balance); a sub-account sits under its header account ({@code 112 Tiền gửi ngân hàng:1121 …});</li>
 *   <li>each entry with its value date, its voucher as the code ({@code (PT-2026-0001)}), its description, and
 *       tags: {@code entry} (its number), {@code operation}, {@code reverses} (the number it reverses); on the
 *       postings {@code member}, {@code loan}, {@code donor}, {@code area}; debits positive, credits negative;</li>
 *   <li>an opening transaction of the balances brought forward, and a closing one asserting every account's
 *       balance ({@code 111 Tiền mặt  0 VND = 12550000 VND}), so hledger checks the totals against the books.</li>
 * </ul>
 * Pure: no database, no clock.
 */
final class HledgerFormat {

    private static final String INDENT = "    ";
    private static final String GAP = "  "; // hledger ends an account name at two spaces
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AccountType> types = new LinkedHashMap<>();
    private final List<String> leaves;
    private final String currency;
    private final int digits;

    /** The chart in code order; amounts in {@code currency} with {@code digits} decimals (VND: 0). */
    HledgerFormat(List<LedgerReads.Account> chart, String currency, int digits) {
        this.currency = currency;
        this.digits = digits;
        for (LedgerReads.Account a : chart) {
            String parent = parent(chart, a.code());
            String label = label(a.code() + " " + a.nameVi());
            names.put(a.code(), parent == null ? label : names.get(parent) + ":" + label);
            types.put(a.code(), a.type());
        }
        leaves = chart.stream().filter(a -> !a.header()).map(LedgerReads.Account::code).toList();
    }

    /** The longest header code that begins this code (header accounts precede their sub-accounts in code order). */
    private static String parent(List<LedgerReads.Account> chart, String code) {
        String parent = null;
        for (LedgerReads.Account a : chart) {
            if (a.header() && code.startsWith(a.code()) && !code.equals(a.code())
                    && (parent == null || a.code().length() > parent.length())) {
                parent = a.code();
            }
        }
        return parent;
    }

    /** The hledger name of an account (its code alone if the chart lacks it: {@code check --strict} then says so). */
    String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** Comment lines, the number and commodity directives, and the account declarations. */
    void header(StringBuilder out, List<String> comments) {
        for (String c : comments) {
            out.append("; ").append(oneLine(c)).append('\n');
        }
        out.append('\n').append("decimal-mark .\n");
        out.append("commodity 1000.").append("0".repeat(digits)).append(' ').append(currency).append("\n\n");
        names.forEach((code, name) -> out.append("account ").append(name).append(GAP).append("; type: ")
                .append(type(types.get(code))).append('\n'));
        out.append('\n');
    }

    /** The balances brought forward (account code → debit minus credit), dated the period's first day; none if all are zero. */
    void opening(StringBuilder out, LocalDate date, Map<String, BigDecimal> nets) {
        if (nets.values().stream().allMatch(v -> v.signum() == 0)) {
            return;
        }
        out.append(date).append(" Số dư đầu kỳ / Opening balances").append(GAP).append("; opening:\n");
        for (String code : leaves) {
            BigDecimal net = nets.getOrDefault(code, BigDecimal.ZERO);
            if (net.signum() != 0) {
                out.append(INDENT).append(name(code)).append(GAP).append(amount(net)).append('\n');
            }
        }
        out.append('\n');
    }

    /** One journal entry as an hledger transaction. */
    void entry(StringBuilder out, LedgerJournal.Entry e) {
        ChainContent c = e.content();
        out.append(c.valueDate()).append(" (").append(e.voucher()).append(") ").append(description(c.description()))
                .append(GAP).append("; entry:").append(c.seq()).append(", operation:").append(c.operation());
        if (e.reversesSeq() != null) {
            out.append(", reverses:").append(e.reversesSeq());
        }
        out.append('\n');
        for (ChainContent.Line l : c.lines()) {
            BigDecimal signed = l.side() == Side.D ? l.amount() : l.amount().negate();
            out.append(INDENT).append(name(l.accountCode())).append(GAP).append(amount(signed));
            String tags = tags(l);
            if (!tags.isEmpty()) {
                out.append(GAP).append("; ").append(tags);
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /** Asserts every leaf account's balance (debit minus credit) at the end of the period's last day. */
    void closing(StringBuilder out, LocalDate date, Map<String, BigDecimal> nets) {
        out.append(date).append(" Số dư cuối kỳ / Closing balances").append(GAP).append("; closing:\n");
        for (String code : leaves) {
            out.append(INDENT).append(name(code)).append(GAP).append(amount(BigDecimal.ZERO)).append(" = ")
                    .append(amount(nets.getOrDefault(code, BigDecimal.ZERO))).append('\n');
        }
    }

    /** Plain digits, the currency's decimals, no digit groups: {@code -12500000 VND}. */
    String amount(BigDecimal value) {
        return value.setScale(digits, RoundingMode.UNNECESSARY).toPlainString() + " " + currency;
    }

    private static String tags(ChainContent.Line l) {
        StringBuilder t = new StringBuilder();
        tag(t, "member", l.memberId());
        tag(t, "loan", l.loanId());
        tag(t, "donor", l.donorId());
        tag(t, "area", l.activityArea());
        return t.toString();
    }

    private static void tag(StringBuilder t, String name, Object value) {
        if (value != null) {
            t.append(t.isEmpty() ? "" : ", ").append(name).append(':').append(value);
        }
    }

    private static String type(AccountType type) {
        return switch (type) {
            case ASSET -> "A";
            case LIABILITY -> "L";
            case EQUITY -> "E";
            case INCOME -> "R";
            case EXPENSE -> "X";
        };
    }

    /** An account name hledger reads as one name: single spaces (two end it), no ':' (it would make a sub-account). */
    private static String label(String s) {
        return oneLine(s).replace(':', '-');
    }

    /** A description never starts a comment: ';' would. */
    private static String description(String s) {
        return oneLine(s).replace(';', ',');
    }

    /** Single spaces only, no line breaks or tabs (stored texts are cleaned so already: the pattern is rarely needed). */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i == 0 || i == s.length() - 1 || s.charAt(i + 1) == ' ')) {
                return WHITESPACE.matcher(s.strip()).replaceAll(" ");
            }
        }
        return s;
    }
}
