package vn.ishc.fund.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ishc.fund.club.ClubDtos.CreateClub;
import vn.ishc.fund.club.ClubService;
import vn.ishc.fund.geo.AdminUnitDtos.CreateUnit;
import vn.ishc.fund.geo.AdminUnitService;
import vn.ishc.fund.geo.AreaType;
import vn.ishc.fund.geo.UnitKind;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.PasswordHasher;
import vn.ishc.fund.security.Role;
import vn.ishc.fund.user.UserService;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A demo province modelled on Lạng Sơn (46 clubs, about 2,500 members, reported in May 2025):
 * ten communes and wards of both area types, clubs with boards and trainings, a small neighbouring
 * province to show scoping, and one demo user per role. Loading is all-or-nothing and happens once.
 */
@Singleton
public class DemoData {

    public static final String PROVINCE_CODE = "DEMO-LS";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Caller SYSTEM = new Caller(0, "demo-loader", Role.ADMIN, null, Set.of());

    /** name, kind, area type, number of clubs. */
    private record CommuneSpec(String name, UnitKind kind, AreaType area, int clubs) {
    }

    private static final List<CommuneSpec> LANG_SON = List.of(
            new CommuneSpec("Phường Tam Thanh", UnitKind.WARD, AreaType.PLAINS, 5),
            new CommuneSpec("Phường Lương Văn Tri", UnitKind.WARD, AreaType.PLAINS, 5),
            new CommuneSpec("Phường Đông Kinh", UnitKind.WARD, AreaType.PLAINS, 4),
            new CommuneSpec("Xã Cao Lộc", UnitKind.COMMUNE, AreaType.MOUNTAINOUS, 5),
            new CommuneSpec("Xã Chi Lăng", UnitKind.COMMUNE, AreaType.MOUNTAINOUS, 5),
            new CommuneSpec("Xã Hữu Lũng", UnitKind.COMMUNE, AreaType.MOUNTAINOUS, 5),
            new CommuneSpec("Xã Văn Quan", UnitKind.COMMUNE, AreaType.ETHNIC_MINORITY, 4),
            new CommuneSpec("Xã Bình Gia", UnitKind.COMMUNE, AreaType.ETHNIC_MINORITY, 5),
            new CommuneSpec("Xã Tràng Định", UnitKind.COMMUNE, AreaType.BORDER, 4),
            new CommuneSpec("Xã Đồng Đăng", UnitKind.COMMUNE, AreaType.BORDER, 4));
    private static final List<CommuneSpec> CAO_BANG = List.of(
            new CommuneSpec("Xã Hòa An", UnitKind.COMMUNE, AreaType.MOUNTAINOUS, 3));
    private static final String[] VILLAGES = {"Nà Sla", "Khòn Khuyên", "Pác Cáp", "Bản Làn", "Nà Pàn", "Khuổi Mỏ",
            "Còn Quan", "Pò Tấu", "Nà Lừa", "Bó Củng", "Phai Xả", "Thâm Mỏ"};

    public record Result(boolean loaded, int clubs, int members) {
    }

    private final AdminUnitService units;
    private final ClubService clubs;
    private final UserService users;
    private final DemoBooks books;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public DemoData(AdminUnitService units, ClubService clubs, UserService users, DemoBooks books,
                    JdbcOperations jdbc, Clock clock) {
        this.units = units;
        this.clubs = clubs;
        this.users = users;
        this.books = books;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Loads the demo unless it is already there. {@code password} blank: random passwords, logged once. */
    @Transactional
    public Result load(String password) {
        boolean present = jdbc.prepareStatement("SELECT 1 FROM admin_unit WHERE code = ? FOR UPDATE", ps -> {
            ps.setString(1, PROVINCE_CODE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
        if (present) {
            return new Result(false, 0, 0);
        }
        LocalDate today = LocalDate.now(clock);
        DemoPopulation population = new DemoPopulation(20250501L, today.getYear());
        List<Long> langSonClubs = new ArrayList<>();
        long langSon = unit(PROVINCE_CODE, "Tỉnh Lạng Sơn (demo)", UnitKind.PROVINCE, null, null);
        long firstMountainCommune = 0;
        int[] members = {0};
        for (int i = 0; i < LANG_SON.size(); i++) {
            CommuneSpec spec = LANG_SON.get(i);
            long commune = commune(spec, "DEMO-LS-" + (i + 1), langSon);
            if (firstMountainCommune == 0 && spec.area() != AreaType.PLAINS) {
                firstMountainCommune = commune;
            }
            langSonClubs.addAll(clubsOf(spec, "DEMO-LS-" + (i + 1), commune, population, today, members));
        }
        long caoBang = unit("DEMO-CB", "Tỉnh Cao Bằng (demo)", UnitKind.PROVINCE, null, null);
        List<Long> all = new ArrayList<>(langSonClubs);
        for (int i = 0; i < CAO_BANG.size(); i++) {
            long commune = commune(CAO_BANG.get(i), "DEMO-CB-" + (i + 1), caoBang);
            all.addAll(clubsOf(CAO_BANG.get(i), "DEMO-CB-" + (i + 1), commune, population, today, members));
        }
        long firstClub = langSonClubs.get(0);
        demoUser("demo.admin", "Quản trị (demo)", Role.ADMIN, null, List.of(), password);
        demoUser("demo.province", "Cán bộ Hội NCT tỉnh (demo)", Role.PROVINCE_OFFICER, langSon, List.of(), password);
        demoUser("demo.auditor", "Ban kiểm tra xã Cao Lộc (demo)", Role.AUDITOR, firstMountainCommune, List.of(), password);
        demoUser("demo.chair", "Chủ nhiệm CLB (demo)", Role.CHAIR, null, List.of(firstClub), password);
        demoUser("demo.treasurer", "Thủ quỹ CLB (demo)", Role.TREASURER, null, List.of(firstClub), password);
        return new Result(true, all.size(), members[0]);
    }

    private long commune(CommuneSpec spec, String code, long province) {
        return unit(code, spec.name(), spec.kind(), province, spec.area());
    }

    private long unit(String code, String name, UnitKind kind, Long parent, AreaType area) {
        return units.create(SYSTEM, new CreateUnit(code, name, kind, parent, area, LocalDate.of(2025, 7, 1))).id();
    }

    private List<Long> clubsOf(CommuneSpec spec, String communeCode, long commune, DemoPopulation population,
                               LocalDate today, int[] memberCount) {
        List<Long> ids = new ArrayList<>();
        boolean ward = spec.kind() == UnitKind.WARD;
        for (int v = 0; v < spec.clubs() + 2; v++) {
            String villageName = ward ? "Tổ dân phố " + (v + 1) : "Thôn " + VILLAGES[v % VILLAGES.length];
            long village = unit(communeCode + "-" + (v + 1), villageName,
                    ward ? UnitKind.RESIDENTIAL_GROUP : UnitKind.VILLAGE, commune, null);
            if (v >= spec.clubs()) {
                continue; // villages without a club yet: coverage is not 100%
            }
            LocalDate founded = LocalDate.of(2017 + population.nextInt(8), 1 + population.nextInt(12), 1 + population.nextInt(28));
            String clubName = "CLB Liên thế hệ tự giúp nhau " + villageName;
            int meetingDay = 5 + population.nextInt(20);
            long club = clubs.create(SYSTEM, new CreateClub(communeCode + "-CLB" + (v + 1), clubName, commune, village,
                    founded, (10 + population.nextInt(300)) + "/QĐ-UBND", null, meetingDay)).id();
            int size = 45 + population.nextInt(21);
            insertMembers(club, village, population.members(size, spec.area(), founded, today));
            insertBoard(club, founded, today, population);
            books.load(SYSTEM, club, meetingDay, today, new java.util.Random(club * 31L));
            memberCount[0] += size;
            ids.add(club);
        }
        return ids;
    }

    private void insertMembers(long club, long village, List<DemoPopulation.Person> people) {
        jdbc.prepareStatement("INSERT INTO member (club_id, member_no, full_name, sex, birth_year, poverty_status, "
                + "ethnicity, village_id, phone, joined_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            int no = 1;
            for (DemoPopulation.Person p : people) {
                ps.setLong(1, club);
                ps.setInt(2, no++);
                ps.setString(3, p.fullName());
                ps.setString(4, p.sex().name());
                ps.setInt(5, p.birthYear());
                ps.setString(6, p.poverty().name());
                ps.setString(7, p.ethnicity());
                ps.setLong(8, village);
                ps.setString(9, p.phone());
                ps.setObject(10, p.joinedOn());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    /** Members 1–5 form the board from the founding day; each had an initial training and most got refreshers. */
    private void insertBoard(long club, LocalDate founded, LocalDate today, DemoPopulation population) {
        String[] roles = {"CHAIR", "VICE_CHAIR", "TREASURER", "OTHER", "OTHER"};
        List<Long> boardIds = jdbc.prepareStatement(
                "SELECT id FROM member WHERE club_id = ? AND member_no <= ? ORDER BY member_no", ps -> {
            ps.setLong(1, club);
            ps.setInt(2, roles.length);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
        jdbc.prepareStatement("INSERT INTO board_member (club_id, member_id, role, term_start) VALUES (?, ?, ?, ?)", ps -> {
            for (int i = 0; i < roles.length; i++) {
                ps.setLong(1, club);
                ps.setLong(2, boardIds.get(i));
                ps.setString(3, roles[i]);
                ps.setObject(4, founded);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
        jdbc.prepareStatement("INSERT INTO training (club_id, member_id, kind, trained_on, topic) VALUES (?, ?, ?, ?, ?)", ps -> {
            for (long member : boardIds) {
                addTraining(ps, club, member, "INITIAL", founded.plusDays(30), "Tập huấn ban đầu mô hình CLB LTHTGN");
                for (int year = founded.getYear() + 1; year <= today.getYear(); year++) {
                    LocalDate on = LocalDate.of(year, 3, 15);
                    if (!on.isAfter(today) && population.nextInt(100) < 85) {
                        addTraining(ps, club, member, "REFRESHER", on, "Tập huấn bồi dưỡng hằng năm " + year);
                    }
                }
            }
            return ps.executeBatch();
        });
    }

    private static void addTraining(PreparedStatement ps, long club, long member, String kind, LocalDate on,
                                    String topic) throws java.sql.SQLException {
        ps.setLong(1, club);
        ps.setLong(2, member);
        ps.setString(3, kind);
        ps.setObject(4, on);
        ps.setString(5, topic);
        ps.addBatch();
    }

    private void demoUser(String username, String fullName, Role role, Long unit, List<Long> clubIds, String password) {
        boolean random = password == null || password.isBlank();
        String pw = random ? PasswordHasher.randomPassword() : password;
        if (users.createIfAbsent(username, pw, fullName, role, unit, clubIds) && random) {
            LOG.warn("Demo user {} ({}) has the generated password: {}", username, role, pw);
        }
    }
}
