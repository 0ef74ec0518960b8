package vn.ishc.fund.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AmountParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "50000|50000", "50.000|50000", "50,000|50000", "50 000|50000", "50k|50000", "50K|50000",
            " 50.000 đ |50000", "50.000₫|50000", "12.500.000|12500000", "12,500,000|12500000", "1,5tr|1500000",
            "2tr|2000000", "2.5k|2500", "1 triệu|1000000", "0|0", "7|7", "1.000.000 VND|1000000", "500 nghìn|500000"})
    void readsWhatATreasurerTypes(String text, long expected) {
        assertEquals(BigDecimal.valueOf(expected), AmountParser.parse(text));
    }

    @Test
    void anEmptyFieldIsNoAmount() {
        assertNull(AmountParser.parse(""));
        assertNull(AmountParser.parse("   "));
        assertNull(AmountParser.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "5.00", "50.0000", "1,23", "12.500,000", "5..000", "k", "50kk", "1e6", "0x10", "5 0"})
    void refusesNonsense(String text) {
        AmountParser.NotAnAmount e = assertThrows(AmountParser.NotAnAmount.class, () -> AmountParser.parse(text));
        assertEquals("web.amount.invalid", e.rule());
    }

    @Test
    void refusesNegativeAndFractionsOfADong() {
        assertEquals("web.amount.negative", assertThrows(AmountParser.NotAnAmount.class, () -> AmountParser.parse("-50.000")).rule());
        assertEquals("web.amount.fraction", assertThrows(AmountParser.NotAnAmount.class, () -> AmountParser.parse("1.2345k")).rule());
    }
}
