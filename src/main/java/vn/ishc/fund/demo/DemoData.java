package vn.ishc.fund.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ishc.fund.club.BoardRole;
import vn.ishc.fund.club.BulkRegistry;
import vn.ishc.fund.club.ClubDtos.CreateClub;
import vn.ishc.fund.club.ClubService;
import vn.ishc.fund.club.TrainingKind;
import vn.ishc.fund.geo.AdminUnitDtos.CreateUnit;
import vn.ishc.fund.geo.AdminUnitService;
import vn.ishc.fund.geo.AreaType;
import vn.ishc.fund.geo.UnitKind;
import vn.ishc.fund.geo.Units;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.PasswordHasher;
import vn.ishc.fund.security.Role;
import vn.ishc.fund.user.UserService;

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
    private final BulkRegistry registry;
    private final Units unitCodes;
    private final Clock clock;

    public DemoData(AdminUnitService units, ClubService clubs, UserService users, DemoBooks books,
                    BulkRegistry registry, Units unitCodes, Clock clock) {
        this.units = units;
        this.clubs = clubs;
        this.users = users;
        this.books = books;
        this.registry = registry;
        this.unitCodes = unitCodes;
        this.clock = clock;
    }

    /** Loads the demo unless it is already there. {@code password} blank: random passwords, logged once. */
    @Transactional
    public Result load(String password) {
        if (unitCodes.existsLocked(PROVINCE_CODE)) {
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
            List<Long> memberIds = insertMembers(club, village, population.members(size, spec.area(), founded, today));
            insertBoard(club, memberIds, founded, today, population);
            books.load(SYSTEM, club, meetingDay, today, new java.util.Random(club * 31L));
            memberCount[0] += size;
            ids.add(club);
        }
        return ids;
    }

    private List<Long> insertMembers(long club, long village, List<DemoPopulation.Person> people) {
        return registry.addMembers(club, people.stream().map(p -> new BulkRegistry.NewMember(p.fullName(), p.sex(),
                p.birthYear(), p.poverty(), p.ethnicity(), village, p.phone(), p.joinedOn())).toList());
    }

    /** Members 1–5 form the board from the founding day; each had an initial training and most got refreshers. */
    private void insertBoard(long club, List<Long> memberIds, LocalDate founded, LocalDate today, DemoPopulation population) {
        BoardRole[] roles = {BoardRole.CHAIR, BoardRole.VICE_CHAIR, BoardRole.TREASURER, BoardRole.OTHER, BoardRole.OTHER};
        List<Long> boardIds = memberIds.subList(0, roles.length);
        List<BulkRegistry.Seat> seats = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            seats.add(new BulkRegistry.Seat(boardIds.get(i), roles[i], founded));
        }
        registry.addBoard(club, seats);
        List<BulkRegistry.NewTraining> trainings = new ArrayList<>();
        for (long member : boardIds) {
            trainings.add(new BulkRegistry.NewTraining(member, TrainingKind.INITIAL, founded.plusDays(30),
                    "Tập huấn ban đầu mô hình CLB LTHTGN"));
            for (int year = founded.getYear() + 1; year <= today.getYear(); year++) {
                LocalDate on = LocalDate.of(year, 3, 15);
                if (!on.isAfter(today) && population.nextInt(100) < 85) {
                    trainings.add(new BulkRegistry.NewTraining(member, TrainingKind.REFRESHER, on,
                            "Tập huấn bồi dưỡng hằng năm " + year));
                }
            }
        }
        registry.addTrainings(club, trainings);
    }

    private void demoUser(String username, String fullName, Role role, Long unit, List<Long> clubIds, String password) {
        boolean random = password == null || password.isBlank();
        String pw = random ? PasswordHasher.randomPassword() : password;
        if (users.createIfAbsent(username, pw, fullName, role, unit, clubIds) && random) {
            LOG.warn("Demo user {} ({}) has the generated password: {}", username, role, pw);
        }
    }
}
