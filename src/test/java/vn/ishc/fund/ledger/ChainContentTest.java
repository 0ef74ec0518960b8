package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainContentTest {

    private static ChainContent content(String description, BigDecimal amount, long seq) {
        return new ChainContent(1, seq, LocalDate.of(2026, 2, 1), "MEMBER_FEE", "PT", 2026, 3, description, amount,
                null, null, null, 7, "thuquy", Instant.ofEpochMilli(1_790_000_000_123L), List.of(
                new ChainContent.Line(1, "111", Side.D, amount, null, null, null, null),
                new ChainContent.Line(2, "711", Side.C, amount, 12L, null, null, null)));
    }

    @Test
    void hashIsHexSha256AndDeterministic() {
        String h = content("Hội phí", new BigDecimal("5000"), 1).hash(ChainContent.GENESIS);
        assertEquals(64, h.length());
        assertTrue(h.matches("[0-9a-f]{64}"));
        assertEquals(h, content("Hội phí", new BigDecimal("5000"), 1).hash(ChainContent.GENESIS));
    }

    @Test
    void theDatabaseScaleOfAmountsDoesNotMatter() {
        assertEquals(content("x", new BigDecimal("5000"), 1).hash(ChainContent.GENESIS),
                content("x", new BigDecimal("5000.00"), 1).hash(ChainContent.GENESIS));
    }

    @Test
    void anyChangeChangesTheHash() {
        String base = content("Hội phí", new BigDecimal("5000"), 1).hash(ChainContent.GENESIS);
        assertNotEquals(base, content("Hội phí", new BigDecimal("5001"), 1).hash(ChainContent.GENESIS));
        assertNotEquals(base, content("Hoi phi", new BigDecimal("5000"), 1).hash(ChainContent.GENESIS));
        assertNotEquals(base, content("Hội phí", new BigDecimal("5000"), 2).hash(ChainContent.GENESIS));
        assertNotEquals(base, content("Hội phí", new BigDecimal("5000"), 1).hash("1".repeat(64)));
    }

    @Test
    void fieldsCannotRunIntoEachOther() {
        // "ab" + "c" and "a" + "bc" must not serialise alike
        ChainContent a = new ChainContent(1, 1, LocalDate.of(2026, 1, 1), "ab", "PK", 2026, 1, "c", BigDecimal.ONE,
                null, null, null, 1, "u", Instant.EPOCH, List.of());
        ChainContent b = new ChainContent(1, 1, LocalDate.of(2026, 1, 1), "a", "PK", 2026, 1, "bc", BigDecimal.ONE,
                null, null, null, 1, "u", Instant.EPOCH, List.of());
        assertNotEquals(a.canonical(), b.canonical());
    }
}
