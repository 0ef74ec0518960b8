package vn.ishc.fund.geo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.time.PlausibleDates;
import vn.ishc.fund.geo.AdminUnitDtos.CreateUnit;
import vn.ishc.fund.geo.AdminUnitDtos.MergeUnit;
import vn.ishc.fund.geo.AdminUnitDtos.UnitView;
import vn.ishc.fund.geo.AdminUnitDtos.UpdateUnit;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Administrative units are reference data every user may read. ADMIN maintains them everywhere;
 * a PROVINCE_OFFICER maintains the communes and villages of their province.
 */
@Singleton
public class AdminUnitService {

    static final Map<String, String> SORTABLE = Map.of("code", "u.code", "name", "u.name",
            "level", "u.level", "validFrom", "u.valid_from");

    private final AdminUnitRepository units;
    private final JdbcOperations jdbc;

    public AdminUnitService(AdminUnitRepository units, JdbcOperations jdbc) {
        this.units = units;
        this.jdbc = jdbc;
    }

    @ReadOnly
    public Page<UnitView> list(UnitLevel level, Long parentId, String q, LocalDate validOn, PageQuery page) {
        SqlQuery query = new SqlQuery("FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id")
                .whereIf(level, "u.level = ?", level)
                .whereIf(parentId, "u.parent_id = ?", parentId)
                .whereIf(Texts.blankToNull(q), "u.name LIKE ? OR u.code = ?", Texts.containsPattern(q), q)
                .whereIf(validOn, "u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)", validOn, validOn);
        return query.page(jdbc, "SELECT u.*, p.name AS parent_name", page, AdminUnitService::view);
    }

    @ReadOnly
    public UnitView get(long id) {
        return find(id);
    }

    @Transactional
    public UnitView create(Caller caller, CreateUnit req) {
        caller.requireRole(Role.ADMIN, Role.PROVINCE_OFFICER);
        PlausibleDates.requireInRange("validFrom", req.validFrom());
        UnitLevel level = req.kind().level();
        UnitLevel parentLevel = level.parentLevel();
        if (parentLevel == null && req.parentId() != null) {
            throw ApiException.invalid("parentId", "parent-forbidden");
        }
        if (parentLevel != null) {
            if (req.parentId() == null) {
                throw ApiException.invalid("parentId", "required");
            }
            AdminUnit parent = units.requireCurrent(req.parentId(), "parentId");
            if (parent.level() != parentLevel) {
                throw ApiException.rule("parentId", "parent-level", parentLevel.name());
            }
        }
        if (level == UnitLevel.COMMUNE && req.areaType() == null) {
            throw ApiException.invalid("areaType", "area-type-commune");
        }
        if (level != UnitLevel.COMMUNE && req.areaType() != null) {
            throw ApiException.invalid("areaType", "area-type-only-commune");
        }
        requireMaintains(caller, level == UnitLevel.PROVINCE ? null : req.parentId(), "parentId");
        String code = req.code().trim();
        if (units.existsByCode(code)) {
            throw ApiException.conflict("code", "duplicate");
        }
        AdminUnit saved = units.save(new AdminUnit(null, code, Texts.clean(req.name()), level, req.kind(),
                req.parentId(), req.areaType(), req.validFrom(), null, null, null, null));
        units.insertClosure(saved.id(), saved.parentId());
        return find(saved.id());
    }

    @Transactional
    public UnitView update(Caller caller, long id, UpdateUnit req) {
        caller.requireRole(Role.ADMIN, Role.PROVINCE_OFFICER);
        AdminUnit unit = units.findById(id).orElseThrow(() -> ApiException.notFound("unit"));
        requireMaintains(caller, unit.level() == UnitLevel.PROVINCE ? null : unit.id(), "id");
        if (req.name() != null && Texts.clean(req.name()).isEmpty()) {
            throw ApiException.invalid("name", "required");
        }
        if (req.areaType() != null && unit.level() != UnitLevel.COMMUNE) {
            throw ApiException.invalid("areaType", "area-type-only-commune");
        }
        String name = req.name() == null ? unit.name() : Texts.clean(req.name());
        AreaType area = req.areaType() == null ? unit.areaType() : req.areaType();
        units.update(unit.withDetails(name, area));
        return find(id);
    }

    @Transactional
    public UnitView merge(Caller caller, long id, MergeUnit req) {
        caller.requireRole(Role.ADMIN, Role.PROVINCE_OFFICER);
        AdminUnit unit = units.findById(id).orElseThrow(() -> ApiException.notFound("unit"));
        requireMaintains(caller, unit.level() == UnitLevel.PROVINCE ? null : unit.id(), "id");
        if (req.successorId() == id) {
            throw ApiException.invalid("successorId", "successor-self");
        }
        AdminUnit successor = units.findById(req.successorId())
                .orElseThrow(() -> ApiException.rule("successorId", "unknown-reference"));
        if (successor.level() != unit.level()) {
            throw ApiException.rule("successorId", "successor-level");
        }
        // the merger changes what rolls up into the successor: it must lie in the caller's scope too
        requireMaintains(caller, successor.level() == UnitLevel.PROVINCE ? null : successor.id(), "successorId");
        if (unit.successorId() != null || successor.successorId() != null) {
            throw ApiException.conflict("successorId", "already-merged");
        }
        PlausibleDates.requireInRange("validTo", req.validTo());
        if (req.validTo().isBefore(unit.validFrom())) {
            throw ApiException.invalid("validTo", "valid-to-before-from");
        }
        units.update(unit.withEnd(req.validTo(), successor.id()));
        units.linkSuccessor(unit.id(), successor.id());
        return find(id);
    }

    /** ADMIN maintains every unit; a PROVINCE_OFFICER only what lies within their province. */
    private void requireMaintains(Caller caller, Long unitId, String field) {
        if (caller.isAdmin()) {
            return;
        }
        if (unitId == null || caller.scopeUnitId() == null || !units.isWithin(unitId, caller.scopeUnitId())) {
            throw ApiException.outsideScope(field);
        }
    }

    private UnitView find(long id) {
        return jdbc.prepareStatement("SELECT u.*, p.name AS parent_name FROM admin_unit u "
                + "LEFT JOIN admin_unit p ON p.id = u.parent_id WHERE u.id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("unit");
                }
                return view(rs);
            }
        });
    }

    static UnitView view(ResultSet rs) throws SQLException {
        String area = rs.getString("area_type");
        return new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), UnitKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("parent_id", Long.class), rs.getString("parent_name"),
                area == null ? null : AreaType.valueOf(area),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getObject("successor_id", Long.class));
    }
}
