package vn.ishc.fund.club;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.ClubDtos.ClubView;
import vn.ishc.fund.club.ClubDtos.CreateClub;
import vn.ishc.fund.club.ClubDtos.UpdateClub;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.SqlFragment;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.time.PlausibleDates;
import vn.ishc.fund.geo.AdminUnit;
import vn.ishc.fund.geo.UnitTree;
import vn.ishc.fund.geo.Units;
import vn.ishc.fund.geo.UnitLevel;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Singleton
public class ClubService {

    static final Map<String, String> SORTABLE = Map.of("code", "c.code", "name", "c.name",
            "foundedOn", "c.founded_on", "status", "c.status", "commune", UnitTree.name("c.commune_id"));

    private static final String FROM = "FROM club c";
    private static final String SELECT = "SELECT c.*, " + UnitTree.name("c.commune_id") + " AS commune_name, "
            + UnitTree.parentId("c.commune_id") + " AS province_id, " + UnitTree.parentName("c.commune_id")
            + " AS province_name, " + UnitTree.name("c.village_id") + " AS village_name, "
            + "(SELECT COUNT(*) FROM member m WHERE m.club_id = c.id AND m.left_on IS NULL) AS active_members";

    private final ClubRepository clubs;
    private final Units units;
    private final ClubAccess access;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final List<ClubCreatedListener> listeners;

    public ClubService(ClubRepository clubs, Units units, ClubAccess access, JdbcOperations jdbc,
                       Clock clock, List<ClubCreatedListener> listeners) {
        this.clubs = clubs;
        this.units = units;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.listeners = listeners;
    }

    @ReadOnly
    public Page<ClubView> list(Caller caller, Long unitId, ClubStatus status, String q, PageQuery page) {
        SqlQuery query = new SqlQuery(FROM)
                .where(ClubScope.of(caller, "c"))
                .where(unitId == null ? SqlFragment.of("TRUE") : ClubScope.underUnit("c", unitId))
                .whereIf(status, "c.status = ?", status)
                .whereIf(Texts.blankToNull(q), "c.name LIKE ? OR c.code = ?", Texts.containsPattern(q), q);
        return query.page(jdbc, SELECT, page, ClubService::view);
    }

    @ReadOnly
    public ClubView get(Caller caller, long id) {
        access.visible(caller, id);
        return view(id);
    }

    @Transactional
    public ClubView create(Caller caller, CreateClub req) {
        caller.requireRole(Role.ADMIN, Role.PROVINCE_OFFICER);
        AdminUnit commune = units.requireCurrent(req.communeId(), "communeId");
        if (commune.level() != UnitLevel.COMMUNE) {
            throw ApiException.rule("communeId", "commune-level");
        }
        if (!caller.isAdmin() && (caller.scopeUnitId() == null || !units.isWithin(commune.id(), caller.scopeUnitId()))) {
            throw ApiException.outsideScope("communeId");
        }
        checkVillage(req.villageId(), commune.id());
        checkFounded(req.foundedOn());
        String code = req.code().trim();
        if (clubs.existsByCode(code)) {
            throw ApiException.conflict("code", "duplicate");
        }
        ClubStatus status = req.status() == null ? ClubStatus.ACTIVE : req.status();
        Club club = clubs.save(new Club(null, code, Texts.clean(req.name()), commune.id(), req.villageId(),
                req.foundedOn(), Texts.clean(Texts.blankToNull(req.foundingDecisionNo())), status, req.meetingDay(),
                null, null));
        listeners.forEach(l -> l.clubCreated(club));
        return view(club.id());
    }

    /** ADMIN and the province change everything but code and commune; the CHAIR only the meeting day. */
    @Transactional
    public ClubView update(Caller caller, long id, UpdateClub req) {
        caller.requireRole(Role.ADMIN, Role.PROVINCE_OFFICER, Role.CHAIR);
        Club club = access.visible(caller, id);
        // a dissolved club holds no meetings; ADMIN may still correct its record or reopen it
        if (club.status() == ClubStatus.DISSOLVED && req.meetingDay() != null
                && (req.status() == null || req.status() == ClubStatus.DISSOLVED)) {
            throw ApiException.conflict("meetingDay", "club-dissolved");
        }
        if (caller.role() == Role.CHAIR && (req.name() != null || req.villageId() != null || req.foundedOn() != null
                || req.foundingDecisionNo() != null || req.status() != null)) {
            throw ApiException.forbidden("role-not-allowed");
        }
        if (req.name() != null && Texts.clean(req.name()).isEmpty()) {
            throw ApiException.invalid("name", "required");
        }
        if (req.villageId() != null) {
            checkVillage(req.villageId(), club.communeId());
        }
        if (req.foundedOn() != null) {
            checkFounded(req.foundedOn());
            clubs.earliestJoin(id).filter(first -> first.isBefore(req.foundedOn())).ifPresent(first -> {
                throw ApiException.rule("foundedOn", "after-first-member", first);
            });
        }
        clubs.update(club.with(
                req.name() == null ? club.name() : Texts.clean(req.name()),
                req.villageId() == null ? club.villageId() : req.villageId(),
                req.foundedOn() == null ? club.foundedOn() : req.foundedOn(),
                req.foundingDecisionNo() == null ? club.foundingDecisionNo()
                        : Texts.clean(Texts.blankToNull(req.foundingDecisionNo())),
                req.status() == null ? club.status() : req.status(),
                req.meetingDay() == null ? club.meetingDay() : req.meetingDay()));
        return view(id);
    }

    private void checkVillage(Long villageId, long communeId) {
        units.requireVillageOf(villageId, communeId);
    }

    private void checkFounded(LocalDate foundedOn) {
        PlausibleDates.requireHappened("foundedOn", foundedOn, clock);
    }

    private ClubView view(long id) {
        return jdbc.prepareStatement(SELECT + " " + FROM + " WHERE c.id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("club");
                }
                return view(rs);
            }
        });
    }

    static ClubView view(ResultSet rs) throws SQLException {
        return new ClubView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getLong("province_id"), rs.getString("province_name"),
                rs.getLong("commune_id"), rs.getString("commune_name"),
                rs.getObject("village_id", Long.class), rs.getString("village_name"),
                rs.getObject("founded_on", LocalDate.class), rs.getString("founding_decision_no"),
                ClubStatus.valueOf(rs.getString("status")), rs.getObject("meeting_day", Integer.class),
                rs.getLong("active_members"));
    }
}
