package vn.ishc.fund.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** One column of a financial statement: an amount per line key (a missing key is zero). */
record Figures(Map<String, BigDecimal> amounts) {

    Figures {
        amounts = Map.copyOf(amounts);
    }

    BigDecimal get(String key) {
        return amounts.getOrDefault(key, BigDecimal.ZERO);
    }

    /** The two columns added line by line (a club's two funds). */
    Figures plus(Figures other) {
        Map<String, BigDecimal> sum = new LinkedHashMap<>(amounts);
        other.amounts.forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
        return new Figures(sum);
    }
}
