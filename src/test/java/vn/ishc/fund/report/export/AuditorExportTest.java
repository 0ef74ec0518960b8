package vn.ishc.fund.report.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.Tampering;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditor's exports of a club's books, read with the auditor's own tools: the hledger journal by the real
 * {@code hledger} (check --strict; its balances equal the service's trial balance, for the whole books and for a
 * period starting midway), the JSON Lines chain by an independent standard-library Python script that rebuilds
 * every canonical string, recomputes every hash and fails on a tampered file. Without hledger installed, what can
 * be checked without it is (CI installs it: .ci/setup).
 */
class AuditorExportTest {

    private static final LocalDate TODAY = Dates.today();
    private static final LocalDate START = TODAY.minusMonths(3).withDayOfMonth(1);
    private static final LocalDate MID = START.plusDays(40);
    private static final Pattern ASSERTION = Pattern.compile("^ {4}(.+?) {2}0 VND = (-?\\d+) VND$", Pattern.MULTILINE);
    private static ClubBooks books;
    private static long contribution;

    @BeforeAll
    static void books() {
        books = new ClubBooks(4, LocalDate.of(2020, 1, 1));
        // a bank book under 112 (which becomes a header), its name with a ':' hledger must not read as a sub-account
        books.asTreasurer().post("/api/v1/ledgers/" + books.igf + "/accounts", Map.of("code", "1121", "parentCode", "112",
                "nameVi", "Tiền gửi Agribank: chi nhánh Cao Lộc")).expect(201);
        books.op("opening-balances", Map.of("fund", "IGF", "date", START.toString(), "lines", List.of(
                Map.of("accountCode", "111", "amount", 12_500_000), Map.of("accountCode", "1121", "amount", 30_000_000),
                Map.of("accountCode", "4111", "amount", 2_500_000, "memberId", books.member(0))),
                "donatedCapital", 35_000_000)).expect(201);
        contribution = books.op("contribution", Map.of("memberId", books.member(1), "amount", 200_000, "date",
                day(10))).expect(201).json().at("/entries/0/id").asLong();
        books.op("fee", Map.of("memberId", books.member(2), "amount", 5_000, "date", day(12))).expect(201);
        long donor = books.asTreasurer().post("/api/v1/clubs/" + books.club + "/donors",
                Map.of("name", "Hội Chữ thập đỏ xã", "kind", "ORGANISATION")).expect(201).id();
        books.op("donation", Map.of("donorId", donor, "purpose", "CAPITAL", "form", "CASH", "amount", 1_000_000,
                "date", day(15))).expect(201);
        books.op("donation", Map.of("donorId", donor, "purpose", "ACTIVITIES", "form", "CASH", "amount", 500_000,
                "date", day(16))).expect(201);
        books.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 150_000, "date", day(20),
                "description", "Văn phòng phẩm; bút \"Thiên Long\"")).expect(201);
        books.op("expense", Map.of("fund", "AF", "kind", "ACTIVITY", "activityArea", 3, "amount", 20_000,
                "date", day(22), "description", "Thăm hội viên ốm")).expect(201);
        Lending lending = new Lending(books);
        long loan = lending.active(books.member(3), lending.product(Map.of()), 2_000_000, START.plusDays(25));
        lending.repay(loan, START.plusDays(55), 500_000).expect(201);
        long mistaken = books.op("contribution", Map.of("memberId", books.member(0), "amount", 100_000, "date",
                day(30))).expect(201).json().at("/entries/0/id").asLong();
        Money.post(books.asTreasurer(), "/api/v1/entries/" + mistaken + "/reverse", Map.of("reason", "Ghi nhầm"))
                .expect(201);
        Money.post(books.asTreasurer(), "/api/v1/ledgers/" + books.igf + "/entries", Map.of("date", day(35),
                "description", "Rút tiền gửi về quỹ", "postings", List.of(
                        Map.of("accountCode", "111", "side", "D", "amount", 1_000_000),
                        Map.of("accountCode", "1121", "side", "C", "amount", 1_000_000)))).expect(201);
        // recorded late, dated early: its number lies among entries dated weeks later
        books.op("contribution", Map.of("memberId", books.member(2), "amount", 50_000, "date", day(5))).expect(201);
        lending.repay(loan, TODAY, 300_000).expect(201);
        books.op("fee", Map.of("memberId", books.member(1), "amount", 5_000, "date", TODAY.toString())).expect(201);
    }

    private static String day(int days) {
        return START.plusDays(days).toString();
    }

    private static Api.Download export(long ledger, String format, String query) {
        return books.asTreasurer().download("/api/v1/ledgers/" + ledger + "/export/" + format + query);
    }

    @Test
    void theHledgerJournalPassesTheStrictCheckAndBalancesAsTheTrialBalance() {
        Api.Download d = export(books.igf, "hledger", "?from=" + START + "&to=" + TODAY).expect(200);
        assertEquals("text/plain;charset=utf-8", d.contentType().replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"" + clubCode() + "_IGF_" + START + "_" + TODAY + ".journal\"",
                d.headers().firstValue("Content-Disposition").orElse(""));
        String journal = d.text();
        for (String s : List.of("decimal-mark .\n", "commodity 1000. VND\n", "account 111 Tiền mặt  ; type: A\n",
                "account 2293 Dự phòng nợ khó đòi  ; type: A\n", "account 4111 Vốn góp của thành viên  ; type: E\n",
                "account 515 Thu lãi cho vay  ; type: R\n", "account 642 Chi phí quản lý  ; type: X\n",
                "account 3388 Phải trả khác  ; type: L\n",
                "account 112 Tiền gửi ngân hàng:1121 Tiền gửi Agribank- chi nhánh Cao Lộc  ; type: A\n",
                " (PT-" + START.getYear(), "Văn phòng phẩm, bút \"Thiên Long\"  ; entry:", "; member:" + books.member(1),
                "; donor:", "loan:", ", reverses:", "Số dư cuối kỳ / Closing balances")) {
            assertTrue(journal.contains(s), () -> s + " in\n" + journal);
        }
        // every amount in plain digits: nothing hledger could read as 1.000 = one
        assertFalse(Pattern.compile("\\d[.,]\\d{3}\\b").matcher(journal.replaceAll("(?m)^[;].*$", "")).find(), journal);
        // the books were opened on START: nothing to bring forward, every entry of the ledger is in it
        assertFalse(journal.contains("Opening balances  ; opening:"), journal);
        assertEquals(entriesDated(books.igf, START, TODAY), count(journal, "; entry:"));
        Path file = Programs.keep("igf-all.journal", d.body());
        checkedByHledger(file, journal, books.igf, TODAY);
    }

    @Test
    void aPeriodStartingMidwayOpensWithTheBalancesBroughtForward() {
        LocalDate to = TODAY.minusDays(1);
        String journal = export(books.igf, "hledger", "?from=" + MID + "&to=" + to).expect(200).text();
        assertTrue(journal.contains(MID + " Số dư đầu kỳ / Opening balances  ; opening:\n    111 Tiền mặt  "), journal);
        assertEquals(entriesDated(books.igf, MID, to), count(journal, "; entry:"));
        assertTrue(entriesDated(books.igf, MID, to) < entriesDated(books.igf, START, TODAY));
        // the opening transaction holds the trial balance of the day before
        Map<String, BigDecimal> before = trialBalance(books.igf, MID.minusDays(1));
        String opening = journal.substring(journal.indexOf("; opening:"), journal.indexOf("\n\n", journal.indexOf("; opening:")));
        before.forEach((code, net) -> assertEquals(net.signum() != 0, opening.contains(" " + net.toPlainString() + " VND"),
                () -> code + " " + net + " in " + opening));
        checkedByHledger(Programs.keep("igf-mid.journal", journal.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                journal, books.igf, to);
    }

    @Test
    void byDefaultTheYearToDate() {
        String journal = export(books.af, "hledger", "").expect(200).text();
        LocalDate first = TODAY.withDayOfYear(1);
        assertTrue(journal.contains("Entries dated " + first + " to " + TODAY), journal);
        assertEquals(entriesDated(books.af, first, TODAY), count(journal, "; entry:"));
        checkedByHledger(Programs.keep("af-year.journal", journal.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                journal, books.af, TODAY);
        // activity spending carries its area (dated in START's year, which may be the year before)
        String since = export(books.af, "hledger", "?from=" + START).expect(200).text();
        assertTrue(since.contains("    811 Chi phí khác  20000 VND  ; area:3\n"), since);
    }

    @Test
    void theChainIsRecomputedByAnIndependentScriptAndATamperedFileFails() {
        Api.Download d = export(books.igf, "jsonl", "").expect(200);
        assertEquals("application/x-ndjson", d.contentType());
        JsonNode verify = books.asTreasurer().get("/api/v1/ledgers/" + books.igf + "/verify").expect(200).json();
        long head = verify.get("headSeq").asLong();
        assertEquals("attachment; filename=\"" + clubCode() + "_IGF_chain_1-" + head + ".jsonl\"",
                d.headers().firstValue("Content-Disposition").orElse(""));
        List<String> lines = Arrays.asList(d.text().split("\n"));
        assertEquals(head, lines.size(), "one line per entry, every entry");
        JsonNode first = Api.parse(lines.get(0));
        assertEquals("0".repeat(64), first.get("prevHash").asText());
        assertTrue(first.get("canonical").asText().startsWith("2:v1;"), first.toString());
        assertTrue(d.text().contains("\"description\":\"Văn phòng phẩm; bút \\\"Thiên Long\\\"\""), d.text());

        Programs.Run ok = Programs.verifyChain(Programs.keep("igf.jsonl", d.body()));
        assertEquals(0, ok.exit(), ok.output());
        assertEquals("ok: " + head + " entries of ledger " + books.igf + ", 1 to " + head + " from the zero hash; head "
                + head + " " + verify.get("headHash").asText(), ok.output().strip());

        // one amount changed in the file: its fields no longer give the canonical string written with them
        int at = seqLine(lines, contribution);
        ObjectNode entry = (ObjectNode) Api.parse(lines.get(at));
        ObjectNode line = (ObjectNode) entry.get("lines").get(0);
        String hashed = "1:1;" + field(line.get("accountCode").asText()) + field(line.get("side").asText()) + "6:200000;";
        assertTrue(entry.get("canonical").asText().contains(hashed), entry.toString());
        line.put("amount", 900_000);
        List<String> changed = new ArrayList<>(lines);
        changed.set(at, entry.toString());
        Programs.Run fields = Programs.verifyChain(Programs.keep("igf-amount.jsonl", changed));
        assertEquals(1, fields.exit(), fields.output());
        assertTrue(fields.output().contains("FAILED: line " + (at + 1)), fields.output());
        // … and in the canonical string too (its byte length kept): the hash gives it away
        entry.put("canonical", entry.get("canonical").asText().replace(hashed, hashed.replace("6:200000;", "6:900000;")));
        changed.set(at, entry.toString());
        Programs.Run hash = Programs.verifyChain(Programs.keep("igf-rehashed.jsonl", changed));
        assertEquals(1, hash.exit(), hash.output());
        assertTrue(hash.output().contains("does not hash to"), hash.output());
        // an entry left out
        List<String> gap = new ArrayList<>(lines);
        gap.remove(at);
        Programs.Run missing = Programs.verifyChain(Programs.keep("igf-gap.jsonl", gap));
        assertEquals(1, missing.exit(), missing.output());
        assertTrue(missing.output().contains("is missing"), missing.output());
    }

    @Test
    void aChangeBehindTheServicesBackShowsInTheExportedChain() {
        Tampering.changeCreditAmount(contribution, 1000);
        try {
            Path file = Programs.keep("igf-tampered.jsonl", export(books.igf, "jsonl", "").expect(200).body());
            Programs.Run run = Programs.verifyChain(file);
            assertEquals(1, run.exit(), run.output());
            assertTrue(run.output().contains("does not hash to"), run.output());
        } finally {
            Tampering.changeCreditAmount(contribution, -1000);
        }
        Programs.Run again = Programs.verifyChain(Programs.keep("igf-restored.jsonl", export(books.igf, "jsonl", "").body()));
        assertEquals(0, again.exit(), again.output());
    }

    @Test
    void aPeriodOfTheChainIsTheStretchFromItsFirstToItsLastEntry() {
        String text = export(books.igf, "jsonl", "?from=" + MID + "&to=" + TODAY).expect(200).text();
        List<JsonNode> lines = Arrays.stream(text.split("\n")).map(Api::parse).toList();
        JsonNode all = books.asTreasurer().get("/api/v1/ledgers/" + books.igf + "/entries?from=" + MID + "&to=" + TODAY
                + "&size=500").expect(200).json();
        List<Long> dated = new ArrayList<>();
        all.get("items").forEach(e -> dated.add(e.get("seq").asLong()));
        assertEquals(dated.stream().min(Long::compare).orElseThrow(), lines.get(0).get("seq").asLong());
        assertEquals(dated.stream().max(Long::compare).orElseThrow(), lines.get(lines.size() - 1).get("seq").asLong());
        List<Long> seqs = lines.stream().map(l -> l.get("seq").asLong()).toList();
        assertTrue(seqs.containsAll(dated), seqs + " holds " + dated);
        // the entry dated back lies within the stretch: it is there, with its own date, so the chain has no gap
        assertTrue(lines.stream().anyMatch(l -> LocalDate.parse(l.get("valueDate").asText()).isBefore(MID)), text);
        Programs.Run run = Programs.verifyChain(Programs.keep("igf-period.jsonl", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("from the prevHash of entry " + seqs.get(0)), run.output());
    }

    @Test
    void whoMayExport() {
        Api auditor = TestApp.api().as(Fixtures.user("AUDITOR", null, List.of(books.club)));
        auditor.download("/api/v1/ledgers/" + books.af + "/export/hledger").expect(200);
        auditor.download("/api/v1/ledgers/" + books.af + "/export/jsonl").expect(200);
        books.asChair().download("/api/v1/ledgers/" + books.af + "/export/jsonl").expect(200);
        ClubBooks other = new ClubBooks(1);
        Api outsider = TestApp.api().as(Fixtures.user("AUDITOR", null, List.of(other.club)));
        outsider.get("/api/v1/ledgers/" + books.af + "/export/hledger").expectProblem(404);
        other.asTreasurer().get("/api/v1/ledgers/" + books.igf + "/export/jsonl").expectProblem(404);
        TestApp.api().get("/api/v1/ledgers/" + books.igf + "/export/jsonl").expect(401);
    }

    @Test
    void badRequestsAreRefusedNeverAnEmptyExport() {
        String base = "/api/v1/ledgers/" + books.igf + "/export/";
        Api t = books.asTreasurer();
        for (String format : List.of("hledger", "jsonl")) {
            t.get(base + format + "?from=" + TODAY + "&to=" + TODAY.minusDays(1)).expectProblem(400, "from", "from-after-to");
            t.get(base + format + "?from=" + TODAY.minusYears(5).minusDays(1) + "&to=" + TODAY)
                    .expectProblem(400, "to", "period-too-long");
            t.get(base + format + "?to=" + TODAY.plusDays(30)).expectProblem(400, "to", "too-far-ahead");
            t.get(base + format + "?date=" + TODAY).expectProblem(400, "date", "unknown-parameter");
            t.get(base + format + "?from=").expectProblem(400, "from", "empty");
            t.get(base + format + "?from=01/02/2026").expectProblem(400, "from", "date");
            t.get("/api/v1/ledgers/999999999/export/" + format).expectProblem(404);
        }
        t.get(base + "csv").expectProblem(400, "format", "enum");
        t.get(base + "HLEDGER").expectProblem(400, "format", "enum");
        // exactly five years is a period
        t.download(base + "hledger?from=" + TODAY.minusYears(5) + "&to=" + TODAY).expect(200);
    }

    /** hledger check --strict accepts the journal and its balances are the trial balance at {@code asOf}. */
    private static void checkedByHledger(Path file, String journal, long ledger, LocalDate asOf) {
        Map<String, BigDecimal> expected = new TreeMap<>(trialBalance(ledger, asOf));
        expected.values().removeIf(v -> v.signum() == 0);
        if (!Programs.onPath("hledger")) {
            // a developer machine without hledger: the asserted closing balances are the trial balance; CI runs hledger
            System.out.println("hledger is not installed: " + file + " checked by its closing assertions only");
            Map<String, BigDecimal> asserted = new TreeMap<>();
            Matcher m = ASSERTION.matcher(journal);
            while (m.find()) {
                asserted.put(code(m.group(1)), new BigDecimal(m.group(2)));
            }
            asserted.values().removeIf(v -> v.signum() == 0);
            assertEquals(expected, asserted);
            return;
        }
        Programs.Run check = Programs.run("hledger", "-f", file.toString(), "check", "--strict");
        assertEquals(0, check.exit(), check.output());
        Programs.Run balance = Programs.run("hledger", "-f", file.toString(), "balance", "-O", "csv");
        assertEquals(0, balance.exit(), balance.output());
        Map<String, BigDecimal> shown = new TreeMap<>();
        List<String> rows = balance.output().lines().toList();
        assertEquals("\"account\",\"balance\"", rows.get(0));
        assertEquals("\"total\",\"0\"", rows.get(rows.size() - 1), balance.output());
        for (String row : rows.subList(1, rows.size() - 1)) {
            String[] cells = row.substring(1, row.length() - 1).split("\",\"");
            shown.put(code(cells[0]), new BigDecimal(cells[1].replace(" VND", "")));
        }
        assertEquals(expected, shown, balance.output());
        // a balance the books do not have is caught: hledger reads the assertions
        Matcher m = ASSERTION.matcher(journal);
        assertTrue(m.find());
        String wrong = journal.substring(0, m.end(2)) + "1" + journal.substring(m.end(2));
        Path bad = Programs.keep("wrong-" + file.getFileName(), wrong.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Programs.Run refused = Programs.run("hledger", "-f", bad.toString(), "check", "--strict");
        assertEquals(1, refused.exit(), refused.output());
        assertTrue(refused.output().contains("balance assertion"), refused.output());
    }

    /** The account code of an hledger account name: the first word of its last part. */
    private static String code(String account) {
        String leaf = account.substring(account.lastIndexOf(':') + 1);
        return leaf.substring(0, leaf.indexOf(' '));
    }

    /** The service's trial balance: account code → debit minus credit. */
    private static Map<String, BigDecimal> trialBalance(long ledger, LocalDate asOf) {
        JsonNode tb = books.asTreasurer().get("/api/v1/ledgers/" + ledger + "/trial-balance?asOf=" + asOf).expect(200).json();
        Map<String, BigDecimal> out = new HashMap<>();
        for (JsonNode r : tb.get("rows")) {
            out.put(r.get("code").asText(), r.get("debit").decimalValue().subtract(r.get("credit").decimalValue()));
        }
        return out;
    }

    private static long entriesDated(long ledger, LocalDate from, LocalDate to) {
        return books.asTreasurer().get("/api/v1/ledgers/" + ledger + "/entries?from=" + from + "&to=" + to).expect(200)
                .totalItems();
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }

    private static int seqLine(List<String> lines, long entryId) {
        long seq = TestApp.db().count("SELECT seq FROM journal_entry WHERE id = ?", entryId);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"seq\":" + seq + ",")) {
                return i;
            }
        }
        throw new AssertionError("no line for entry " + seq);
    }

    private static String field(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + ":" + s + ";";
    }

    private static String clubCode() {
        return TestApp.db().string("SELECT code FROM club WHERE id = ?", books.club).replaceAll("[^A-Za-z0-9.-]", "-");
    }
}
