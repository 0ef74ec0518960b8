package vn.ishc.fund.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds registry data through the public API, as an ADMIN, with codes unique within the test run.
 * Each test class makes its own province so scope checks never see another test's data.
 */
public final class Fixtures {

    public static final String PASSWORD = "fixture-password-1";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static String adminToken;

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet();
    }

    public static synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = login("admin", "test-admin-password");
        }
        return adminToken;
    }

    public static Api admin() {
        return TestApp.api().as(adminToken());
    }

    public static String login(String username, String password) {
        Response r = TestApp.api().post("/api/v1/login", Map.of("username", username, "password", password)).expect(200);
        return r.json().get("access_token").asText();
    }

    public static long province() {
        return admin().post("/api/v1/admin-units", Map.of("code", unique("P"), "name", "Tỉnh " + unique("T"),
                "kind", "PROVINCE", "validFrom", "2025-07-01")).expect(201).id();
    }

    public static long commune(long provinceId) {
        return commune(provinceId, "PLAINS");
    }

    public static long commune(long provinceId, String areaType) {
        return admin().post("/api/v1/admin-units", Map.of("code", unique("C"), "name", "Xã " + unique("X"),
                "kind", "COMMUNE", "parentId", provinceId, "areaType", areaType, "validFrom", "2025-07-01"))
                .expect(201).id();
    }

    public static long village(long communeId) {
        return admin().post("/api/v1/admin-units", Map.of("code", unique("V"), "name", "Thôn " + unique("Th"),
                "kind", "VILLAGE", "parentId", communeId, "validFrom", "2025-07-01")).expect(201).id();
    }

    public static long club(long communeId) {
        return club(communeId, LocalDate.of(2020, 1, 15));
    }

    public static long club(long communeId, LocalDate foundedOn) {
        return admin().post("/api/v1/clubs", Map.of("code", unique("CLB"), "name", "CLB Liên thế hệ " + unique("N"),
                "communeId", communeId, "foundedOn", foundedOn.toString(), "meetingDay", 15)).expect(201).id();
    }

    public static long member(long clubId) {
        return member(clubId, "Nguyễn Thị " + unique("Lan"), "FEMALE", 1955, "POOR");
    }

    public static long member(long clubId, String name, String sex, int birthYear, String poverty) {
        return member(clubId, name, sex, birthYear, poverty, LocalDate.of(2021, 3, 1));
    }

    public static long member(long clubId, String name, String sex, int birthYear, String poverty, LocalDate joinedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", name);
        body.put("sex", sex);
        body.put("birthYear", birthYear);
        body.put("povertyStatus", poverty);
        body.put("joinedOn", joinedOn.toString());
        return admin().post("/api/v1/clubs/" + clubId + "/members", body).expect(201).id();
    }

    /** A user created by {@link #createUser}: its id, username and a logged-in token. */
    public record User(long id, String username, String token) {
    }

    /** Creates a user with this role and scope and returns a logged-in token. */
    public static String user(String role, Long unitId, List<Long> clubIds) {
        return createUser(role, unitId, clubIds).token();
    }

    /** Creates a user with this role and scope, logs in, and returns id, username and token. */
    public static User createUser(String role, Long unitId, List<Long> clubIds) {
        String username = unique("user").toLowerCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", role);
        if (unitId != null) {
            body.put("scopeUnitId", unitId);
        }
        if (clubIds != null) {
            body.put("clubIds", clubIds);
        }
        long id = admin().post("/api/v1/users", body).expect(201).id();
        return new User(id, username, login(username, PASSWORD));
    }

    public static String treasurer(long clubId) {
        return user("TREASURER", null, List.of(clubId));
    }

    public static String chair(long clubId) {
        return user("CHAIR", null, List.of(clubId));
    }

    /** A JSON array of numbers as a list of longs. */
    public static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }
}
