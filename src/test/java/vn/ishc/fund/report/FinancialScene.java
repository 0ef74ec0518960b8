package vn.ishc.fund.report;

import com.fasterxml.jackson.databind.JsonNode;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.Money;
import vn.ishc.fund.support.StatementFiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A club with two years of books for the financial statements: last year taken over from the paper books,
 * with a loan, fees, spending and interest handed over, then closed into 421; this year a meeting, donations
 * in cash and in kind, spending in seven activity areas (one reversed), a receivable, a payable and an allowance
 * booked by hand, a loan written off from the allowance and partly recovered, and entries dated back. Built
 * once per test JVM and shared by the statement tests; plus readers of the JSON API the statements must agree with.
 */
final class FinancialScene {

    static final LocalDate TODAY = Dates.today();
    static final int YEAR = TODAY.getYear();
    static final int LAST = YEAR - 1;
    /** This year's amounts, each known to the tests. */
    static final long DONATION = 500_000;
    static final long GOODS = 800_000;
    static final long INTEREST_OUT = 30_000;
    static final long ALLOWANCE_BOOKED = 200_000;
    static final long RECOVERED = 200_000;
    static final long ADMIN = 50_000;
    static final Map<Integer, Long> AREAS = Map.of(1, 10_000L, 3, 20_000L, 5, 30_000L, 8, 15_000L);
    static final long REVERSED_AREA_7 = 25_000;

    private static FinancialScene scene;

    final ClubBooks books;
    final long writtenOff;

    static synchronized FinancialScene get() {
        if (scene == null) {
            scene = new FinancialScene();
        }
        return scene;
    }

    /** A day of this year, never after today. */
    static LocalDate day(int k) {
        LocalDate d = LocalDate.of(YEAR, 1, 1).plusDays(k);
        return d.isAfter(TODAY) ? TODAY : d;
    }

    private FinancialScene() {
        books = new ClubBooks(3, LocalDate.of(LAST - 1, 6, 1));
        ClubBooks b = books;
        LocalDate opened = LocalDate.of(LAST, 1, 10);
        b.op("opening-balances", Map.of("fund", "IGF", "date", opened.toString(), "lines", List.of(
                Map.of("accountCode", "111", "amount", 10_000_000), Map.of("accountCode", "112", "amount", 20_000_000),
                Map.of("accountCode", "156", "amount", 1_000_000), Map.of("accountCode", "2293", "amount", 500_000),
                Map.of("accountCode", "4111", "amount", 3_000_000, "memberId", b.member(0))),
                "donatedCapital", 25_000_000)).expect(201);
        b.op("opening-balances", Map.of("fund", "AF", "date", opened.toString(), "lines", List.of(
                Map.of("accountCode", "111", "amount", 300_000)))).expect(201);
        b.op("fee", Map.of("memberId", b.member(1), "amount", 50_000, "date", LocalDate.of(LAST, 2, 10).toString())).expect(201);
        Lending lending = new Lending(b);
        long product = lending.product(Map.of());
        long lastYearsLoan = lending.active(b.member(2), product, 2_000_000, LocalDate.of(LAST, 3, 1));
        lending.repay(lastYearsLoan, LocalDate.of(LAST, 6, 1), 1_000_000).expect(201);
        b.op("expense", Map.of("fund", "AF", "kind", "ACTIVITY", "activityArea", 2, "amount", 40_000,
                "date", LocalDate.of(LAST, 4, 15).toString(), "description", "Khám sức khỏe")).expect(201);
        b.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 100_000,
                "date", LocalDate.of(LAST, 5, 20).toString(), "description", "Sổ sách")).expect(201);
        b.op("interest-transfer", Map.of("amount", 60_000, "date", LocalDate.of(LAST, 6, 30).toString())).expect(201);
        for (int m = 1; m <= 11; m++) {
            b.asChair().post("/api/v1/clubs/" + b.club + "/periods/close", Map.of("month", YearMonth.of(LAST, m).toString()))
                    .expect(200);
        }
        Money.post(b.asChair(), "/api/v1/clubs/" + b.club + "/year-end-close", Map.of("year", LAST)).expect(201);

        // this year: a meeting first, then entries dated before it
        b.op("meeting", Map.of("date", day(40).toString(), "lines", List.of(
                Map.of("memberId", b.member(0), "fee", 5_000, "contribution", 200_000),
                Map.of("memberId", b.member(1), "fee", 5_000)))).expect(201);
        long donor = b.asTreasurer().post("/api/v1/clubs/" + b.club + "/donors",
                Map.of("name", "Công ty May Nà Sản", "kind", "BUSINESS")).expect(201).id();
        b.op("donation", Map.of("donorId", donor, "purpose", "ACTIVITIES", "form", "CASH", "amount", DONATION,
                "date", day(10).toString())).expect(201);
        b.op("donation", Map.of("donorId", donor, "purpose", "CAPITAL", "form", "IN_KIND", "item", "Lợn giống",
                "amount", GOODS, "date", day(12).toString())).expect(201);
        int k = 20;
        for (Map.Entry<Integer, Long> e : new java.util.TreeMap<>(AREAS).entrySet()) {
            b.op("expense", Map.of("fund", "AF", "kind", "ACTIVITY", "activityArea", e.getKey(), "amount", e.getValue(),
                    "date", day(k++).toString(), "description", "Hoạt động " + e.getKey())).expect(201);
        }
        long culture = b.op("expense", Map.of("fund", "AF", "kind", "ACTIVITY", "activityArea", 7, "amount", REVERSED_AREA_7,
                "date", day(24).toString(), "description", "Văn nghệ")).expect(201).at("/entries/0/id").asLong();
        Money.post(b.asTreasurer(), "/api/v1/entries/" + culture + "/reverse", Map.of("date", day(30).toString(),
                "reason", "Ghi nhầm quỹ")).expect(201);
        b.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", ADMIN, "date", day(25).toString(),
                "description", "Văn phòng phẩm")).expect(201);
        manual(day(26), "Tạm ứng mua giống", "1388", "111", 300_000);
        manual(day(26), "Nhận giữ hộ tiền", "111", "3388", 150_000);
        manual(day(27), "Trích lập dự phòng nợ khó đòi", "811", "2293", ALLOWANCE_BOOKED);
        long loan = lending.active(b.member(1), product, 1_500_000, day(15));
        lending.repay(loan, day(45), 400_000).expect(201);
        lending.repay(lastYearsLoan, day(50), 300_000).expect(201);
        writtenOff = Money.post(b.asChair(), "/api/v1/loans/" + loan + "/write-off", Map.of("date", day(60).toString(),
                "reason", "Thành viên chuyển đi xa")).expect(201).json().get("writtenOffAmount").asLong();
        Money.post(b.asTreasurer(), "/api/v1/loans/" + loan + "/recoveries", Map.of("date", day(70).toString(),
                "amount", RECOVERED)).expect(201);
        b.op("interest-transfer", Map.of("amount", INTEREST_OUT, "date", day(75).toString())).expect(201);
        b.checkInvariants();
    }

    private void manual(LocalDate date, String description, String debit, String credit, long amount) {
        Money.post(books.asChair(), "/api/v1/ledgers/" + books.igf + "/entries", Map.of("date", date.toString(),
                "description", description, "postings", List.of(
                        Map.of("accountCode", debit, "side", "D", "amount", amount),
                        Map.of("accountCode", credit, "side", "C", "amount", amount)))).expect(201);
    }

    /** The trial balance of the API at a date: code → debit minus credit. */
    Map<String, BigDecimal> trialBalance(long ledger, LocalDate at) {
        JsonNode tb = books.asTreasurer().get("/api/v1/ledgers/" + ledger + "/trial-balance?asOf=" + at).expect(200).json();
        Map<String, BigDecimal> out = new HashMap<>();
        for (JsonNode r : tb.get("rows")) {
            out.put(r.get("code").asText(), r.get("debit").decimalValue().subtract(r.get("credit").decimalValue()));
        }
        return out;
    }

    /** One fund's position in the API's fund summary at a date ({@code incomeGeneration} or {@code activity}). */
    JsonNode fundSummary(LocalDate at, boolean igf) {
        JsonNode s = books.asTreasurer().get("/api/v1/clubs/" + books.club + "/fund-summary?asOf=" + at).expect(200).json();
        return s.get(igf ? "incomeGeneration" : "activity");
    }

    /** Debits and credits of an account in a period, from the API's account statement. */
    JsonNode accountStatement(long ledger, String code, LocalDate from, LocalDate to) {
        return books.asTreasurer().get("/api/v1/ledgers/" + ledger + "/accounts/" + code + "/statement?from=" + from
                + "&to=" + to).expect(200).json();
    }

    Api.Download download(String path) {
        return books.asTreasurer().download(path);
    }

    /** A CSV statement's lines by code (lines without one by their text), after its header. */
    static Map<String, List<String>> csvLines(byte[] csv) {
        List<List<String>> lines = StatementFiles.csv(csv);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            out.put(line.get(1).isEmpty() ? line.get(0) : line.get(1), line);
        }
        return out;
    }

    /** The figure in a column of a CSV line (blank: zero). */
    static BigDecimal figure(Map<String, List<String>> lines, String key, int column) {
        List<String> line = lines.get(key);
        if (line == null) {
            throw new AssertionError("no line " + key + " in " + lines.keySet());
        }
        return line.get(column).isEmpty() ? BigDecimal.ZERO : new BigDecimal(line.get(column));
    }

    static void same(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + " but was " + actual);
    }

    static String vi(BigDecimal v) {
        String s = String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", v.abs().longValueExact());
        return v.signum() < 0 ? "(" + s + ")" : s;
    }

    static String en(BigDecimal v) {
        String s = String.format(java.util.Locale.ENGLISH, "%,d", v.abs().longValueExact());
        return v.signum() < 0 ? "(" + s + ")" : s;
    }
}
