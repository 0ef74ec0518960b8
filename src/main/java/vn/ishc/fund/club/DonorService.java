package vn.ishc.fund.club;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.DonorDtos.CreateDonor;
import vn.ishc.fund.club.DonorDtos.DonorView;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.tx.RoundTrip;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The club's donor register: individuals, families, businesses, organisations, government, NGOs. The
 * register owns the donor table; the ledger reads donors through {@link #refs} and tells their totals
 * through {@link DonorTotals}.
 */
@Singleton
public class DonorService {

    static final Map<String, String> SORTABLE = Map.of("name", "d.name", "kind", "d.kind");
    private static final Role[] KEEPERS = {Role.ADMIN, Role.CHAIR, Role.TREASURER};

    private final ClubAccess clubs;
    private final JdbcOperations jdbc;
    private final DonorTotals totals;

    public DonorService(ClubAccess clubs, JdbcOperations jdbc, DonorTotals totals) {
        this.clubs = clubs;
        this.jdbc = jdbc;
        this.totals = totals;
    }

    /** A donor named in a posting: its club and name. */
    public record Ref(long id, long clubId, String name) {
    }

    /** As a statement of a round trip (posting reads it with its locks): the donors with these ids. */
    public Supplier<Map<Long, Ref>> refs(RoundTrip trip, Collection<Long> ids) {
        Map<Long, Ref> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            trip.query(refsSql(ids), List.of(), rs -> readRefs(rs, out));
        }
        return () -> out;
    }

    /** The donors with these ids. */
    public Map<Long, Ref> refs(Collection<Long> ids) {
        Map<Long, Ref> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.prepareStatement(refsSql(ids), ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    readRefs(rs, out);
                }
                return null;
            });
        }
        return out;
    }

    /** Ids are numbers the caller parsed, so they are written into the SQL as they are. */
    private static String refsSql(Collection<Long> ids) {
        return "SELECT id, club_id, name FROM donor WHERE id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }

    private static void readRefs(ResultSet rs, Map<Long, Ref> out) throws SQLException {
        while (rs.next()) {
            out.put(rs.getLong(1), new Ref(rs.getLong(1), rs.getLong(2), rs.getString(3)));
        }
    }

    /** The club's donors by name (as stored: cleaned, NFC), for callers matching a list of names against the register. */
    public Map<String, Long> idsByName(long clubId) {
        return jdbc.prepareStatement("SELECT id, name FROM donor WHERE club_id = ? ORDER BY id", ps -> {
            ps.setLong(1, clubId);
            Map<String, Long> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.putIfAbsent(rs.getString(2), rs.getLong(1));
                }
            }
            return out;
        });
    }

    @ReadOnly
    public Page<DonorView> list(Caller caller, long clubId, String q, PageQuery page) {
        clubs.visible(caller, clubId);
        Page<Row> rows = new SqlQuery("FROM donor d").where("d.club_id = ?", clubId)
                .whereIf(Texts.blankToNull(q), "d.name LIKE ?", Texts.containsPattern(q))
                .page(jdbc, "SELECT d.*", page, DonorService::row);
        Map<Long, BigDecimal> given = totals.totals(rows.items().stream().map(Row::id).toList());
        return rows.map(r -> r.view(given));
    }

    @Transactional
    public DonorView create(Caller caller, long clubId, CreateDonor req) {
        clubs.open(caller, clubId, KEEPERS);
        long id;
        try (PreparedStatement ps = jdbc.getConnection().prepareStatement("INSERT INTO donor (club_id, name, kind, "
                + "contact, note) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, clubId);
            ps.setString(2, Texts.clean(req.name()));
            ps.setString(3, req.kind().name());
            ps.setString(4, Texts.clean(Texts.blankToNull(req.contact())));
            ps.setString(5, Texts.clean(Texts.blankToNull(req.note())));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return get(caller, clubId, id);
    }

    @ReadOnly
    public DonorView get(Caller caller, long clubId, long donorId) {
        clubs.visible(caller, clubId);
        Row row = jdbc.prepareStatement("SELECT d.* FROM donor d WHERE d.id = ? AND d.club_id = ?", ps -> {
            ps.setLong(1, donorId);
            ps.setLong(2, clubId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("donor");
                }
                return row(rs);
            }
        });
        return row.view(totals.totals(List.of(donorId)));
    }

    private record Row(long id, long clubId, String name, DonorKind kind, String contact, String note) {
        DonorView view(Map<Long, BigDecimal> given) {
            return new DonorView(id, clubId, name, kind, contact, note,
                    Amounts.normalize(given.getOrDefault(id, BigDecimal.ZERO), Amounts.VND));
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("club_id"), rs.getString("name"),
                DonorKind.valueOf(rs.getString("kind")), rs.getString("contact"), rs.getString("note"));
    }
}
