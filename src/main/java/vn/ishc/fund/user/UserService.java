package vn.ishc.fund.user;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.geo.AdminUnit;
import vn.ishc.fund.geo.UnitTree;
import vn.ishc.fund.geo.Units;
import vn.ishc.fund.geo.UnitLevel;
import vn.ishc.fund.security.AppUser;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.LoginThrottle;
import vn.ishc.fund.security.PasswordHasher;
import vn.ishc.fund.security.Role;
import vn.ishc.fund.security.UserRepository;
import vn.ishc.fund.user.UserDtos.AssignRole;
import vn.ishc.fund.user.UserDtos.ChangePassword;
import vn.ishc.fund.user.UserDtos.CreateUser;
import vn.ishc.fund.user.UserDtos.ResetPassword;
import vn.ishc.fund.user.UserDtos.UpdateUser;
import vn.ishc.fund.user.UserDtos.UserView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** User administration (ADMIN only): accounts, role and scope, deactivation, password reset. */
@Singleton
public class UserService {

    private static final String UNIT_NAME = UnitTree.name("u.scope_unit_id") + " AS unit_name";

    static final Map<String, String> SORTABLE = Map.of("username", "u.username", "role", "u.role",
            "createdAt", "u.created_at");

    private final UserRepository users;
    private final Units units;
    private final ClubAccess clubs;
    private final PasswordHasher hasher;
    private final JdbcOperations jdbc;
    private final Callers callers;
    private final LoginThrottle throttle;

    public UserService(UserRepository users, Units units, ClubAccess clubs, PasswordHasher hasher,
                       JdbcOperations jdbc, Callers callers, LoginThrottle throttle) {
        this.callers = callers;
        this.throttle = throttle;
        this.users = users;
        this.units = units;
        this.clubs = clubs;
        this.hasher = hasher;
        this.jdbc = jdbc;
    }

    @ReadOnly
    public Page<UserView> list(Caller caller, Role role, Boolean active, String q, PageQuery page) {
        caller.requireRole(Role.ADMIN);
        SqlQuery query = new SqlQuery("FROM app_user u")
                .whereIf(role, "u.role = ?", role)
                .whereIf(active, "u.active = ?", active)
                .whereIf(Texts.blankToNull(q), "u.username LIKE ? OR u.full_name LIKE ?",
                        Texts.containsPattern(q), Texts.containsPattern(q));
        return query.page(jdbc, "SELECT u.*, " + UNIT_NAME, page, this::view);
    }

    @ReadOnly
    public UserView get(Caller caller, long id) {
        if (!caller.isAdmin() && caller.userId() != id) {
            throw ApiException.notFound("user");
        }
        return view(id);
    }

    @Transactional
    public UserView create(Caller caller, CreateUser req) {
        caller.requireRole(Role.ADMIN);
        List<Long> clubIds = checkScope(req.role(), req.scopeUnitId(), req.clubIds());
        if (users.existsByUsername(req.username())) {
            throw ApiException.conflict("username", "duplicate");
        }
        AppUser user = users.save(new AppUser(null, req.username(), hasher.hash(req.password()),
                Texts.clean(Texts.blankToNull(req.fullName())), req.role(), req.scopeUnitId(), true, null, null));
        clubIds.forEach(c -> users.addClub(user.id(), c));
        return view(user.id());
    }

    /** Creates a user unless the username exists (used at start-up and by the demo loader). */
    @Transactional
    public boolean createIfAbsent(String username, String password, String fullName, Role role, Long unitId,
                                  List<Long> clubIds) {
        if (users.existsByUsername(username)) {
            return false;
        }
        AppUser user = users.save(new AppUser(null, username, hasher.hash(password), fullName, role, unitId, true,
                null, null));
        clubIds.forEach(c -> users.addClub(user.id(), c));
        return true;
    }

    @Transactional
    public UserView update(Caller caller, long id, UpdateUser req) {
        caller.requireRole(Role.ADMIN);
        AppUser user = find(id);
        String fullName = req.fullName() == null ? user.fullName() : Texts.clean(Texts.blankToNull(req.fullName()));
        callers.forget(id);
        users.update(user.withProfile(fullName, user.role(), user.scopeUnitId()));
        return view(id);
    }

    @Transactional
    public UserView assignRole(Caller caller, long id, AssignRole req) {
        caller.requireRole(Role.ADMIN);
        AppUser user = find(id);
        List<Long> clubIds = checkScope(req.role(), req.scopeUnitId(), req.clubIds());
        if (user.role() == Role.ADMIN && req.role() != Role.ADMIN && user.active()) {
            requireAnotherAdmin();
        }
        callers.forget(id);
        users.update(user.withProfile(user.fullName(), req.role(), req.scopeUnitId()));
        users.deleteClubs(id);
        clubIds.forEach(c -> users.addClub(id, c));
        return view(id);
    }

    @Transactional
    public UserView setActive(Caller caller, long id, boolean active) {
        caller.requireRole(Role.ADMIN);
        AppUser user = find(id);
        if (!active && user.role() == Role.ADMIN && user.active()) {
            requireAnotherAdmin();
        }
        callers.forget(id);
        users.update(user.withActive(active));
        return view(id);
    }

    @Transactional
    public UserView resetPassword(Caller caller, long id, ResetPassword req) {
        caller.requireRole(Role.ADMIN);
        AppUser user = find(id);
        users.update(user.withPasswordHash(hasher.hash(req.password())));
        return view(id);
    }

    /**
     * Any user, their own password: the current one must match. Wrong guesses count towards the
     * login lock of the username from the caller's address (in transactions of their own, which this
     * one failing does not undo).
     */
    @Transactional
    public UserView changeOwnPassword(Caller caller, String address, ChangePassword req) {
        throttle.attempt(caller.username(), address);
        AppUser user = find(caller.userId());
        if (!hasher.matches(req.currentPassword(), user.passwordHash())) {
            throw ApiException.rule("currentPassword", "wrong-password");
        }
        throttle.succeeded(caller.username(), address);
        if (req.newPassword().equals(req.currentPassword())) {
            throw ApiException.invalid("newPassword", "same-password");
        }
        users.update(user.withPasswordHash(hasher.hash(req.newPassword())));
        return view(user.id());
    }

    private void requireAnotherAdmin() {
        if (users.countByRoleAndActive(Role.ADMIN, true) <= 1) {
            throw ApiException.conflict("role", "last-admin");
        }
    }

    /** Checks role and scope; returns the distinct club ids. An unknown club is named by its index in the request. */
    private List<Long> checkScope(Role role, Long unitId, List<Long> requestedClubIds) {
        List<Long> clubIds = distinct(requestedClubIds);
        AdminUnit unit = null;
        if (unitId != null) {
            unit = units.find(unitId).orElseThrow(() -> ApiException.rule("scopeUnitId", "unknown-reference"));
        }
        ScopeRules.check(role, unitId, clubIds, unit != null && unit.level() == UnitLevel.PROVINCE);
        for (Long clubId : clubIds) {
            if (clubs.find(clubId).isEmpty()) {
                throw ApiException.rule("clubIds[" + requestedClubIds.indexOf(clubId) + "]", "unknown-reference");
            }
        }
        return clubIds;
    }

    private static List<Long> distinct(List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiException.invalid("clubIds", "required");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> ApiException.notFound("user"));
    }

    private UserView view(long id) {
        return jdbc.prepareStatement("SELECT u.*, " + UNIT_NAME + " FROM app_user u WHERE u.id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("user");
                }
                return view(rs);
            }
        });
    }

    private UserView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Timestamp created = rs.getTimestamp("created_at");
        return new UserView(id, rs.getString("username"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("scope_unit_id", Long.class),
                rs.getString("unit_name"), users.findClubIds(id), rs.getBoolean("active"),
                created == null ? null : created.toInstant());
    }
}
