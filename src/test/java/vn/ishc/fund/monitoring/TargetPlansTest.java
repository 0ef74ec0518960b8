package vn.ishc.fund.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET/POST /target-plans}: the national plans of the migration, a province's own plan defined by its
 * officer and then judging the province by default, who may define and see plans, and every bad input
 * refused with nothing written.
 */
class TargetPlansTest {

    private static MonitoringWorld w;

    @BeforeAll
    static void world() {
        w = new MonitoringWorld();
    }

    private static Map<String, Object> plan(String code, long unit, String start, String end, List<Map<String, Object>> goals) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameVi", "Kế hoạch của tỉnh " + code);
        body.put("nameEn", "Province plan " + code);
        body.put("unitId", unit);
        body.put("startOn", start);
        body.put("endOn", end);
        body.put("goals", goals);
        return body;
    }

    private static Map<String, Object> goal(String indicator, Object goal) {
        return Map.of("indicator", indicator, "goal", goal);
    }

    private static List<String> codes(Response r) {
        List<String> out = new ArrayList<>();
        r.json().get("items").forEach(p -> out.add(p.get("code").asText()));
        return out;
    }

    private static long plans() {
        return TestApp.db().count("SELECT COUNT(*) FROM target_plan");
    }

    @Test
    void theNationalPlansAreLoadedWithTheirGoals() {
        Response r = MonitoringWorld.as(w.chairK1).get("/api/v1/target-plans?size=500").expect(200);
        assertTrue(codes(r).containsAll(List.of("NATIONAL-2025-2030", "NATIONAL-2030-2035")));
        JsonNode first = r.json().get("items").get(0);
        assertEquals("NATIONAL-2025-2030", first.get("code").asText());
        assertEquals("2025-01-01", first.get("startOn").asText());
        assertEquals("2030-12-31", first.get("endOn").asText());
        assertEquals(0, new BigDecimal("6000").compareTo(first.at("/goals/new_clubs").decimalValue()));
        assertEquals(0, new BigDecimal("300000").compareTo(first.at("/goals/elderly_members").decimalValue()));
        assertEquals(0, new BigDecimal("0.5").compareTo(first.at("/goals/women_among_elderly").decimalValue()));
        assertEquals(0, new BigDecimal("360000").compareTo(r.json().get("items").get(1).at("/goals/elderly_members").decimalValue()));
        MonitoringWorld.as(w.chairK1).get("/api/v1/target-plans/" + first.get("id").asLong()).expect(200);
    }

    @Test
    void aProvinceOfficerDefinesThePlanThatThenJudgesTheProvince() {
        String code = "P-" + Fixtures.unique("PLAN").toUpperCase();
        Response created = MonitoringWorld.as(w.officerP).post("/api/v1/target-plans", plan(code, w.p, "2026-01-01",
                "2030-12-31", List.of(goal("new_clubs", 10), goal("share_women", 0.7), goal("par30", 0.05)))).expect(201);
        assertEquals(w.p, created.json().get("unitId").asLong());
        assertEquals(0, new BigDecimal("0.7").compareTo(created.json().at("/goals/share_women").decimalValue()));

        JsonNode r = MonitoringWorld.as(w.officerP).get("/api/v1/admin-units/" + w.p + "/indicators").expect(200).json();
        assertEquals(code, r.at("/plan/code").asText(), "the province's own plan runs today");
        JsonNode newClubs = null;
        JsonNode par30 = null;
        for (JsonNode f : r.get("indicators")) {
            if (f.get("code").asText().equals("new_clubs")) {
                newClubs = f;
            }
            if (f.get("code").asText().equals("par30")) {
                par30 = f;
            }
        }
        // a province's count goal is its own: no club founded since 2026-01-01, ten to go
        assertEquals(0, newClubs.get("value").decimalValue().signum());
        assertEquals(0, new BigDecimal("10").compareTo(newClubs.get("goal").decimalValue()));
        assertEquals(0, new BigDecimal("10").compareTo(newClubs.get("gap").decimalValue()));
        // PAR30 is a third, lower is better: 0.2833 above 5%
        assertFalse(par30.get("onTrack").asBoolean());
        assertEquals(0, new BigDecimal("0.2833").compareTo(par30.get("gap").decimalValue()));

        // the officer of P and the chair of K1 see it; the officer of Q does not, and may not use it
        assertTrue(codes(MonitoringWorld.as(w.officerP).get("/api/v1/target-plans?size=500").expect(200)).contains(code));
        assertTrue(codes(MonitoringWorld.as(w.chairK1).get("/api/v1/target-plans?size=500").expect(200)).contains(code));
        assertTrue(codes(MonitoringWorld.as(w.auditorC1).get("/api/v1/target-plans?size=500").expect(200)).contains(code));
        assertFalse(codes(MonitoringWorld.as(w.officerQ).get("/api/v1/target-plans?size=500").expect(200)).contains(code));
        MonitoringWorld.as(w.officerQ).get("/api/v1/target-plans/" + created.id()).expectProblem(404);
        MonitoringWorld.as(w.officerQ).get("/api/v1/admin-units/" + w.q + "/indicators?plan=" + code)
                .expectProblem(422, "plan", "unknown-reference");
        // ADMIN judging Q by P's plan
        Fixtures.admin().get("/api/v1/admin-units/" + w.q + "/indicators?plan=" + code).expectProblem(422, "plan", "plan-other-unit");
        // the same code twice
        MonitoringWorld.as(w.officerP).post("/api/v1/target-plans", plan(code, w.p, "2026-01-01", "2030-12-31",
                List.of(goal("clubs", 10)))).expectProblem(409, "code", "duplicate");
    }

    @Test
    void onlyTheProvincesOfficerOrAdminDefinesItsPlan() {
        long before = plans();
        // begun before the plan of the test above, which therefore stays the province's latest
        Map<String, Object> body = plan("X-" + Fixtures.unique("P").toUpperCase(), w.p, "2025-06-01", "2030-12-31",
                List.of(goal("clubs", 10)));
        MonitoringWorld.as(w.officerQ).post("/api/v1/target-plans", body).expectProblem(403, "unitId", "outside-scope");
        MonitoringWorld.as(w.auditorC1).post("/api/v1/target-plans", body).expectProblem(403);
        MonitoringWorld.as(w.chairK1).post("/api/v1/target-plans", body).expectProblem(403);
        MonitoringWorld.as(w.treasurerK1).post("/api/v1/target-plans", body).expectProblem(403);
        assertEquals(before, plans(), "nothing written");
        Fixtures.admin().post("/api/v1/target-plans", body).expect(201);
        assertEquals(before + 1, plans());
    }

    @Test
    void badPlansAreRefusedAndNothingIsWritten() {
        long before = plans();
        String code = "B-" + Fixtures.unique("P").toUpperCase();
        var officer = MonitoringWorld.as(w.officerP);
        officer.post("/api/v1/target-plans", plan(code, w.p, "2030-12-31", "2026-01-01", List.of(goal("clubs", 10))))
                .expectProblem(400, "endOn", "end-after-start");
        officer.post("/api/v1/target-plans", plan(code, w.p, "2026-01-01", "2026-01-01", List.of(goal("clubs", 10))))
                .expectProblem(400, "endOn", "end-after-start");
        officer.post("/api/v1/target-plans", plan(code, w.p, "2026-01-01", "2030-12-31", List.of(goal("share_women", 1.5))))
                .expectProblem(400, "goals[0].goal", "share-range");
        officer.post("/api/v1/target-plans", plan(code, w.p, "2026-01-01", "2030-12-31", List.of(goal("clubs", 1),
                goal("share_poor", -0.1)))).expectProblem(400, "goals[1].goal", "not-negative");
        officer.post("/api/v1/target-plans", plan(code, w.p, "2026-01-01", "2030-12-31", List.of(goal("clubs", 10.5))))
                .expectProblem(400, "goals[0].goal", "integer");
        officer.post("/api/v1/target-plans", plan(code, w.p, "2026-01-01", "2030-12-31", List.of(goal("no_such", 1))))
                .expectProblem(400, "goals[0].indicator", "unknown-indicator");
        officer.post("/api/v1/target-plans", plan(code, w.p, "2026-01-01", "2030-12-31", List.of(goal("clubs", 1),
                goal("clubs", 2)))).expectProblem(400, "goals[1].indicator", "duplicate");
        officer.post("/api/v1/target-plans", plan(code, w.c1, "2026-01-01", "2030-12-31", List.of(goal("clubs", 1))))
                .expectProblem(422, "unitId", "province-level");
        officer.post("/api/v1/target-plans", plan(code, 999999999L, "2026-01-01", "2030-12-31", List.of(goal("clubs", 1))))
                .expectProblem(422, "unitId", "unknown-reference");
        officer.post("/api/v1/target-plans", plan(code, w.p, "2026-01-01", "2030-12-31", List.of()))
                .expectProblem(400);
        officer.post("/api/v1/target-plans", plan("lower case", w.p, "2026-01-01", "2030-12-31", List.of(goal("clubs", 1))))
                .expectProblem(400);
        officer.post("/api/v1/target-plans", plan(code, w.p, "2026-02-30", "2030-12-31", List.of(goal("clubs", 1))))
                .expectProblem(400);
        officer.get("/api/v1/target-plans?unit=1").expectProblem(400, "unit", "unknown-parameter");
        assertEquals(before, plans(), "nothing written");
    }
}
