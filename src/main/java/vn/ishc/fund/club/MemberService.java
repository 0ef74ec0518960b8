package vn.ishc.fund.club;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.MemberDtos.CreateMember;
import vn.ishc.fund.club.MemberDtos.LeaveClub;
import vn.ishc.fund.club.MemberDtos.MemberState;
import vn.ishc.fund.club.MemberDtos.MemberView;
import vn.ishc.fund.club.MemberDtos.UpdateMember;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.time.PlausibleDates;
import vn.ishc.fund.geo.UnitTree;
import vn.ishc.fund.geo.Units;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Members of clubs. Treasurers and chairs keep their own club's list; the province and ADMIN any in scope. */
@Singleton
public class MemberService {

    static final Map<String, String> SORTABLE = Map.of("memberNo", "m.member_no", "fullName", "m.full_name",
            "birthYear", "m.birth_year", "joinedOn", "m.joined_on", "club", "c.code");
    static final Role[] WRITERS = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.CHAIR, Role.TREASURER};

    private static final String FROM = "FROM member m JOIN club c ON c.id = m.club_id";
    private static final String SELECT = "SELECT m.*, c.code AS club_code, " + UnitTree.name("m.village_id")
            + " AS village_name";

    private final MemberRepository members;
    private final Units units;
    private final ClubAccess access;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final List<MemberHistory> histories;
    private final int elderlyAge;

    public MemberService(MemberRepository members, Units units, ClubAccess access, JdbcOperations jdbc,
                         Clock clock, List<MemberHistory> histories, @Value("${ishc.elderly-age:60}") int elderlyAge) {
        this.members = members;
        this.units = units;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.histories = histories;
        this.elderlyAge = elderlyAge;
    }

    @ReadOnly
    public Page<MemberView> list(Caller caller, Long clubId, MemberState state, String q, Sex sex,
                                 PovertyStatus poverty, Boolean elderly, PageQuery page) {
        if (clubId != null) {
            access.visible(caller, clubId);
        }
        int elderlyBornBy = LocalDate.now(clock).getYear() - elderlyAge;
        MemberState s = state == null ? MemberState.ACTIVE : state;
        SqlQuery query = new SqlQuery(FROM)
                .where(ClubScope.of(caller, "c"))
                .whereIf(clubId, "m.club_id = ?", clubId)
                .whereIf(s == MemberState.ACTIVE ? s : null, "m.left_on IS NULL")
                .whereIf(s == MemberState.LEFT ? s : null, "m.left_on IS NOT NULL")
                // uca1400_ai_ci ignores accents including the stroke of đ: "dang" finds "Đặng", "nguyen" "Nguyễn"
                .whereIf(Texts.blankToNull(q), "m.full_name LIKE ? COLLATE utf8mb4_uca1400_ai_ci", Texts.containsPattern(q))
                .whereIf(sex, "m.sex = ?", sex)
                .whereIf(poverty, "m.poverty_status = ?", poverty)
                .whereIf(elderly, Boolean.TRUE.equals(elderly) ? "m.birth_year <= ?" : "m.birth_year > ?", elderlyBornBy);
        return query.page(jdbc, SELECT, page, this::view);
    }

    @ReadOnly
    public MemberView get(Caller caller, long id) {
        Member m = members.findById(id).orElseThrow(() -> ApiException.notFound("member"));
        if (!access.canSee(caller, m.clubId())) {
            throw ApiException.notFound("member");
        }
        return view(id);
    }

    @Transactional
    public MemberView create(Caller caller, long clubId, CreateMember req) {
        Club club = access.writable(caller, clubId, WRITERS);
        return register(club, members.nextMemberNo(clubId), req);
    }

    /**
     * Registers a member under the number the club's own list gives them (a club bringing its paper
     * registry in); a number already taken is 409 {@code member-no-taken}. Same rules as {@link #create}.
     */
    @Transactional
    public MemberView createNumbered(Caller caller, long clubId, int memberNo, CreateMember req) {
        Club club = access.writable(caller, clubId, WRITERS);
        if (memberNo < 1) {
            throw ApiException.invalid("memberNo", "positive");
        }
        if (members.findByClubIdAndMemberNo(clubId, memberNo).isPresent()) {
            throw ApiException.conflict("memberNo", "member-no-taken", memberNo);
        }
        return register(club, memberNo, req);
    }

    private MemberView register(Club club, int memberNo, CreateMember req) {
        long clubId = club.id();
        checkBirthYear(req.birthYear());
        checkJoined(club, req.joinedOn());
        checkVillage(club, req.villageId());
        Member saved = members.save(new Member(null, clubId, memberNo, Texts.clean(req.fullName()),
                req.sex(), req.birthYear(), req.povertyStatus(), Texts.clean(Texts.blankToNull(req.ethnicity())),
                req.villageId(), Texts.blankToNull(req.phone()), req.joinedOn(), null, null, null, null));
        return view(saved.id());
    }

    @Transactional
    public MemberView update(Caller caller, long id, UpdateMember req) {
        Member m = writable(caller, id);
        Club club = access.visible(caller, m.clubId());
        if (req.fullName() != null && Texts.clean(req.fullName()).isEmpty()) {
            throw ApiException.invalid("fullName", "required");
        }
        if (req.birthYear() != null) {
            checkBirthYear(req.birthYear());
        }
        if (req.joinedOn() != null) {
            checkJoined(club, req.joinedOn());
            if (m.leftOn() != null && m.leftOn().isBefore(req.joinedOn())) {
                throw ApiException.rule("joinedOn", "after-left", m.leftOn());
            }
            members.firstHistoryDate(id).filter(first -> first.isBefore(req.joinedOn())).ifPresent(first -> {
                throw ApiException.rule("joinedOn", "after-history", first);
            });
        }
        if (req.villageId() != null) {
            checkVillage(club, req.villageId());
        }
        members.update(m.with(
                req.fullName() == null ? m.fullName() : Texts.clean(req.fullName()),
                req.sex() == null ? m.sex() : req.sex(),
                req.birthYear() == null ? m.birthYear() : req.birthYear(),
                req.povertyStatus() == null ? m.povertyStatus() : req.povertyStatus(),
                req.ethnicity() == null ? m.ethnicity() : Texts.clean(Texts.blankToNull(req.ethnicity())),
                req.villageId() == null ? m.villageId() : req.villageId(),
                req.phone() == null ? m.phone() : Texts.blankToNull(req.phone()),
                req.joinedOn() == null ? m.joinedOn() : req.joinedOn()));
        return view(id);
    }

    /** Marks the member as left; their history stays. */
    @Transactional
    public MemberView leave(Caller caller, long id, LeaveClub req) {
        Member m = writable(caller, id);
        if (m.leftOn() != null) {
            throw ApiException.conflict(null, "member-already-left");
        }
        PlausibleDates.requireHappened("leftOn", req.leftOn(), clock);
        if (req.leftOn().isBefore(m.joinedOn())) {
            throw ApiException.rule("leftOn", "before-joined", m.joinedOn());
        }
        members.lastHistoryDate(id).filter(last -> last.isAfter(req.leftOn())).ifPresent(last -> {
            throw ApiException.rule("leftOn", "before-history", last);
        });
        members.update(m.leaving(req.leftOn(), Texts.clean(Texts.blankToNull(req.reason()))));
        return view(id);
    }

    /** Deletes a member recorded by mistake; one with any history must leave instead (409). */
    @Transactional
    public void delete(Caller caller, long id) {
        Member m = writable(caller, id);
        if (members.hasRegistryHistory(id) || hasHistoryElsewhere(id)) {
            throw ApiException.conflict(null, "member-has-history");
        }
        members.delete(m);
    }

    /** One query over every capability's history of the member. */
    private boolean hasHistoryElsewhere(long id) {
        if (histories.isEmpty()) {
            return false;
        }
        String sql = "SELECT " + histories.stream().map(h -> "EXISTS (" + h.historyQuery() + ")")
                .collect(java.util.stream.Collectors.joining(" OR "));
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 1; i <= histories.size(); i++) {
                ps.setLong(i, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    private Member writable(Caller caller, long id) {
        Member m = members.findById(id).orElseThrow(() -> ApiException.notFound("member"));
        if (!access.canSee(caller, m.clubId())) {
            throw ApiException.notFound("member");
        }
        access.writable(caller, m.clubId(), WRITERS);
        return members.findById(id).orElseThrow(() -> ApiException.notFound("member"));
    }

    private void checkBirthYear(int year) {
        int now = LocalDate.now(clock).getYear();
        int earliest = PlausibleDates.EARLIEST.getYear();
        if (year < earliest || year > now) {
            throw ApiException.invalid("birthYear", "birth-year-range", earliest, now);
        }
    }

    private void checkJoined(Club club, LocalDate joinedOn) {
        PlausibleDates.requireHappened("joinedOn", joinedOn, clock);
        if (joinedOn.isBefore(club.foundedOn())) {
            throw ApiException.rule("joinedOn", "before-founding", club.foundedOn());
        }
    }

    private void checkVillage(Club club, Long villageId) {
        units.requireVillageOf(villageId, club.communeId());
    }

    private MemberView view(long id) {
        return jdbc.prepareStatement(SELECT + " " + FROM + " WHERE m.id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("member");
                }
                return view(rs);
            }
        });
    }

    private MemberView view(ResultSet rs) throws SQLException {
        int birthYear = rs.getInt("birth_year");
        int age = LocalDate.now(clock).getYear() - birthYear;
        LocalDate leftOn = rs.getObject("left_on", LocalDate.class);
        return new MemberView(rs.getLong("id"), rs.getLong("club_id"), rs.getString("club_code"),
                rs.getInt("member_no"), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")), birthYear,
                age, age >= elderlyAge, PovertyStatus.valueOf(rs.getString("poverty_status")),
                rs.getString("ethnicity"), rs.getObject("village_id", Long.class), rs.getString("village_name"),
                rs.getString("phone"), rs.getObject("joined_on", LocalDate.class), leftOn,
                rs.getString("left_reason"), leftOn == null);
    }
}
