package vn.ishc.fund.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small world of two provinces for scope tests, built afresh by each test class that needs it:
 * <pre>
 * province A ─ commune A  (PLAINS)      ─ village A  ─ club A  (village A; members A1, A2)
 *            └ commune A2 (MOUNTAINOUS) ─ village A2 ─ club A2 (member A2x)
 * province B ─ commune B  (PLAINS)      ─ village B  ─ club B  (member B1)
 * </pre>
 * and one user per role and scope: officers of A and B, an auditor of commune A, an auditor of the
 * club list [A2, B], the chair and treasurer of club A, the chair and treasurer of club B.
 */
public final class Scene {

    public final long provinceA;
    public final long communeA;
    public final long villageA;
    public final long communeA2;
    public final long villageA2;
    public final long provinceB;
    public final long communeB;
    public final long villageB;
    public final long clubA;
    public final long clubA2;
    public final long clubB;
    public final long memberA1;
    public final long memberA2;
    public final long memberA2x;
    public final long memberB1;

    public final Fixtures.User officerA;
    public final Fixtures.User officerB;
    public final Fixtures.User auditorUnit;
    public final Fixtures.User auditorClubs;
    public final Fixtures.User chairA;
    public final Fixtures.User treasurerA;
    public final Fixtures.User chairB;
    public final Fixtures.User treasurerB;

    private Scene() {
        provinceA = Fixtures.province();
        communeA = Fixtures.commune(provinceA, "PLAINS");
        villageA = Fixtures.village(communeA);
        communeA2 = Fixtures.commune(provinceA, "MOUNTAINOUS");
        villageA2 = Fixtures.village(communeA2);
        provinceB = Fixtures.province();
        communeB = Fixtures.commune(provinceB, "PLAINS");
        villageB = Fixtures.village(communeB);
        clubA = club(communeA, villageA);
        clubA2 = Fixtures.club(communeA2);
        clubB = Fixtures.club(communeB);
        memberA1 = Fixtures.member(clubA);
        memberA2 = Fixtures.member(clubA);
        memberA2x = Fixtures.member(clubA2);
        memberB1 = Fixtures.member(clubB);

        officerA = Fixtures.createUser("PROVINCE_OFFICER", provinceA, null);
        officerB = Fixtures.createUser("PROVINCE_OFFICER", provinceB, null);
        auditorUnit = Fixtures.createUser("AUDITOR", communeA, null);
        auditorClubs = Fixtures.createUser("AUDITOR", null, List.of(clubA2, clubB));
        chairA = Fixtures.createUser("CHAIR", null, List.of(clubA));
        treasurerA = Fixtures.createUser("TREASURER", null, List.of(clubA));
        chairB = Fixtures.createUser("CHAIR", null, List.of(clubB));
        treasurerB = Fixtures.createUser("TREASURER", null, List.of(clubB));
    }

    public static Scene create() {
        return new Scene();
    }

    private static long club(long communeId, long villageId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", Fixtures.unique("CLB"));
        body.put("name", "CLB Liên thế hệ " + Fixtures.unique("N"));
        body.put("communeId", communeId);
        body.put("villageId", villageId);
        body.put("foundedOn", "2020-01-15");
        body.put("meetingDay", 10);
        return Fixtures.admin().post("/api/v1/clubs", body).expect(201).id();
    }

    public Api admin() {
        return Fixtures.admin();
    }

    public Api as(Fixtures.User user) {
        return TestApp.api().as(user.token());
    }

    public static Api anonymous() {
        return TestApp.api();
    }
}
