package vn.ishc.fund.registry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.demo.DemoData;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.TestApp;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo province (modelled on Lạng Sơn, May 2025): its size, its make-up against the national
 * quotas, boards and trainings, loading once, and what each demo user sees. Other test classes share
 * the database, so counts are restricted to the demo provinces — except for demo.admin, who sees all.
 */
class DemoDataTest {

    private static final String PASSWORD = "demo-password-1";
    /** Clubs of the demo province: its communes are DEMO-LS-1 … DEMO-LS-10. */
    private static final String LS_CLUBS = "SELECT c.id FROM club c JOIN admin_unit cm ON cm.id = c.commune_id "
            + "JOIN admin_unit p ON p.id = cm.parent_id WHERE p.code = 'DEMO-LS'";

    private static Db db;
    private static DemoData.Result first;

    @BeforeAll
    static void load() {
        db = TestApp.db();
        first = TestApp.bean(DemoData.class).load(PASSWORD);
    }

    private static long count(String sql, Object... params) {
        return db.count(sql, params);
    }

    private static double share(String condition) {
        long all = count("SELECT COUNT(*) FROM member WHERE club_id IN (" + LS_CLUBS + ")");
        long some = count("SELECT COUNT(*) FROM member WHERE club_id IN (" + LS_CLUBS + ") AND (" + condition + ")");
        return 100.0 * some / all;
    }

    private static Api as(String username) {
        return TestApp.api().as(Fixtures.login(username, PASSWORD));
    }

    @Test
    void theFirstLoadCreatesTheDemoProvinces() {
        assertTrue(first.loaded());
        assertEquals(49, first.clubs(), "46 in Lạng Sơn and 3 in the neighbouring province");
        assertEquals(first.members(), count("SELECT COUNT(*) FROM member WHERE club_id IN (SELECT c.id FROM club c "
                + "JOIN admin_unit cm ON cm.id = c.commune_id JOIN admin_unit p ON p.id = cm.parent_id "
                + "WHERE p.code IN ('DEMO-LS', 'DEMO-CB'))"));
        assertEquals(46, count("SELECT COUNT(*) FROM (" + LS_CLUBS + ") x"));
        assertEquals(10, count("SELECT COUNT(*) FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id "
                + "WHERE p.code = 'DEMO-LS' AND c.level = 'COMMUNE'"));
        long members = count("SELECT COUNT(*) FROM member WHERE club_id IN (" + LS_CLUBS + ")");
        assertTrue(members >= 2300 && members <= 2700, "about 2,500 members: " + members);
        assertEquals(0, count("SELECT COUNT(*) FROM club WHERE id IN (" + LS_CLUBS + ") "
                + "AND (SELECT COUNT(*) FROM member m WHERE m.club_id = club.id) NOT BETWEEN 45 AND 65"), "45–65 members a club");
        assertEquals(5, count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'demo.%'"));
    }

    @Test
    void membersFollowTheNationalQuotas() {
        int elderlyBornBy = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 60;
        double elderly = share("birth_year <= " + elderlyBornBy);
        double women = share("sex = 'FEMALE'");
        double poor = share("poverty_status IN ('POOR', 'NEAR_POOR', 'DISADVANTAGED')");
        assertTrue(elderly >= 64 && elderly <= 76, "about 70% elderly (60+): " + elderly);
        assertTrue(women >= 60 && women <= 70, "60–70% women: " + women);
        assertTrue(poor >= 60 && poor <= 70, "60–70% poor, near-poor or disadvantaged: " + poor);
        assertEquals(0, count("SELECT COUNT(*) FROM member m JOIN club c ON c.id = m.club_id "
                + "WHERE c.id IN (" + LS_CLUBS + ") AND m.joined_on < c.founded_on"), "nobody joined before the founding");
        assertEquals(0, count("SELECT COUNT(*) FROM member WHERE club_id IN (" + LS_CLUBS + ") "
                + "AND (full_name = '' OR village_id IS NULL OR ethnicity IS NULL)"));
    }

    @Test
    void everyClubHasABoardOfFiveWithTrainings() {
        List<Map<String, Object>> boards = db.rows("SELECT b.club_id, GROUP_CONCAT(b.role ORDER BY b.role) AS roles, COUNT(*) AS seats "
                + "FROM board_member b WHERE b.club_id IN (" + LS_CLUBS + ") AND b.term_end IS NULL GROUP BY b.club_id");
        assertEquals(46, boards.size(), "every club has a board");
        for (Map<String, Object> b : boards) {
            assertEquals(5, ((Number) b.get("seats")).intValue(), b.toString());
            assertEquals("CHAIR,OTHER,OTHER,TREASURER,VICE_CHAIR", b.get("roles"), b.toString());
        }
        assertEquals(0, count("SELECT COUNT(*) FROM board_member b WHERE b.club_id IN (" + LS_CLUBS + ") AND NOT EXISTS "
                + "(SELECT 1 FROM training t WHERE t.member_id = b.member_id AND t.kind = 'INITIAL')"), "every board member trained");
        assertTrue(count("SELECT COUNT(*) FROM training WHERE club_id IN (" + LS_CLUBS + ") AND kind = 'REFRESHER'") > 0);
        assertEquals(0, count("SELECT COUNT(*) FROM training t JOIN member m ON m.id = t.member_id WHERE t.club_id IN ("
                + LS_CLUBS + ") AND (t.trained_on < m.joined_on OR t.club_id <> m.club_id)"));
    }

    @Test
    void loadingAgainAddsNothing() {
        long clubs = count("SELECT COUNT(*) FROM (" + LS_CLUBS + ") x");
        long members = count("SELECT COUNT(*) FROM member WHERE club_id IN (" + LS_CLUBS + ")");
        long units = count("SELECT COUNT(*) FROM admin_unit WHERE code LIKE 'DEMO-%'");
        long users = count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'demo.%'");
        DemoData.Result again = TestApp.bean(DemoData.class).load(PASSWORD);
        assertFalse(again.loaded());
        assertEquals(0, again.clubs());
        assertEquals(clubs, count("SELECT COUNT(*) FROM (" + LS_CLUBS + ") x"));
        assertEquals(members, count("SELECT COUNT(*) FROM member WHERE club_id IN (" + LS_CLUBS + ")"));
        assertEquals(units, count("SELECT COUNT(*) FROM admin_unit WHERE code LIKE 'DEMO-%'"));
        assertEquals(users, count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'demo.%'"));
    }

    @Test
    void demoAdminSeesEverything() {
        Api admin = as("demo.admin");
        assertEquals(count("SELECT COUNT(*) FROM club"), admin.get("/api/v1/clubs").expect(200).totalItems());
        assertEquals(count("SELECT COUNT(*) FROM member WHERE left_on IS NULL"), admin.get("/api/v1/members").expect(200).totalItems());
        admin.get("/api/v1/users?q=demo.").expect(200);
    }

    @Test
    void demoProvinceOfficerSeesTheDemoProvince() {
        Api officer = as("demo.province");
        List<Long> expected = db.rows(LS_CLUBS + " ORDER BY c.id").stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        assertEquals(expected, officer.get("/api/v1/clubs?size=500").expect(200).ids());
        assertEquals(46, expected.size());
        assertEquals(count("SELECT COUNT(*) FROM member WHERE left_on IS NULL AND club_id IN (" + LS_CLUBS + ")"),
                officer.get("/api/v1/members").expect(200).totalItems());
        long neighbour = count("SELECT id FROM club WHERE code = 'DEMO-CB-1-CLB1'");
        officer.get("/api/v1/clubs/" + neighbour).expectProblemType(404, "not-found");
    }

    @Test
    void demoAuditorSeesCaoLocAndWritesNothing() {
        Api auditor = as("demo.auditor");
        String caoLoc = "SELECT c.id FROM club c JOIN admin_unit cm ON cm.id = c.commune_id WHERE cm.name = 'Xã Cao Lộc' "
                + "AND cm.code LIKE 'DEMO-LS-%' ORDER BY c.id";
        List<Long> expected = db.rows(caoLoc).stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        assertEquals(5, expected.size());
        assertEquals(expected, auditor.get("/api/v1/clubs?size=500").expect(200).ids());
        assertEquals(count("SELECT COUNT(*) FROM member WHERE left_on IS NULL AND club_id IN (" + caoLoc.replace(" ORDER BY c.id", "") + ")"),
                auditor.get("/api/v1/members").expect(200).totalItems());
        Db.Snapshot club = db.snapshot("SELECT * FROM club WHERE id = ?", expected.get(0));
        auditor.patch("/api/v1/clubs/" + expected.get(0), Body.of("meetingDay", 1)).expectProblemType(403, "forbidden");
        club.assertUnchanged();
    }

    @Test
    void demoChairAndTreasurerSeeTheirClub() {
        long club = count("SELECT id FROM club WHERE code = 'DEMO-LS-1-CLB1'");
        long members = count("SELECT COUNT(*) FROM member WHERE left_on IS NULL AND club_id = ?", club);
        for (String user : List.of("demo.chair", "demo.treasurer")) {
            Api api = as(user);
            assertEquals(List.of(club), api.get("/api/v1/clubs").expect(200).ids(), user);
            assertEquals(members, api.get("/api/v1/members").expect(200).totalItems(), user);
            assertEquals(new HashSet<>(List.of(club)),
                    new HashSet<>(api.get("/api/v1/members?size=500").items().stream().map(m -> m.get("clubId").asLong()).toList()));
            assertEquals(5, api.get("/api/v1/clubs/" + club + "/board").expect(200).totalItems(), user);
            long other = count("SELECT id FROM club WHERE code = 'DEMO-LS-1-CLB2'");
            api.get("/api/v1/clubs/" + other).expectProblemType(404, "not-found");
        }
    }

    @Test
    void everyDemoClubKeepsBalancedBooksAndLends() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        if (today.getDayOfYear() == 1) {
            return; // on 1 January the demo has no year of books yet
        }
        List<Long> clubs = new java.util.ArrayList<>();
        long n = count("SELECT COUNT(*) FROM (" + LS_CLUBS + ") x");
        for (long i = 0; i < n; i++) {
            clubs.add(count(LS_CLUBS + " ORDER BY c.id LIMIT 1 OFFSET " + i));
        }
        for (long club : clubs.subList(0, 5)) {
            for (String fund : List.of("IGF", "AF")) {
                vn.ishc.fund.ledger.LedgerInvariants.check(count("SELECT id FROM ledger WHERE club_id = ? AND fund = ?", club, fund));
            }
        }
        assertTrue(count("SELECT COUNT(*) FROM journal_entry e JOIN ledger l ON l.id = e.ledger_id WHERE l.club_id IN ("
                + LS_CLUBS + ")") > 46 * 3);
        assertTrue(count("SELECT COUNT(*) FROM loan WHERE club_id IN (" + LS_CLUBS + ") AND status IN ('ACTIVE', 'CLOSED')") > 46);
        // the demo treasurer sees the club's funds and the members waiting for a loan
        Api treasurer = as("demo.treasurer");
        long club = clubs.get(0);
        var summary = treasurer.get("/api/v1/clubs/" + club + "/fund-summary").expect(200).json();
        assertTrue(summary.get("fundSize").asLong() > 40_000_000L, summary.toString());
        var queue = treasurer.get("/api/v1/clubs/" + club + "/loan-queue").expect(200).json();
        assertEquals(2, queue.get("places").size());
        treasurer.get("/api/v1/clubs/" + club + "/arrears").expect(200);
    }

    @Test
    void theDemoProvincesLoansAreMostlyOnTimeWithAFewTroubledClubs() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        if (today.getMonthValue() < 6) {
            return; // the demo's loans start from February: before June too few instalments are due to be late
        }
        var rollUp = as("demo.province").get("/api/v1/arrears").expect(200).json();
        double par30 = rollUp.get("par30").asDouble();
        assertTrue(par30 > 0.005 && par30 < 0.10, "the province's PAR30 is a few per cent: " + rollUp.get("par30"));
        java.util.Map<String, Integer> byBucket = new java.util.HashMap<>();
        rollUp.get("buckets").forEach(b -> byBucket.put(b.get("bucket").asText(), b.get("loans").asInt()));
        for (String bucket : List.of("CURRENT", "DAYS_1_30", "DAYS_31_60", "DAYS_61_90")) {
            assertTrue(byBucket.getOrDefault(bucket, 0) > 0, "loans in " + bucket + ": " + rollUp.get("buckets"));
        }
        long troubled = 0;
        long onTime = 0;
        for (var club : rollUp.get("perClub")) {
            troubled += club.get("par30").asDouble() > 0.2 ? 1 : 0;
            onTime += club.get("par30").asDouble() == 0 ? 1 : 0;
        }
        System.out.printf("Demo province: PAR30 %s, loans by bucket %s, %d clubs with PAR30 over 20%%, %d without arrears over 30 days%n",
                rollUp.get("par30"), byBucket, troubled, onTime);
        assertTrue(troubled >= 1 && troubled <= 10, troubled + " clubs with PAR30 over 20%");
        assertTrue(onTime > rollUp.get("perClub").size() / 2, onTime + " clubs without arrears over 30 days");
    }

    @Test
    void theDemoBreaksNoHistoryRule() {
        Api officer = as("demo.province");
        assertEquals(0, officer.get("/api/v1/checks/ledger-history").expect(200).totalItems(),
                () -> officer.get("/api/v1/checks/ledger-history").text());
        assertEquals(0, officer.get("/api/v1/checks/loan-history").expect(200).totalItems(),
                () -> officer.get("/api/v1/checks/loan-history").text());
    }
}
