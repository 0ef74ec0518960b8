package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.ClubScope;
import vn.ishc.fund.common.paging.SqlFragment;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fund size of many clubs at a date in one query: the income-generation fund's net assets (its
 * asset accounts less its liabilities, as {@code GET /clubs/{id}/fund-summary} tells one club's), from the
 * kept month and day aggregates.
 */
@Singleton
public class FundSizes {

    private final JdbcOperations jdbc;

    FundSizes(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Club id → fund size at the end of {@code asOf}, for the clubs the caller may see under a unit (all if null). */
    public Map<Long, BigDecimal> at(Caller caller, Long unitId, LocalDate asOf) {
        SqlFragment clubs = ClubScope.clubIds(caller, unitId, "l.club_id");
        LocalDate monthStart = asOf.withDayOfMonth(1);
        String ledgers = "SELECT l.id FROM ledger l WHERE l.fund = 'IGF' AND " + clubs.sql();
        String sql = "SELECT l.club_id, SUM(x.debit - x.credit) FROM ("
                + "SELECT ledger_id, account_id, debit, credit FROM account_month WHERE month < ? AND ledger_id IN (" + ledgers + ") "
                + "UNION ALL SELECT ledger_id, account_id, debit, credit FROM account_day WHERE day >= ? AND day <= ? "
                + "AND ledger_id IN (" + ledgers + ")) x JOIN account a ON a.id = x.account_id "
                + "JOIN ledger l ON l.id = x.ledger_id WHERE a.type IN ('ASSET', 'LIABILITY') GROUP BY l.club_id";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setObject(i++, monthStart);
            i = bind(ps, clubs.params(), i);
            ps.setObject(i++, monthStart);
            ps.setObject(i++, asOf);
            bind(ps, clubs.params(), i);
            Map<Long, BigDecimal> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), Amounts.normalize(rs.getBigDecimal(2), Amounts.VND));
                }
            }
            return out;
        });
    }

    private static int bind(java.sql.PreparedStatement ps, List<Object> params, int first) throws java.sql.SQLException {
        for (Object p : params) {
            ps.setObject(first++, p);
        }
        return first;
    }
}
