package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a ledger earned and spent in a period: the movements of its income and expense accounts, summed
 * from the postings (through {@code ix_posting_account}, one range per account) and broken down as an
 * income statement needs them: by account, activity area, whether the posting carries a loan, and the
 * business operation. A reversal counts under the operation it reverses, so a fee taken back nets with the
 * fees. The year-end close (and its reversal) is left out: it only moves the year's result into 421, it
 * earns and spends nothing. Runs in the caller's transaction or connection.
 */
@Singleton
public class PeriodMovements {

    /** The operation of the year-end closing entry, which these movements leave out. */
    public static final String YEAR_END_CLOSE = "YEAR_END_CLOSE";

    private final JdbcOperations jdbc;

    PeriodMovements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Debits and credits of one income or expense leaf account in the period, for one activity area (null:
     * none), with or without a loan, from one kind of operation (e.g. {@code MEMBER_FEE}, {@code DONATION},
     * {@code INTEREST_TRANSFER}, {@code LOAN_WRITE_OFF}; a reversal's is the reversed entry's).
     */
    public record Movement(String code, AccountType type, Integer activityArea, boolean loan, String operation,
                           BigDecimal debit, BigDecimal credit) {
        /** Debit minus credit. */
        public BigDecimal net() {
            return debit.subtract(credit);
        }
    }

    /** The income and expense movements of a ledger dated from {@code from} to {@code to}, both included. */
    public List<Movement> results(long ledgerId, LocalDate from, LocalDate to) {
        List<Movement> out = new ArrayList<>();
        if (from.isAfter(to)) {
            return out;
        }
        jdbc.prepareStatement("SELECT a.code, a.type, p.activity_area, p.loan_id IS NOT NULL, "
                + "COALESCE(o.operation, e.operation) AS op, "
                + "SUM(CASE WHEN p.side = 'D' THEN p.amount ELSE 0 END), SUM(CASE WHEN p.side = 'C' THEN p.amount ELSE 0 END) "
                + "FROM account a JOIN posting p FORCE INDEX (ix_posting_account) ON p.account_id = a.id "
                + "AND p.value_date BETWEEN ? AND ? "
                + "JOIN journal_entry e ON e.id = p.entry_id LEFT JOIN journal_entry o ON o.id = e.reverses_id "
                + "WHERE a.ledger_id = ? AND a.type IN ('INCOME', 'EXPENSE') AND NOT a.header "
                + "GROUP BY a.code, a.type, p.activity_area, p.loan_id IS NOT NULL, op "
                + "HAVING op <> ? ORDER BY a.code, p.activity_area, op", ps -> {
            ps.setObject(1, from);
            ps.setObject(2, to);
            ps.setLong(3, ledgerId);
            ps.setString(4, YEAR_END_CLOSE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Movement(rs.getString(1), AccountType.valueOf(rs.getString(2)),
                            rs.getObject(3, Integer.class), rs.getBoolean(4), rs.getString(5), rs.getBigDecimal(6),
                            rs.getBigDecimal(7)));
                }
            }
            return null;
        });
        return out;
    }
}
