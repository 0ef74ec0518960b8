package vn.ishc.fund.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Body;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Response;
import vn.ishc.fund.support.Scene;
import vn.ishc.fund.support.TestApp;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET/POST /admin-units, GET/PATCH /admin-units/{id}: the administrative geography. */
class AdminUnitTest {

    private static Scene s;
    private static Db db;

    @BeforeAll
    static void setUp() {
        s = Scene.create();
        db = TestApp.db();
    }

    private static Map<String, Object> commune(long parentId) {
        return Body.of("code", Fixtures.unique("UC"), "name", "Xã Tân Lập", "kind", "COMMUNE", "parentId", parentId,
                "areaType", "MOUNTAINOUS", "validFrom", "2025-07-01");
    }

    private static Db.Snapshot unitsUnder(long parentId) {
        return db.snapshot("SELECT * FROM admin_unit WHERE parent_id = ? ORDER BY id", parentId);
    }

    private static Db.Snapshot unitsCoded(Object code) {
        return db.snapshot("SELECT * FROM admin_unit WHERE code = ?", code);
    }

    @Test
    void createsProvinceCommuneAndVillageWithTheirClosure() {
        String pCode = Fixtures.unique("UP");
        JsonNode p = s.admin().post("/api/v1/admin-units", Body.of("code", pCode, "name", "Thành phố Hải Phòng",
                "kind", "CITY", "validFrom", "2025-07-01")).expect(201).json();
        long pid = p.get("id").asLong();
        assertEquals("PROVINCE", p.get("level").asText());
        assertEquals("CITY", p.get("kind").asText());
        assertTrue(p.get("parentId").isNull());

        JsonNode c = s.admin().post("/api/v1/admin-units", Body.of("code", Fixtures.unique("UC"), "name", "Đặc khu Cát Hải",
                "kind", "SPECIAL_ZONE", "parentId", pid, "areaType", "ISLAND", "validFrom", "2025-07-01")).expect(201).json();
        long cid = c.get("id").asLong();
        assertEquals("COMMUNE", c.get("level").asText());
        assertEquals("ISLAND", c.get("areaType").asText());
        assertEquals(pid, c.get("parentId").asLong());
        assertEquals("Thành phố Hải Phòng", c.get("parentName").asText());

        JsonNode v = s.admin().post("/api/v1/admin-units", Body.of("code", Fixtures.unique("UV"), "name", "Tổ dân phố 3",
                "kind", "RESIDENTIAL_GROUP", "parentId", cid, "validFrom", "2025-07-01")).expect(201).json();
        long vid = v.get("id").asLong();
        assertEquals("VILLAGE", v.get("level").asText());

        Map<String, Object> row = db.row("admin_unit", cid);
        assertEquals("COMMUNE", row.get("level"));
        assertEquals("SPECIAL_ZONE", row.get("kind"));
        assertEquals(pid, ((Number) row.get("parent_id")).longValue());
        assertEquals("ISLAND", row.get("area_type"));
        assertEquals("2025-07-01", row.get("valid_from").toString());
        assertNull(row.get("valid_to"));
        assertEquals(pCode, db.string("SELECT code FROM admin_unit WHERE id = ?", pid));
        // closure: each unit with itself and every ancestor
        assertEquals(1, db.count("SELECT COUNT(*) FROM admin_unit_closure WHERE descendant_id = ?", pid));
        assertEquals(2, db.count("SELECT COUNT(*) FROM admin_unit_closure WHERE descendant_id = ?", cid));
        assertEquals(3, db.count("SELECT COUNT(*) FROM admin_unit_closure WHERE descendant_id = ?", vid));
        assertEquals(1, db.count("SELECT COUNT(*) FROM admin_unit_closure WHERE ancestor_id = ? AND descendant_id = ?", pid, vid));
    }

    @Test
    void namesAreStoredTrimmedAndInOneUnicodeForm() {
        String decomposed = Normalizer.normalize("  Xã   Hữu  Lũng ", Normalizer.Form.NFD);
        long id = s.admin().post("/api/v1/admin-units", Body.with(commune(s.provinceA), "name", decomposed)).expect(201).id();
        assertEquals("Xã Hữu Lũng", db.string("SELECT name FROM admin_unit WHERE id = ?", id));
    }

    @Test
    void requiredFieldsAndFormats() {
        Db.Snapshot under = unitsUnder(s.provinceA);
        Api admin = s.admin();
        Map<String, Object> ok = commune(s.provinceA);
        admin.post("/api/v1/admin-units", Body.without(ok, "code")).expectProblem(400, "code", "required");
        admin.post("/api/v1/admin-units", Body.with(ok, "code", "")).expectProblem(400, "code", "required");
        admin.post("/api/v1/admin-units", Body.with(ok, "code", "X".repeat(21))).expectProblem(400, "code", "size");
        admin.post("/api/v1/admin-units", Body.with(ok, "code", "XA 01")).expectProblem(400, "code", "pattern");
        admin.post("/api/v1/admin-units", Body.without(ok, "name")).expectProblem(400, "name", "required");
        admin.post("/api/v1/admin-units", Body.with(ok, "name", "   ")).expectProblem(400, "name", "required");
        admin.post("/api/v1/admin-units", Body.with(ok, "name", "N".repeat(151))).expectProblem(400, "name", "size");
        admin.post("/api/v1/admin-units", Body.without(ok, "kind")).expectProblem(400, "kind", "required");
        admin.post("/api/v1/admin-units", Body.with(ok, "kind", "DISTRICT")).expectProblem(400, "kind", "enum");
        admin.post("/api/v1/admin-units", Body.without(ok, "validFrom")).expectProblem(400, "validFrom", "required");
        admin.post("/api/v1/admin-units", Body.with(ok, "validFrom", "1-7-2025")).expectProblem(400, "validFrom", "date");
        admin.post("/api/v1/admin-units", Body.with(ok, "validFrom", "0001-01-01")).expectProblem(400, "validFrom", "date-range");
        admin.post("/api/v1/admin-units", Body.with(ok, "parentId", "one")).expectProblem(400, "parentId", "integer");
        admin.post("/api/v1/admin-units", Body.with(ok, "areaType", "DESERT")).expectProblem(400, "areaType", "enum");
        admin.post("/api/v1/admin-units", Body.with(ok, "district", "Cao Lộc")).expectProblem(400, "district", "unknown-field");
        under.assertUnchanged();
    }

    @Test
    void parentAndAreaTypeRules() {
        Db.Snapshot underProvince = unitsUnder(s.provinceA);
        Db.Snapshot underCommune = unitsUnder(s.communeA);
        Db.Snapshot underVillage = unitsUnder(s.villageA);
        Api admin = s.admin();
        String code = Fixtures.unique("UR");
        Db.Snapshot coded = unitsCoded(code);
        admin.post("/api/v1/admin-units", Body.of("code", code, "name", "Tỉnh X", "kind", "PROVINCE",
                "parentId", s.provinceA, "validFrom", "2025-07-01")).expectProblem(400, "parentId", "parent-forbidden");
        admin.post("/api/v1/admin-units", Body.with(commune(s.provinceA), "code", code, "parentId", null))
                .expectProblem(400, "parentId", "required");
        admin.post("/api/v1/admin-units", Body.with(commune(s.provinceA), "code", code, "parentId", s.villageA))
                .expectProblem(422, "parentId", "parent-level");
        admin.post("/api/v1/admin-units", Body.with(commune(s.provinceA), "code", code, "parentId", s.communeA))
                .expectProblem(422, "parentId", "parent-level");
        admin.post("/api/v1/admin-units", Body.of("code", code, "name", "Thôn X", "kind", "VILLAGE",
                "parentId", s.provinceA, "validFrom", "2025-07-01")).expectProblem(422, "parentId", "parent-level");
        admin.post("/api/v1/admin-units", Body.with(commune(s.provinceA), "code", code, "parentId", 987654321L))
                .expectProblem(422, "parentId", "unknown-reference");
        admin.post("/api/v1/admin-units", Body.without(commune(s.provinceA), "areaType"))
                .expectProblem(400, "areaType", "area-type-commune");
        admin.post("/api/v1/admin-units", Body.of("code", code, "name", "Tỉnh X", "kind", "PROVINCE",
                "areaType", "PLAINS", "validFrom", "2025-07-01")).expectProblem(400, "areaType", "area-type-only-commune");
        admin.post("/api/v1/admin-units", Body.of("code", code, "name", "Thôn X", "kind", "HAMLET",
                "parentId", s.communeA, "areaType", "BORDER", "validFrom", "2025-07-01"))
                .expectProblem(400, "areaType", "area-type-only-commune");
        underProvince.assertUnchanged();
        underCommune.assertUnchanged();
        underVillage.assertUnchanged();
        coded.assertUnchanged();
    }

    @Test
    void parentLevelMessageNamesTheLevelInBothLanguages() {
        JsonNode en = s.admin().english().post("/api/v1/admin-units", Body.with(commune(s.provinceA), "parentId", s.villageA))
                .expectProblem(422, "parentId", "parent-level").json();
        assertEquals("parentId: must be a unit of level PROVINCE", en.get("errors").get(0).get("message").asText());
        JsonNode vi = s.admin().post("/api/v1/admin-units", Body.with(commune(s.provinceA), "parentId", s.villageA))
                .expect(422).json();
        assertEquals("parentId: phải là đơn vị cấp PROVINCE", vi.get("errors").get(0).get("message").asText());
    }

    @Test
    void duplicateCodesAreRefusedWhateverTheirCase() {
        String code = Fixtures.unique("dup-");
        s.admin().post("/api/v1/admin-units", Body.with(commune(s.provinceA), "code", code)).expect(201);
        Db.Snapshot under = unitsUnder(s.provinceA);
        s.admin().post("/api/v1/admin-units", Body.with(commune(s.provinceA), "code", code)).expectProblem(409, "code", "duplicate");
        s.admin().post("/api/v1/admin-units", Body.with(commune(s.provinceA), "code", code.toUpperCase()))
                .expectProblem(409, "code", "duplicate");
        s.admin().post("/api/v1/admin-units", Body.with(commune(s.provinceA), "code", " " + code + " "))
                .expectProblem(400, "code", "pattern");
        under.assertUnchanged();
    }

    @Test
    void provinceOfficerMaintainsUnitsOfTheirProvinceOnly() {
        Api officer = s.as(s.officerA);
        long c = officer.post("/api/v1/admin-units", commune(s.provinceA)).expect(201).id();
        long v = officer.post("/api/v1/admin-units", Body.of("code", Fixtures.unique("UV"), "name", "Bản Nà Sla",
                "kind", "VILLAGE", "parentId", c, "validFrom", "2025-07-01")).expect(201).id();
        assertEquals(c, ((Number) db.row("admin_unit", v).get("parent_id")).longValue());

        Db.Snapshot underB = unitsUnder(s.provinceB);
        officer.post("/api/v1/admin-units", commune(s.provinceB)).expectProblem(403, "parentId", "outside-scope");
        officer.post("/api/v1/admin-units", Body.of("code", Fixtures.unique("UV"), "name", "Thôn", "kind", "VILLAGE",
                "parentId", s.communeB, "validFrom", "2025-07-01")).expectProblem(403, "parentId", "outside-scope");
        underB.assertUnchanged();
        String code = Fixtures.unique("UP");
        officer.post("/api/v1/admin-units", Body.of("code", code, "name", "Tỉnh mới", "kind", "PROVINCE",
                "validFrom", "2025-07-01")).expectProblemType(403, "forbidden");
        assertEquals(0, db.count("SELECT COUNT(*) FROM admin_unit WHERE code = ?", code));
    }

    @Test
    void readOnlyAndClubRolesMayNotCreateOrChangeUnits() {
        Db.Snapshot under = unitsUnder(s.provinceA);
        Db.Snapshot commune = db.snapshot("SELECT * FROM admin_unit WHERE id = ?", s.communeA);
        for (Fixtures.User u : List.of(s.auditorUnit, s.auditorClubs, s.chairA, s.treasurerA)) {
            s.as(u).post("/api/v1/admin-units", commune(s.provinceA)).expectProblemType(403, "forbidden");
            s.as(u).patch("/api/v1/admin-units/" + s.communeA, Body.of("name", "Xã đổi tên"))
                    .expectProblemType(403, "forbidden");
        }
        Scene.anonymous().post("/api/v1/admin-units", commune(s.provinceA)).expectProblemType(401, "unauthorized");
        Scene.anonymous().get("/api/v1/admin-units/" + s.communeA).expectProblemType(401, "unauthorized");
        Scene.anonymous().get("/api/v1/admin-units").expectProblemType(401, "unauthorized");
        under.assertUnchanged();
        commune.assertUnchanged();
    }

    @Test
    void everyAuthenticatedUserReadsUnitsAnywhere() {
        for (Fixtures.User u : List.of(s.officerA, s.auditorUnit, s.chairA, s.treasurerA)) {
            JsonNode unit = s.as(u).get("/api/v1/admin-units/" + s.communeB).expect(200).json();
            assertEquals(s.communeB, unit.get("id").asLong());
            assertEquals(s.provinceB, unit.get("parentId").asLong());
            assertEquals(List.of(s.communeB), s.as(u).get("/api/v1/admin-units?parentId=" + s.provinceB).expect(200).ids());
            assertEquals(List.of(s.villageB), s.as(u).get("/api/v1/admin-units?parentId=" + s.communeB).expect(200).ids());
        }
    }

    @Test
    void unknownUnitIs404() {
        JsonNode p = s.admin().get("/api/v1/admin-units/987654321").expectProblemType(404, "not-found").json();
        assertEquals("Không có đơn vị hành chính với mã này, hoặc nằm ngoài phạm vi của bạn.", p.get("detail").asText());
        s.admin().patch("/api/v1/admin-units/987654321", Body.of("name", "X")).expectProblemType(404, "not-found");
    }

    @Test
    void listFiltersByLevelParentNameCodeAndValidity() {
        long p = Fixtures.province();
        String code = Fixtures.unique("LF");
        long c1 = s.admin().post("/api/v1/admin-units", Body.of("code", code, "name", "Phường Đông Kinh", "kind", "WARD",
                "parentId", p, "areaType", "PLAINS", "validFrom", "2025-07-01")).expect(201).id();
        long c2 = s.admin().post("/api/v1/admin-units", Body.of("code", Fixtures.unique("LF"), "name", "Xã Cao Lộc",
                "kind", "COMMUNE", "parentId", p, "areaType", "BORDER", "validFrom", "2026-01-01")).expect(201).id();
        long v = Fixtures.village(c1);

        assertEquals(List.of(c1, c2), s.admin().get("/api/v1/admin-units?parentId=" + p).expect(200).ids());
        assertEquals(List.of(v), s.admin().get("/api/v1/admin-units?parentId=" + c1 + "&level=VILLAGE").ids());
        assertEquals(List.of(), s.admin().get("/api/v1/admin-units?parentId=" + c1 + "&level=COMMUNE").ids());
        assertEquals(List.of(c1), s.admin().get("/api/v1/admin-units?parentId=" + p + "&q=kinh").ids());
        assertEquals(List.of(c1), s.admin().get("/api/v1/admin-units?parentId=" + p + "&q=" + code).ids());
        assertEquals(List.of(c1), s.admin().get("/api/v1/admin-units?parentId=" + p + "&validOn=2025-12-31").ids());
        assertEquals(List.of(c1, c2), s.admin().get("/api/v1/admin-units?parentId=" + p + "&validOn=2026-01-01").ids());
        JsonNode first = s.admin().get("/api/v1/admin-units?parentId=" + p).items().get(0);
        assertEquals("Phường Đông Kinh", first.get("name").asText());
        assertEquals("WARD", first.get("kind").asText());
    }

    @Test
    void listSortsAndPages() {
        long p = Fixtures.province();
        long a = s.admin().post("/api/v1/admin-units", Body.of("code", Fixtures.unique("ZS"), "name", "Xã B", "kind", "COMMUNE",
                "parentId", p, "areaType", "PLAINS", "validFrom", "2025-08-01")).expect(201).id();
        long b = s.admin().post("/api/v1/admin-units", Body.of("code", Fixtures.unique("AS"), "name", "Xã C", "kind", "COMMUNE",
                "parentId", p, "areaType", "PLAINS", "validFrom", "2025-07-01")).expect(201).id();
        long c = s.admin().post("/api/v1/admin-units", Body.of("code", Fixtures.unique("MS"), "name", "Xã A", "kind", "COMMUNE",
                "parentId", p, "areaType", "PLAINS", "validFrom", "2025-09-01")).expect(201).id();
        String base = "/api/v1/admin-units?parentId=" + p;
        assertEquals(List.of(c, a, b), s.admin().get(base + "&sort=name").ids());
        assertEquals(List.of(b, a, c), s.admin().get(base + "&sort=name,desc").ids());
        assertEquals(List.of(b, c, a), s.admin().get(base + "&sort=code").ids());
        assertEquals(List.of(b, a, c), s.admin().get(base + "&sort=validFrom").ids());
        assertEquals(List.of(a, b, c), s.admin().get(base + "&sort=level").ids());

        Response second = s.admin().get(base + "&sort=name&size=2&page=1").expect(200);
        assertEquals(List.of(b), second.ids());
        JsonNode page1 = second.json();
        assertEquals(1, page1.get("page").asInt());
        assertEquals(2, page1.get("size").asInt());
        assertEquals(3, page1.get("totalItems").asInt());
        assertEquals(2, page1.get("totalPages").asInt());

        s.admin().get(base + "&sort=parentId").expectProblem(400, "sort", "sort");
        s.admin().get(base + "&sort=name,sideways").expectProblem(400, "sort", "sort");
        s.admin().get(base + "&size=0").expectProblem(400, "size", "page-size");
        s.admin().get(base + "&size=501").expectProblem(400, "size", "page-size");
        s.admin().get(base + "&page=-1").expectProblem(400, "page", "min");
        assertEquals(3, s.admin().get(base + "&size=500").expect(200).totalItems());
    }

    @Test
    void patchChangesNameAndAreaTypeOnly() {
        long c = s.admin().post("/api/v1/admin-units", commune(s.provinceA)).expect(201).id();
        Map<String, Object> before = db.row("admin_unit", c);
        JsonNode r = s.admin().patch("/api/v1/admin-units/" + c, Body.of("name", " Xã  Tân Lập Mới ")).expect(200).json();
        assertEquals("Xã Tân Lập Mới", r.get("name").asText());
        assertEquals("MOUNTAINOUS", r.get("areaType").asText());
        s.admin().patch("/api/v1/admin-units/" + c, Body.of("areaType", "ETHNIC_MINORITY")).expect(200);
        s.admin().patch("/api/v1/admin-units/" + c, Body.of()).expect(200);
        Map<String, Object> after = db.row("admin_unit", c);
        assertEquals("Xã Tân Lập Mới", after.get("name"));
        assertEquals("ETHNIC_MINORITY", after.get("area_type"));
        for (String unchanged : List.of("code", "level", "kind", "parent_id", "valid_from", "valid_to", "successor_id")) {
            assertEquals(before.get(unchanged), after.get(unchanged), unchanged);
        }
    }

    @Test
    void patchValidation() {
        Db.Snapshot commune = db.snapshot("SELECT * FROM admin_unit WHERE id IN (?, ?, ?)", s.communeA, s.villageA, s.provinceA);
        Api admin = s.admin();
        admin.patch("/api/v1/admin-units/" + s.communeA, Body.of("name", "")).expectProblem(400, "name", "size");
        admin.patch("/api/v1/admin-units/" + s.communeA, Body.of("name", "  ")).expectProblem(400, "name", "required");
        admin.patch("/api/v1/admin-units/" + s.communeA, Body.of("name", "n".repeat(151))).expectProblem(400, "name", "size");
        admin.patch("/api/v1/admin-units/" + s.communeA, Body.of("areaType", "COASTAL")).expectProblem(400, "areaType", "enum");
        admin.patch("/api/v1/admin-units/" + s.communeA, Body.of("code", "NEW")).expectProblem(400, "code", "unknown-field");
        admin.patch("/api/v1/admin-units/" + s.communeA, Body.of("parentId", s.provinceB)).expectProblem(400, "parentId", "unknown-field");
        admin.patch("/api/v1/admin-units/" + s.villageA, Body.of("areaType", "PLAINS"))
                .expectProblem(400, "areaType", "area-type-only-commune");
        admin.patch("/api/v1/admin-units/" + s.provinceA, Body.of("areaType", "PLAINS"))
                .expectProblem(400, "areaType", "area-type-only-commune");
        commune.assertUnchanged();
    }

    @Test
    void provinceOfficerPatchesUnitsInsideTheirProvinceButNotTheProvinceItself() {
        long c = s.admin().post("/api/v1/admin-units", commune(s.provinceA)).expect(201).id();
        s.as(s.officerA).patch("/api/v1/admin-units/" + c, Body.of("name", "Xã Đổi Tên")).expect(200);
        assertEquals("Xã Đổi Tên", db.string("SELECT name FROM admin_unit WHERE id = ?", c));

        Db.Snapshot units = db.snapshot("SELECT * FROM admin_unit WHERE id IN (?, ?)", s.provinceA, s.communeB);
        s.as(s.officerA).patch("/api/v1/admin-units/" + s.provinceA, Body.of("name", "Tỉnh khác"))
                .expectProblem(403, "id", "outside-scope");
        s.as(s.officerA).patch("/api/v1/admin-units/" + s.communeB, Body.of("name", "Xã khác"))
                .expectProblem(403, "id", "outside-scope");
        units.assertUnchanged();
    }
}
