package vn.ishc.fund.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.Scene;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /admin-units/{id}/indicators} and {@code /nation/indicators} over {@link MonitoringWorld}: every
 * figure written out, the drill-down province → commune → club, the unit history (a merged commune's club
 * counts where it belonged at the date), the national plan's goals, each role's scope, bad parameters.
 */
class UnitIndicatorsTest {

    private static MonitoringWorld w;

    @BeforeAll
    static void world() {
        w = new MonitoringWorld();
    }

    private static Response get(String token, String path) {
        return MonitoringWorld.as(token).get(path);
    }

    private static JsonNode figure(JsonNode figures, String code) {
        for (JsonNode f : figures) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no " + code + " in " + figures);
    }

    private static JsonNode child(JsonNode answer, long id) {
        for (JsonNode c : answer.get("children")) {
            if (c.at("/unit/id").asLong() == id) {
                return c;
            }
        }
        throw new AssertionError("no child " + id + " in " + answer.get("children"));
    }

    private static List<Long> children(JsonNode answer) {
        List<Long> out = new ArrayList<>();
        answer.get("children").forEach(c -> out.add(c.at("/unit/id").asLong()));
        return out;
    }

    private static void value(JsonNode figures, String code, String numerator, String denominator, String value) {
        JsonNode f = figure(figures, code);
        assertEquals(0, new BigDecimal(numerator).compareTo(f.get("numerator").decimalValue()), code + " numerator: " + f);
        if (denominator != null) {
            assertEquals(0, new BigDecimal(denominator).compareTo(f.get("denominator").decimalValue()), code + " denominator: " + f);
        }
        if (value == null) {
            assertTrue(f.get("value") == null || f.get("value").isNull(), code + " has no value: " + f);
        } else {
            assertEquals(0, new BigDecimal(value).compareTo(f.get("value").decimalValue()), code + " value: " + f);
        }
    }

    @Test
    void theProvinceCountsItsClubsThroughTheMergerWithEveryFigureWrittenOut() {
        JsonNode r = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators").expect(200).json();
        assertEquals("PROVINCE", r.at("/unit/level").asText());
        assertEquals(w.today.toString(), r.get("asOf").asText());
        assertEquals("NATIONAL-2025-2030", r.at("/plan/code").asText(), "the national plan runs today");
        assertEquals(3, r.get("clubs").asInt(), "K1, K2 and K3 (its commune merged into C1)");
        JsonNode f = r.get("indicators");
        value(f, "clubs", "3", null, "3");
        value(f, "new_clubs", "1", null, "1");
        value(f, "members", "9", null, "9");
        value(f, "elderly_members", "5", null, "5");
        value(f, "women_among_elderly", "5", "5", "1.0000");
        value(f, "share_elderly", "6", "9", "0.6667");
        value(f, "share_women", "6", "9", "0.6667");
        value(f, "share_poor", "6", "9", "0.6667");
        value(f, "members_borrowed", "2", "9", "0.2222");
        value(f, "clubs_fund_50m", "1", "3", "0.3333");
        value(f, "average_fund", "60000000", "3", "20000000");
        value(f, "board_trained", "1", "2", "0.5000");
        value(f, "village_coverage", "1", "3", "0.3333");
        value(f, "loans_outstanding", "3000000", null, "3000000");
        value(f, "par30", "1000000", "3000000", "0.3333");
        JsonNode repayment = figure(f, "repayment_rate");
        assertEquals(0, repayment.get("numerator").decimalValue().signum(), "nothing repaid: " + repayment);
        assertTrue(repayment.get("denominator").decimalValue().signum() > 0, "instalments of the late loan fell due");
        assertEquals(0, new BigDecimal("0.0000").compareTo(repayment.get("value").decimalValue()));
        assertEquals("SHARE", figure(f, "par30").get("unit").asText());
        assertEquals("LOWER", figure(f, "par30").get("direction").asText());
    }

    @Test
    void sharesAreJudgedAgainstTheNationalPlanFromTheirValueAtItsStart() {
        JsonNode f = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators").expect(200).json().get("indicators");
        // a count goal of the national plan is the nation's, not a province's
        assertTrue(figure(f, "new_clubs").get("goal").isNull(), "no national count goal for a province");
        // share of women: 6/9 meets 60%, on track, nothing missing
        JsonNode women = figure(f, "share_women");
        assertEquals(0, new BigDecimal("0.6").compareTo(women.get("goal").decimalValue()));
        assertEquals(0, new BigDecimal("0.7500").compareTo(women.get("baseline").decimalValue()), "K1 alone on 2025-01-01: 3 of 4");
        assertTrue(women.get("onTrack").asBoolean());
        assertEquals(0, women.get("gap").decimalValue().signum());
        // elderly (55+) 6/9 below 70%, and below the path from 0.75: one more elderly member needed of 9
        JsonNode elderly = figure(f, "share_elderly");
        assertFalse(elderly.get("onTrack").asBoolean());
        assertEquals(0, new BigDecimal("0.0333").compareTo(elderly.get("gap").decimalValue()));
        assertEquals(0, new BigDecimal("1").compareTo(elderly.get("gapCount").decimalValue()));
        // clubs with a fund of 50 million: 1 of 3 against 50%: one more club
        JsonNode funded = figure(f, "clubs_fund_50m");
        assertEquals(0, new BigDecimal("1").compareTo(funded.get("gapCount").decimalValue()));
        // board trained from 0 (nobody trained in 2025 by 1 January) to 1/2: half way to 100%
        JsonNode board = figure(f, "board_trained");
        assertEquals(0, new BigDecimal("0.0000").compareTo(board.get("baseline").decimalValue()));
        assertEquals(0, new BigDecimal("0.5000").compareTo(board.get("progress").decimalValue()));
        assertEquals(board.get("value").decimalValue().compareTo(board.get("expected").decimalValue()) >= 0,
                board.get("onTrack").asBoolean(), "on track exactly when at or above the path: " + board);
        // PAR30 has no national goal
        assertTrue(figure(f, "par30").get("goal").isNull());
    }

    @Test
    void theProvinceDrillsDownToItsCommunesAndACommuneToItsClubs() {
        JsonNode province = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators").expect(200).json();
        assertEquals(List.of(w.c1, w.c2).stream().sorted().toList(), children(province).stream().sorted().toList(),
                "C3 is gone since the merger");
        JsonNode c1 = child(province, w.c1);
        assertEquals("COMMUNE", c1.at("/unit/level").asText());
        value(c1.get("indicators"), "clubs", "2", null, "2");
        value(c1.get("indicators"), "members", "7", null, "7");
        value(child(province, w.c2).get("indicators"), "members", "2", null, "2");
        value(child(province, w.c2).get("indicators"), "par30", "0", "0", null);
        value(c1.get("indicators"), "village_coverage", "1", "2", "0.5");
        value(child(province, w.c2).get("indicators"), "village_coverage", "0", "1", "0");
        // a share goal holds in each commune too
        assertEquals(0, new BigDecimal("0.6").compareTo(figure(c1.get("indicators"), "share_women").get("goal").decimalValue()));

        JsonNode commune = get(w.officerP, "/api/v1/admin-units/" + w.c1 + "/indicators").expect(200).json();
        assertEquals(List.of(w.k1, w.k3).stream().sorted().toList(), children(commune).stream().sorted().toList());
        JsonNode k1 = child(commune, w.k1);
        assertEquals("CLUB", k1.at("/unit/level").asText());
        value(k1.get("indicators"), "members", "4", null, "4");
        value(k1.get("indicators"), "members_borrowed", "2", "4", "0.5000");
        value(child(commune, w.k3).get("indicators"), "elderly_members", "2", null, "2");
        value(commune.get("indicators"), "members", "7", null, "7");
        value(commune.get("indicators"), "village_coverage", "1", "2", "0.5");
        value(k1.get("indicators"), "village_coverage", "0", "0", null);
    }

    @Test
    void atADateBeforeTheMergerTheClubCountsWhereItBelongedThen() {
        String asOf = "?asOf=" + MonitoringWorld.BEFORE_MERGER;
        JsonNode p = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators" + asOf).expect(200).json();
        assertEquals(2, p.get("clubs").asInt(), "K1 and K2; K3 was in Q");
        value(p.get("indicators"), "members", "6", null, "6");
        value(p.get("indicators"), "fund_size", "0", null, "0");
        value(p.get("indicators"), "loans_outstanding", "0", null, "0");
        JsonNode q = get(w.officerQ, "/api/v1/admin-units/" + w.q + "/indicators" + asOf).expect(200).json();
        assertEquals(1, q.get("clubs").asInt());
        assertEquals(List.of(w.c3), children(q));
        value(q.get("indicators"), "members", "3", null, "3");
        JsonNode qNow = get(w.officerQ, "/api/v1/admin-units/" + w.q + "/indicators").expect(200).json();
        assertEquals(0, qNow.get("clubs").asInt(), "K3 counts under P now");
        value(qNow.get("indicators"), "share_women", "0", "0", null);
    }

    @Test
    void eachRoleSeesItsScope() {
        // the auditor of C1 sees C1, not the province or C2
        assertEquals(2, get(w.auditorC1, "/api/v1/admin-units/" + w.c1 + "/indicators").expect(200).json().get("clubs").asInt());
        get(w.auditorC1, "/api/v1/admin-units/" + w.p + "/indicators").expectProblem(404);
        get(w.auditorC1, "/api/v1/admin-units/" + w.c2 + "/indicators").expectProblem(404);
        // the chair and treasurer of K1 see their club only, in every unit above it
        for (String club : List.of(w.chairK1, w.treasurerK1)) {
            JsonNode commune = get(club, "/api/v1/admin-units/" + w.c1 + "/indicators").expect(200).json();
            assertEquals(1, commune.get("clubs").asInt());
            assertEquals(List.of(w.k1), children(commune));
            value(commune.get("indicators"), "members", "4", null, "4");
            JsonNode province = get(club, "/api/v1/admin-units/" + w.p + "/indicators").expect(200).json();
            assertEquals(List.of(w.c1), children(province), "only the commune their club is in");
            get(club, "/api/v1/admin-units/" + w.c2 + "/indicators").expectProblem(404);
            get(club, "/api/v1/nation/indicators").expectProblem(403);
        }
        // an officer of Q does not see P
        get(w.officerQ, "/api/v1/admin-units/" + w.p + "/indicators").expectProblem(404);
        get(w.officerP, "/api/v1/nation/indicators").expectProblem(403);
        get(w.auditorC1, "/api/v1/nation/indicators").expectProblem(403);
        Scene.anonymous().get("/api/v1/admin-units/" + w.p + "/indicators").expect(401);
        // ADMIN: the nation, with the provinces as children and the national count goals
        JsonNode nation = Fixtures.admin().get("/api/v1/nation/indicators").expect(200).json();
        assertEquals("NATION", nation.at("/unit/level").asText());
        assertTrue(children(nation).contains(w.p));
        value(child(nation, w.p).get("indicators"), "members", "9", null, "9");
        assertEquals(0, new BigDecimal("6000").compareTo(figure(nation.get("indicators"), "new_clubs").get("goal").decimalValue()));
        assertEquals(0, new BigDecimal("300000").compareTo(figure(nation.get("indicators"), "elderly_members").get("goal").decimalValue()));
        assertNotNull(figure(nation.get("indicators"), "elderly_members").get("gap"));
        // and any province
        assertEquals(3, Fixtures.admin().get("/api/v1/admin-units/" + w.p + "/indicators").expect(200).json().get("clubs").asInt());
    }

    @Test
    void anotherPlanIsChosenByItsCode() {
        JsonNode r = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators?plan=NATIONAL-2030-2035").expect(200).json();
        assertEquals("NATIONAL-2030-2035", r.at("/plan/code").asText());
        JsonNode women = figure(r.get("indicators"), "share_women");
        assertEquals(0, women.get("value").decimalValue().compareTo(women.get("baseline").decimalValue()),
                "a plan not yet begun starts from today's value");
        assertTrue(figure(r.get("indicators"), "clubs_fund_50m").get("goal").isNull(), "not a goal of 2030–2035");
    }

    @Test
    void badParametersAreRefused() {
        String unit = "/api/v1/admin-units/" + w.p + "/indicators";
        get(w.officerP, unit + "?date=2026-01-01").expectProblem(400, "date", "unknown-parameter");
        get(w.officerP, unit + "?asOf=").expectProblem(400, "asOf", "empty");
        get(w.officerP, unit + "?asOf=2026-13-01").expectProblem(400, "asOf", "date");
        get(w.officerP, unit + "?asOf=" + w.today.plusDays(1)).expectProblem(400, "asOf", "not-future");
        get(w.officerP, unit + "?plan=NO-SUCH-PLAN").expectProblem(422, "plan", "unknown-reference");
        get(w.officerP, "/api/v1/admin-units/" + w.village + "/indicators").expectProblem(422, "id", "indicator-level");
        get(w.officerP, "/api/v1/admin-units/999999999/indicators").expectProblem(404);
        get(w.officerP, "/api/v1/indicators?x=1").expectProblem(400);
    }

    @Test
    void theDefinitionsAreTheTable() {
        JsonNode defs = get(w.chairK1, "/api/v1/indicators").expect(200).json();
        assertTrue(defs.size() >= 16);
        JsonNode women = null;
        for (JsonNode d : defs) {
            if (d.get("code").asText().equals("women_among_elderly")) {
                women = d;
            }
        }
        assertNotNull(women);
        assertEquals("ELDERLY_WOMEN", women.get("numerator").asText());
        assertEquals("ELDERLY", women.get("denominator").asText());
        assertEquals("SHARE", women.get("unit").asText());
        assertEquals("HIGHER", women.get("direction").asText());
        assertEquals("Tỷ lệ nữ trong hội viên cao tuổi", women.get("nameVi").asText());
    }

    @Test
    void aTrendGivesTheValueAtEachMonthsEndThroughTheMerger() {
        JsonNode t = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators/members/trend?asOf=2026-03-31&months=14")
                .expect(200).json();
        JsonNode points = t.get("points");
        assertEquals(14, points.size());
        assertEquals("2025-02-28", points.get(0).get("date").asText());
        assertEquals(4, points.get(0).get("value").asInt(), "K1 alone before K2 was founded");
        assertEquals("2025-03-31", points.get(1).get("date").asText());
        assertEquals(6, points.get(1).get("value").asInt(), "K1 and K2");
        assertEquals("2025-12-31", points.get(10).get("date").asText());
        assertEquals(6, points.get(10).get("value").asInt(), "K3 still in Q on the merger's last day");
        assertEquals("2026-01-31", points.get(11).get("date").asText());
        assertEquals(9, points.get(11).get("value").asInt(), "K3 counts under P after the merger");
        assertEquals("2026-03-31", points.get(13).get("date").asText());
        assertEquals("COUNT", t.get("indicatorUnit").asText());
        // today's point is the unit's figure; 24 months by default
        JsonNode now = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators/share_women/trend").expect(200).json();
        assertEquals(24, now.get("points").size());
        JsonNode last = now.get("points").get(23);
        assertEquals(w.today.toString(), last.get("date").asText());
        assertEquals(0, new BigDecimal("0.6667").compareTo(last.get("value").decimalValue()));
        // the chair sees the trend of their club only
        JsonNode chair = get(w.chairK1, "/api/v1/admin-units/" + w.c1 + "/indicators/members/trend?months=1").expect(200).json();
        assertEquals(4, chair.get("points").get(0).get("value").asInt());
        assertEquals(2, Fixtures.admin().get("/api/v1/nation/indicators/clubs/trend?months=2").expect(200).json()
                .get("points").size());
        get(w.officerP, "/api/v1/nation/indicators/clubs/trend").expectProblem(403);
        get(w.officerQ, "/api/v1/admin-units/" + w.p + "/indicators/clubs/trend").expectProblem(404);
        get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators/no_such/trend").expectProblem(404);
        get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators/clubs/trend?months=0").expectProblem(400, "months", "between");
        get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators/clubs/trend?months=61").expectProblem(400, "months", "between");
        get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators/clubs/trend?plan=X").expectProblem(400, "plan", "unknown-parameter");
    }

    @Test
    void aProvincesCommunesAreRankedByAnIndicator() {
        JsonNode women = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators/share_women/ranking").expect(200).json();
        JsonNode first = women.get("children").get(0);
        assertEquals(w.c1, first.at("/unit/id").asLong(), "5 women of 7 before 1 of 2");
        assertEquals(1, first.get("rank").asInt());
        assertEquals(0, new BigDecimal("0.7143").compareTo(first.at("/figure/value").decimalValue()));
        assertEquals(w.c2, women.get("children").get(1).at("/unit/id").asLong());
        assertEquals(2, women.get("children").get(1).get("rank").asInt());
        // lower is better, and a commune without loans has no PAR30: last
        JsonNode par30 = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators/par30/ranking").expect(200).json();
        assertEquals("LOWER", par30.get("direction").asText());
        assertEquals(w.c1, par30.get("children").get(0).at("/unit/id").asLong());
        assertTrue(par30.get("children").get(1).at("/figure/value").isNull());
        // a commune ranks its clubs
        JsonNode clubs = get(w.auditorC1, "/api/v1/admin-units/" + w.c1 + "/indicators/members/ranking").expect(200).json();
        assertEquals(w.k1, clubs.get("children").get(0).at("/unit/id").asLong(), "4 members before 3");
        JsonNode nation = Fixtures.admin().get("/api/v1/nation/indicators/members/ranking").expect(200).json();
        assertEquals("NATION", nation.at("/unit/level").asText());
        get(w.chairK1, "/api/v1/nation/indicators/members/ranking").expectProblem(403);
        get(w.chairK1, "/api/v1/admin-units/" + w.c2 + "/indicators/members/ranking").expectProblem(404);
        get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators/nope/ranking").expectProblem(404);
    }

    @Test
    void aClubHasItsOwnLineAndCommunesTheirAreaType() {
        JsonNode k1 = get(w.chairK1, "/api/v1/clubs/" + w.k1 + "/indicators").expect(200).json();
        assertEquals("CLUB", k1.at("/unit/level").asText());
        assertEquals(w.k1, k1.at("/unit/id").asLong());
        assertEquals("NATIONAL-2025-2030", k1.at("/plan/code").asText());
        assertEquals(0, k1.get("children").size());
        value(k1.get("indicators"), "members", "4", null, "4");
        value(k1.get("indicators"), "par30", "1000000", "3000000", "0.3333");
        value(k1.get("indicators"), "board_trained", "1", "2", "0.5");
        // the chair's view of the commune counts the villages of their club's commune
        value(get(w.chairK1, "/api/v1/admin-units/" + w.p + "/indicators").expect(200).json().get("indicators"),
                "village_coverage", "1", "2", "0.5");
        get(w.treasurerK1, "/api/v1/clubs/" + w.k1 + "/indicators").expect(200);
        get(w.chairK1, "/api/v1/clubs/" + w.k3 + "/indicators").expectProblem(404);
        value(get(w.officerP, "/api/v1/clubs/" + w.k3 + "/indicators").expect(200).json().get("indicators"),
                "members", "3", null, "3");
        get(w.officerP, "/api/v1/clubs/" + w.k2 + "/indicators?asOf=2025-02-01").expectProblem(422, "asOf", "before-founding");
        get(w.officerP, "/api/v1/clubs/" + w.k2 + "/indicators?from=2025-02-01").expectProblem(400, "from", "unknown-parameter");

        JsonNode province = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators").expect(200).json();
        assertEquals("MOUNTAINOUS", child(province, w.c2).at("/unit/areaType").asText());
        assertEquals("PLAINS", child(province, w.c1).at("/unit/areaType").asText());
        // the province's communes by area type: plains C1 (K1, K3; 1 of 2 villages), mountainous C2 (K2; 0 of 1)
        JsonNode areas = province.get("byAreaType");
        assertEquals(2, areas.size());
        assertEquals("PLAINS", areas.get(0).get("areaType").asText());
        value(areas.get(0).get("indicators"), "members", "7", null, "7");
        value(areas.get(0).get("indicators"), "village_coverage", "1", "2", "0.5");
        assertEquals("MOUNTAINOUS", areas.get(1).get("areaType").asText());
        value(areas.get(1).get("indicators"), "share_poor", "2", "2", "1");
        value(areas.get(1).get("indicators"), "village_coverage", "0", "1", "0");
        assertEquals(0, get(w.officerP, "/api/v1/admin-units/" + w.c1 + "/indicators").expect(200).json()
                .get("byAreaType").size(), "a commune has one area type: no breakdown");
        // a trend of a loan indicator reads the loans at each point
        JsonNode par30 = get(w.officerP, "/api/v1/admin-units/" + w.p + "/indicators/par30/trend?months=1").expect(200).json();
        assertEquals(0, new BigDecimal("0.3333").compareTo(par30.get("points").get(0).get("value").decimalValue()));
    }
}
