package vn.ishc.fund.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.Scene;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every list answers {items, page, size, totalItems, totalPages} and checks page, size and sort alike. */
class PagingTest {

    private static Scene s;
    private static long club;
    private static List<String> lists;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        club = Fixtures.club(s.communeB);
        for (String name : List.of("Đinh Thị Em", "Bế Văn Bốn", "Chu Thị Ba", "Lê Văn Một", "Hà Thị Hai")) {
            s.admin().post("/api/v1/clubs/" + club + "/members", Body.of("fullName", name, "sex", "FEMALE", "birthYear", 1950,
                    "povertyStatus", "POOR", "joinedOn", "2021-01-01")).expect(201);
        }
        lists = List.of("/api/v1/admin-units?parentId=" + s.provinceB, "/api/v1/clubs?unitId=" + s.provinceB,
                "/api/v1/members?clubId=" + club, "/api/v1/clubs/" + club + "/members", "/api/v1/clubs/" + club + "/board",
                "/api/v1/clubs/" + club + "/trainings", "/api/v1/users?role=CHAIR");
    }

    /** The list with one more query parameter. */
    private static String q(String list, String param) {
        return list + (list.contains("?") ? "&" : "?") + param;
    }

    @Test
    void everyListRefusesBadPageSizeAndSort() {
        for (String list : lists) {
            s.admin().get(q(list, "size=0")).expectProblem(400, "size", "page-size");
            s.admin().get(q(list, "size=501")).expectProblem(400, "size", "page-size");
            s.admin().get(q(list, "size=-5")).expectProblem(400, "size", "page-size");
            s.admin().get(q(list, "page=-1")).expectProblem(400, "page", "min");
            s.admin().get(q(list, "page=x")).expectProblem(400, "page", "invalid-type");
            s.admin().get(q(list, "size=ten")).expectProblem(400, "size", "invalid-type");
            s.admin().get(q(list, "sort=noSuchField")).expectProblem(400, "sort", "sort");
            s.admin().get(q(list, "sort=,desc")).expectProblem(400, "sort", "sort");
            JsonNode en = s.admin().english().get(q(list, "size=501")).expect(400).json();
            assertEquals("size: must be between 1 and 500", en.get("errors").get(0).get("message").asText(), list);
        }
    }

    @Test
    void everyListAnswersAPage() {
        for (String list : lists) {
            JsonNode page = s.admin().get(list).expect(200).json();
            assertEquals(0, page.get("page").asInt(), list);
            assertEquals(50, page.get("size").asInt(), list);
            // other test classes share the database: some lists (users) may hold more than a page
            int total = page.get("totalItems").asInt();
            assertEquals(Math.min(total, 50), page.get("items").size(), list);
            assertEquals((total + 49) / 50, page.get("totalPages").asInt(), list);
            assertEquals(500, s.admin().get(q(list, "size=500")).expect(200).json().get("size").asInt(), list);
        }
    }

    @Test
    void pagesCoverTheListOnceInOrder() {
        String base = "/api/v1/clubs/" + club + "/members?sort=fullName";
        List<String> all = s.admin().get(base).items().stream().map(n -> n.get("fullName").asText()).toList();
        assertEquals(List.of("Bế Văn Bốn", "Chu Thị Ba", "Đinh Thị Em", "Hà Thị Hai", "Lê Văn Một"), all);
        List<String> paged = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            Response r = s.admin().get(base + "&size=2&page=" + p).expect(200);
            assertEquals(5, r.totalItems());
            assertEquals(3, r.json().get("totalPages").asInt());
            r.items().forEach(n -> paged.add(n.get("fullName").asText()));
        }
        assertEquals(all, paged);
        Response beyond = s.admin().get(base + "&size=2&page=3").expect(200);
        assertEquals(List.of(), beyond.ids());
        assertEquals(5, beyond.totalItems());
    }

    @Test
    void trueFalseFiltersTakeTrueOrFalseOnly() {
        String members = "/api/v1/clubs/" + club + "/members";
        assertEquals(5, s.admin().get(members + "?elderly=TRUE").expect(200).totalItems());
        assertEquals(0, s.admin().get(members + "?elderly=false").expect(200).totalItems());
        s.admin().get(members + "?elderly=").expectProblem(400, "elderly", "empty");
        s.admin().get(members + "?elderly=1").expectProblem(400, "elderly", "boolean");
        s.admin().get("/api/v1/members?elderly=yes").expectProblem(400, "elderly", "boolean");
        s.admin().get("/api/v1/clubs/" + club + "/board?history=maybe").expectProblem(400, "history", "boolean");
        s.admin().get("/api/v1/users?active=0").expectProblem(400, "active", "boolean");
        JsonNode en = s.admin().english().get(members + "?elderly=1").expect(400).json();
        assertEquals("elderly: must be true or false", en.get("errors").get(0).get("message").asText());
    }

    @Test
    void aHugePageNumberIsAnEmptyPageNotAnError() {
        for (String list : lists) {
            Response r = s.admin().get(q(list, "page=2147483647&size=500")).expect(200);
            assertEquals(List.of(), r.items(), list);
            assertEquals(2147483647, r.json().get("page").asInt(), list);
        }
        s.admin().get("/api/v1/clubs?page=2147483648").expectProblem(400, "page", "invalid-type");
    }
}
