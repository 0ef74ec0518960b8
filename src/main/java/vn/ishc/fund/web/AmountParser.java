package vn.ishc.fund.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of đồng as a treasurer types it on a phone: {@code 50000}, {@code 50.000},
 * {@code 50,000}, {@code 50 000}, {@code 50k}, {@code 1,5tr} (a million), with or without a trailing
 * {@code đ}/{@code ₫}. Digit groups must be whole groups of three ({@code 5.00} is refused: it could
 * be five or five hundred); a fraction is only understood before {@code k} or {@code tr}. Whether
 * the amount is allowed (positive, whole đồng) is the service's rule, not this class's.
 */
public final class AmountParser {

    /** The text is not an amount; {@code rule} names why (a key of the web bundle). */
    public static final class NotAnAmount extends IllegalArgumentException {
        private final String rule;

        NotAnAmount(String rule) {
            super(rule);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,  ])\\d{3}(\\1\\d{3})*");
    private static final Pattern SCALED = Pattern.compile("(\\d+)(?:[.,](\\d+))?(k|nghìn|ngàn|tr|triệu)");

    private AmountParser() {
    }

    /** The amount, or null for an empty field; {@link NotAnAmount} for anything else. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*(đ|₫|vnđ|vnd|d)$", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("-")) {
            throw new NotAnAmount("web.amount.negative");
        }
        if (PLAIN.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        if (GROUPED.matcher(s).matches()) {
            return new BigDecimal(s.replaceAll("[.,  ]", ""));
        }
        Matcher m = SCALED.matcher(s.replace(" ", ""));
        if (m.matches()) {
            BigDecimal number = new BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
            BigDecimal unit = m.group(3).startsWith("t") ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(1_000);
            BigDecimal amount = number.multiply(unit).stripTrailingZeros();
            if (amount.scale() > 0) {
                throw new NotAnAmount("web.amount.fraction");
            }
            return amount.setScale(0);
        }
        throw new NotAnAmount("web.amount.invalid");
    }
}
