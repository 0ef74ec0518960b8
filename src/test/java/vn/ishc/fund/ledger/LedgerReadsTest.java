package vn.ishc.fund.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.ledger.LedgerInvariants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Balances at any date, trial balance, statements with running balances, member sub-ledger, fund summary. */
class LedgerReadsTest {

    private static ClubBooks b;
    private static final LocalDate D1 = vn.ishc.fund.support.Dates.today().minusDays(40);
    private static final LocalDate D2 = vn.ishc.fund.support.Dates.today().minusDays(20);
    private static final LocalDate D3 = vn.ishc.fund.support.Dates.today();

    @BeforeAll
    static void history() {
        b = new ClubBooks(2, LocalDate.of(2020, 1, 1));
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 1000000, "date", D1.toString())).expect(201);
        b.op("contribution", Map.of("memberId", b.member(1), "amount", 500000, "date", D2.toString())).expect(201);
        b.op("expense", Map.of("fund", "IGF", "kind", "ADMINISTRATIVE", "amount", 200000, "date", D2.toString(),
                "description", "Mua sổ")).expect(201);
        b.op("contribution", Map.of("memberId", b.member(0), "amount", 300000, "date", D3.toString())).expect(201);
        b.op("fee", Map.of("memberId", b.member(0), "amount", 5000, "date", D3.toString())).expect(201);
    }

    private static long balanceOf(JsonNode accounts, String code) {
        for (JsonNode a : accounts) {
            if (a.get("code").asText().equals(code)) {
                return a.get("balance").asLong();
            }
        }
        throw new AssertionError("no account " + code);
    }

    @Test
    void balancesAtAnyDate() {
        String path = "/api/v1/ledgers/" + b.igf + "/accounts";
        assertEquals(0, balanceOf(b.asTreasurer().get(path + "?asOf=" + D1.minusDays(1)).expect(200).json(), "111"));
        assertEquals(1000000, balanceOf(b.asTreasurer().get(path + "?asOf=" + D1).expect(200).json(), "111"));
        assertEquals(1300000, balanceOf(b.asTreasurer().get(path + "?asOf=" + D2).expect(200).json(), "111"));
        JsonNode now = b.asTreasurer().get(path).expect(200).json();
        assertEquals(1600000, balanceOf(now, "111"));
        assertEquals(1800000, balanceOf(now, "4111"));
        assertEquals(200000, balanceOf(now, "642"));
        for (LocalDate d : List.of(D1.minusDays(1), D1, D2.minusDays(1), D2, D3)) {
            LedgerInvariants.checkBalanceAt(b.igf, d);
        }
    }

    @Test
    void trialBalanceAtADateBalances() {
        JsonNode tb = b.asTreasurer().get("/api/v1/ledgers/" + b.igf + "/trial-balance?asOf=" + D2).expect(200).json();
        assertTrue(tb.get("balanced").asBoolean());
        assertEquals(1500000, tb.get("totalDebit").asLong());
        assertEquals(tb.get("totalDebit").asLong(), tb.get("totalCredit").asLong());
        JsonNode english = b.asTreasurer().english().get("/api/v1/ledgers/" + b.igf + "/trial-balance").expect(200).json();
        assertEquals("Cash on hand", english.at("/rows/0/name").asText());
    }

    @Test
    void statementWithRunningBalanceAcrossPages() {
        String path = "/api/v1/ledgers/" + b.igf + "/accounts/111/statement?from=" + D1.plusDays(1) + "&to=" + D3;
        JsonNode all = b.asTreasurer().get(path).expect(200).json();
        assertEquals(1000000, all.get("openingBalance").asLong());
        assertEquals(1600000, all.get("closingBalance").asLong());
        assertEquals(800000, all.get("totalDebit").asLong());
        assertEquals(200000, all.get("totalCredit").asLong());
        JsonNode lines = all.at("/lines/items");
        assertEquals(3, lines.size());
        assertEquals(1500000, lines.get(0).get("balance").asLong());
        assertEquals(1300000, lines.get(1).get("balance").asLong());
        assertEquals(1600000, lines.get(2).get("balance").asLong());
        // page 2 of size 1 still shows the true running balance
        JsonNode second = b.asTreasurer().get(path + "&page=1&size=1").expect(200).json();
        assertEquals(1300000, second.at("/lines/items/0/balance").asLong());
        assertEquals(3, second.at("/lines/totalItems").asLong());
        b.asTreasurer().get("/api/v1/ledgers/" + b.igf + "/accounts/999/statement").expect(404);
        b.asTreasurer().get(path.replace("from=" + D1.plusDays(1), "from=" + D3.plusDays(1))).expectProblem(400, "from", "from-after-to");
    }

    @Test
    void membersSubLedgerAcrossBothFunds() {
        JsonNode m = b.asTreasurer().get("/api/v1/members/" + b.member(0) + "/ledger").expect(200).json();
        assertEquals(1300000, m.get("capital").asLong());
        assertEquals(5000, m.get("feesPaid").asLong());
        assertEquals(0, m.get("loansOutstanding").asLong());
        assertEquals(3, m.at("/lines/totalItems").asLong());
    }

    @Test
    void fundSummary() {
        JsonNode s = b.asTreasurer().get("/api/v1/clubs/" + b.club + "/fund-summary").expect(200).json();
        assertEquals(1600000, s.get("fundSize").asLong());
        assertEquals(1600000, s.at("/incomeGeneration/cash").asLong());
        assertEquals(5000, s.at("/activity/cash").asLong());
        JsonNode past = b.asTreasurer().get("/api/v1/clubs/" + b.club + "/fund-summary?asOf=" + D1).expect(200).json();
        assertEquals(1000000, past.get("fundSize").asLong());
    }

    @Test
    void ledgersAndEntriesLists() {
        JsonNode ledgers = b.asTreasurer().get("/api/v1/clubs/" + b.club + "/ledgers").expect(200).json();
        assertEquals(2, ledgers.size());
        assertEquals("IGF", ledgers.get(0).get("fund").asText());
        assertEquals(4, ledgers.get(0).get("entries").asLong());
        JsonNode page = b.asTreasurer().get("/api/v1/ledgers/" + b.igf + "/entries?size=2&sort=seq,desc").expect(200).json();
        assertEquals(4, page.get("totalItems").asLong());
        assertEquals(4, page.at("/items/0/seq").asLong());
        assertEquals(2, page.at("/items/0/postings").size());
        JsonNode filtered = b.asTreasurer().get("/api/v1/ledgers/" + b.igf + "/entries?operation=EXPENSE").expect(200).json();
        assertEquals(1, filtered.get("totalItems").asLong());
        b.asTreasurer().get("/api/v1/ledgers/" + b.igf + "/entries?sort=hash").expectProblem(400, "sort", "sort");
    }

    @Test
    void addingASubAccountMakesTheParentAHeader() {
        ClubBooks c = new ClubBooks(1);
        String path = "/api/v1/ledgers/" + c.af + "/accounts";
        c.asTreasurer().post(path, Map.of("code", "1121", "parentCode", "112", "nameVi", "Sổ tiết kiệm bưu điện")).expect(201);
        c.asTreasurer().post(path, Map.of("code", "1122", "parentCode", "112", "nameVi", "Agribank", "nameEn", "Agribank"))
                .expect(201);
        c.asTreasurer().post(path, Map.of("code", "1122", "parentCode", "112", "nameVi", "x")).expectProblem(409, "code", "duplicate");
        c.asTreasurer().post(path, Map.of("code", "1131", "parentCode", "112", "nameVi", "x")).expectProblem(400, "code", "child-code");
        // 111 has postings: it cannot get sub-accounts
        c.op("fee", Map.of("memberId", c.member(0), "amount", 5000, "date", vn.ishc.fund.support.Dates.today().toString())).expect(201);
        c.asTreasurer().post(path, Map.of("code", "1111", "parentCode", "111", "nameVi", "x"))
                .expectProblem(422, "parentCode", "parent-has-postings");
        JsonNode chart = c.asTreasurer().get(path).expect(200).json();
        boolean header112 = false;
        for (JsonNode a : chart) {
            if (a.get("code").asText().equals("112")) {
                header112 = a.get("header").asBoolean();
            }
            if (a.get("code").asText().equals("1121")) {
                assertEquals("112", a.get("parentCode").asText());
                assertFalse(a.get("header").asBoolean());
            }
        }
        assertTrue(header112);
    }
}
