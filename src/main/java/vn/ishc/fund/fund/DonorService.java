package vn.ishc.fund.fund;

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
import vn.ishc.fund.fund.FundDtos.CreateDonor;
import vn.ishc.fund.fund.FundDtos.DonorView;
import vn.ishc.fund.ledger.LedgerService;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.security.Caller;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** The club's donor register: individuals, families, businesses, organisations, government, NGOs. */
@Singleton
public class DonorService {

    static final Map<String, String> SORTABLE = Map.of("name", "d.name", "kind", "d.kind");
    private static final String SELECT = "SELECT d.*, (SELECT COALESCE(SUM(CASE WHEN p.side = 'C' THEN p.amount ELSE -p.amount END), 0) "
            + "FROM posting p JOIN account a ON a.id = p.account_id WHERE p.donor_id = d.id AND a.type IN ('EQUITY', 'INCOME')) AS total";

    private final ClubAccess clubs;
    private final JdbcOperations jdbc;

    public DonorService(ClubAccess clubs, JdbcOperations jdbc) {
        this.clubs = clubs;
        this.jdbc = jdbc;
    }

    @ReadOnly
    public Page<DonorView> list(Caller caller, long clubId, String q, PageQuery page) {
        clubs.visible(caller, clubId);
        return new SqlQuery("FROM donor d").where("d.club_id = ?", clubId)
                .whereIf(Texts.blankToNull(q), "d.name LIKE ?", Texts.containsPattern(q))
                .page(jdbc, SELECT, page, DonorService::view);
    }

    @Transactional
    public DonorView create(Caller caller, long clubId, CreateDonor req) {
        clubs.open(caller, clubId, LedgerService.BOOKKEEPERS);
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
        return jdbc.prepareStatement(SELECT + " FROM donor d WHERE d.id = ? AND d.club_id = ?", ps -> {
            ps.setLong(1, donorId);
            ps.setLong(2, clubId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("donor");
                }
                return view(rs);
            }
        });
    }

    private static DonorView view(ResultSet rs) throws SQLException {
        return new DonorView(rs.getLong("id"), rs.getLong("club_id"), rs.getString("name"),
                DonorKind.valueOf(rs.getString("kind")), rs.getString("contact"), rs.getString("note"),
                Amounts.normalize(rs.getBigDecimal("total"), Amounts.VND));
    }
}
