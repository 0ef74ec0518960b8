package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.DonorTotals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A donor's total: what its postings credited to capital and income, less what reversals debited. */
@Singleton
class LedgerDonorTotals implements DonorTotals {

    private final JdbcOperations jdbc;

    LedgerDonorTotals(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, BigDecimal> totals(Collection<Long> donorIds) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        if (donorIds.isEmpty()) {
            return out;
        }
        String in = donorIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.prepareStatement("SELECT p.donor_id, SUM(CASE WHEN p.side = 'C' THEN p.amount ELSE -p.amount END) "
                + "FROM posting p JOIN account a ON a.id = p.account_id WHERE p.donor_id IN (" + in + ") "
                + "AND a.type IN ('EQUITY', 'INCOME') GROUP BY p.donor_id", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getBigDecimal(2));
                }
            }
            return null;
        });
        return out;
    }
}
