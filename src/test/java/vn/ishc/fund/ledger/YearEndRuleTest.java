package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class YearEndRuleTest {

    private static List<String> lines(EntryDraft d) {
        return d.postings().stream().map(p -> p.side() + " " + p.accountCode() + " " + p.amount().toPlainString()).toList();
    }

    @Test
    void surplusGoesTo421AsACredit() {
        Map<String, BigDecimal> net = new LinkedHashMap<>();
        net.put("515", new BigDecimal("-900000"));   // interest income: credit balance
        net.put("711", new BigDecimal("-100000"));
        net.put("642", new BigDecimal("150000"));     // expenses: debit balance
        net.put("811", new BigDecimal("250000"));
        EntryDraft d = YearEndRule.closing(Fund.IGF, 2025, net, "close");
        EntryRules.check(d, Amounts.VND);
        assertEquals(LocalDate.of(2025, 12, 31), d.valueDate());
        // income 1,000,000 − expenses 400,000 = 600,000 surplus
        assertEquals(List.of("D 515 900000", "D 711 100000", "C 642 150000", "C 811 250000", "C 421 600000"), lines(d));
    }

    @Test
    void deficitDebits421() {
        Map<String, BigDecimal> net = new LinkedHashMap<>();
        net.put("711", new BigDecimal("-50000"));
        net.put("811", new BigDecimal("80000"));
        assertEquals(List.of("D 711 50000", "C 811 80000", "D 421 30000"), lines(YearEndRule.closing(Fund.AF, 2025, net, "c")));
    }

    @Test
    void nothingToCloseGivesNoEntry() {
        assertNull(YearEndRule.closing(Fund.AF, 2025, Map.of("711", BigDecimal.ZERO), "c"));
    }
}
