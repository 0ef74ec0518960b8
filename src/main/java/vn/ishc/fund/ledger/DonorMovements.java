package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.money.Amounts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each donor gave a club in a period, from the postings that carry the donor (accounting.md: a
 * donation debits cash 111, bank 112 or goods 156 and credits donated capital 4118 or, for activities,
 * other income 711, both lines for the donor). Reversals count against what they reverse. The caller
 * checks the club's scope.
 */
@Singleton
public class DonorMovements {

    private final JdbcOperations jdbc;

    DonorMovements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** How a donor's gifts came (cash, bank, goods) and what they went to (capital, activities). */
    public record Given(long donorId, BigDecimal cash, BigDecimal bank, BigDecimal goods, BigDecimal toCapital,
                        BigDecimal forActivities) {
        static final Given NONE = new Given(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);

        /** Cash, bank and goods together. */
        public BigDecimal total() {
            return cash.add(bank).add(goods);
        }

        Given plus(long id, String code, BigDecimal debitNet) {
            BigDecimal v = Amounts.normalize(debitNet, Amounts.VND);
            if (code.startsWith("111")) {
                return new Given(id, cash.add(v), bank, goods, toCapital, forActivities);
            } else if (code.startsWith("112")) {
                return new Given(id, cash, bank.add(v), goods, toCapital, forActivities);
            } else if (code.startsWith("156")) {
                return new Given(id, cash, bank, goods.add(v), toCapital, forActivities);
            } else if (code.startsWith("4118")) {
                return new Given(id, cash, bank, goods, toCapital.subtract(v), forActivities);
            } else if (code.startsWith("711")) {
                return new Given(id, cash, bank, goods, toCapital, forActivities.subtract(v));
            }
            return new Given(id, cash, bank, goods, toCapital, forActivities);
        }
    }

    /** Donor id → what it gave the club in both funds from {@code from} to {@code to}; donors without postings absent. */
    public Map<Long, Given> of(long clubId, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("SELECT p.donor_id, a.code, SUM(CASE WHEN p.side = 'D' THEN p.amount ELSE -p.amount END) "
                + "FROM posting p JOIN account a ON a.id = p.account_id JOIN ledger l ON l.id = p.ledger_id "
                + "WHERE l.club_id = ? AND p.donor_id IS NOT NULL AND p.value_date >= ? AND p.value_date <= ? "
                + "GROUP BY p.donor_id, a.code ORDER BY p.donor_id", ps -> {
            ps.setLong(1, clubId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            Map<Long, Given> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.put(id, out.getOrDefault(id, Given.NONE).plus(id, rs.getString(2), rs.getBigDecimal(3)));
                }
            }
            return out;
        });
    }
}
