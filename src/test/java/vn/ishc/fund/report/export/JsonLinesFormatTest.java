package vn.ishc.fund.report.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.ledger.ChainContent;
import vn.ishc.fund.ledger.LedgerJournal;
import vn.ishc.fund.ledger.Side;
import vn.ishc.fund.support.Api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Lines chain: the fields in the order they are hashed, the canonical string as the ledger hashes it,
 * amounts exact; and the independent script recomputing the hashes the ledger's own {@link ChainContent} made,
 * with the hard cases (decimals, scaled and zero-less amounts, Unicode, quotes, line breaks, nulls).
 */
class JsonLinesFormatTest {

    private static final List<String> KEYS = List.of("version", "ledgerId", "seq", "valueDate", "operation",
            "voucherType", "voucherYear", "voucherNo", "description", "total", "reversesId", "reversalReason",
            "batchId", "recordedBy", "recordedByName", "recordedAt", "lines", "canonical", "prevHash", "hash");
    private static final List<String> LINE_KEYS = List.of("lineNo", "accountCode", "side", "amount", "memberId",
            "loanId", "donorId", "activityArea");

    private static List<LedgerJournal.Entry> chain() {
        List<ChainContent> contents = List.of(
                new ChainContent(7, 1, LocalDate.of(2026, 3, 1), "CONTRIBUTION", "PT", 2026, 1,
                        "Góp vốn \"tháng 3\" \\ hội viên\nmới", new BigDecimal("12500000.00"), null, null, null, 3,
                        "Nguyễn Thị Hoà", Instant.ofEpochMilli(1_767_225_600_123L), List.of(
                        new ChainContent.Line(1, "111", Side.D, new BigDecimal("12500000.00"), null, null, null, null),
                        new ChainContent.Line(2, "4111", Side.C, new BigDecimal("1.25E+7"), 5L, null, null, null))),
                new ChainContent(7, 2, LocalDate.of(2026, 3, 2), "EXPENSE", "PC", 2026, 1, "Chi 0,50 USD",
                        new BigDecimal("0.50"), 41L, "Ghi nhầm; làm lại", "3f2a-batch", 3, "Nguyễn Thị Hoà",
                        Instant.ofEpochMilli(0), List.of(
                        new ChainContent.Line(1, "811", Side.D, new BigDecimal("0.50"), null, 9L, 2L, 8),
                        new ChainContent.Line(2, "111", Side.C, new BigDecimal("0.5"), null, null, null, null))));
        List<LedgerJournal.Entry> out = new ArrayList<>();
        String previous = ChainContent.GENESIS;
        for (ChainContent c : contents) {
            String hash = c.hash(previous);
            out.add(new LedgerJournal.Entry(c, null, previous, hash));
            previous = hash;
        }
        return out;
    }

    private static List<String> lines() {
        List<String> out = new ArrayList<>();
        for (LedgerJournal.Entry e : chain()) {
            StringBuilder b = new StringBuilder();
            JsonLinesFormat.line(b, e);
            assertTrue(b.toString().endsWith("}\n") && b.indexOf("\n") == b.length() - 1, "one line: " + b);
            out.add(b.substring(0, b.length() - 1));
        }
        return out;
    }

    @Test
    void eachLineHoldsTheHashedFieldsInOrderTheCanonicalStringAndTheHashes() {
        List<LedgerJournal.Entry> chain = chain();
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode json = Api.parse(lines.get(i));
            List<String> keys = new ArrayList<>();
            json.fieldNames().forEachRemaining(keys::add);
            assertEquals(KEYS, keys);
            List<String> lineKeys = new ArrayList<>();
            json.get("lines").get(0).fieldNames().forEachRemaining(lineKeys::add);
            assertEquals(LINE_KEYS, lineKeys);
            assertEquals(chain.get(i).canonical(), json.get("canonical").asText());
            assertEquals(chain.get(i).prevHash(), json.get("prevHash").asText());
            assertEquals(chain.get(i).hash(), json.get("hash").asText());
        }
        JsonNode first = Api.parse(lines.get(0));
        assertEquals("Góp vốn \"tháng 3\" \\ hội viên\nmới", first.get("description").asText());
        assertEquals(1_767_225_600_123L, first.get("recordedAt").asLong());
        assertTrue(first.get("reversesId").isNull() && first.get("lines").get(0).get("memberId").isNull());
        // amounts as the chain writes them: plain, without trailing zeros, whatever the scale
        assertTrue(lines.get(0).contains("\"total\":12500000,"), lines.get(0));
        assertTrue(lines.get(0).contains("\"accountCode\":\"4111\",\"side\":\"C\",\"amount\":12500000,"), lines.get(0));
        assertTrue(lines.get(1).contains("\"total\":0.5,") && lines.get(1).contains("\"amount\":0.5,"), lines.get(1));
        assertTrue(lines.get(1).contains("\"activityArea\":8}"), lines.get(1));
        assertEquals(new BigDecimal("0.5"), Api.parse(lines.get(1)).get("total").decimalValue());
        assertEquals("0", JsonLinesFormat.plain(new BigDecimal("0.00")));
    }

    @Test
    void theIndependentScriptRecomputesTheLedgersHashes() {
        List<LedgerJournal.Entry> chain = chain();
        Programs.Run ok = Programs.verifyChain(Programs.keep("format.jsonl", lines()));
        assertEquals(0, ok.exit(), ok.output());
        assertEquals("ok: 2 entries of ledger 7, 1 to 2 from the zero hash; head 2 " + chain.get(1).hash(), ok.output().strip());
        // the second entry alone: its own hash still checks, anchored on its prevHash
        Programs.Run alone = Programs.verifyChain(Programs.keep("format-second.jsonl", List.of(lines().get(1))));
        assertEquals(0, alone.exit(), alone.output());
        assertTrue(alone.output().contains("from the prevHash of entry 2"), alone.output());
        // the lines out of order, an entry 1 not on the zero hash, a text changed
        Programs.Run swapped = Programs.verifyChain(Programs.keep("format-swapped.jsonl", List.of(lines().get(1), lines().get(0))));
        assertEquals(1, swapped.exit(), swapped.output());
        Programs.Run notGenesis = Programs.verifyChain(Programs.keep("format-genesis.jsonl",
                List.of(lines().get(0).replace("\"prevHash\":\"" + "0".repeat(64), "\"prevHash\":\"" + "1".repeat(64)))));
        assertTrue(notGenesis.output().contains("entry 1 must follow the zero hash"), notGenesis.output());
        Programs.Run text = Programs.verifyChain(Programs.keep("format-text.jsonl",
                List.of(lines().get(0).replace("hội viên", "hội viên "))));
        assertEquals(1, text.exit(), text.output());
        assertTrue(text.output().contains("do not give the canonical string"), text.output());
    }
}
