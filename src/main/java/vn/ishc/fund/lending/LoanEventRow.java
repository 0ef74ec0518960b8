package vn.ishc.fund.lending;

import vn.ishc.fund.lending.engine.Deferral;
import vn.ishc.fund.lending.engine.LoanEvent;
import vn.ishc.fund.lending.engine.Repayment;
import vn.ishc.fund.lending.engine.Reschedule;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A stored loan event. Reversed repayments stay on record but are left out of the replay. */
public record LoanEventRow(long id, long loanId, String kind, LocalDate date, BigDecimal amount, Integer months,
                           Boolean withInterest, String method, Long entryId, boolean reversed, Long reversalEntryId,
                           String reason, String recordedBy) {

    public static final String REPAYMENT = "REPAYMENT";
    public static final String DEFERRAL = "DEFERRAL";
    public static final String RESCHEDULE = "RESCHEDULE";
    public static final String RECOVERY = "RECOVERY";
    /** Records on the loan that its disbursement or write-off was taken back (never replayed). */
    public static final String DISBURSEMENT_REVERSED = "DISBURSEMENT_REVERSED";
    public static final String WRITE_OFF_REVERSED = "WRITE_OFF_REVERSED";

    /** The engine's event, or null for events the engine does not replay (recoveries, reversed repayments). */
    public LoanEvent toEngine() {
        if (reversed) {
            return null;
        }
        return switch (kind) {
            case REPAYMENT -> new Repayment(id, date, amount);
            case DEFERRAL -> new Deferral(id, date, months, Boolean.TRUE.equals(withInterest));
            case RESCHEDULE -> new Reschedule(id, date, months);
            default -> null;
        };
    }

    /** The same event, as if reversed (for a replay without it). */
    public LoanEventRow reversedCopy() {
        return new LoanEventRow(id, loanId, kind, date, amount, months, withInterest, method, entryId, true,
                reversalEntryId, reason, recordedBy);
    }

    static LoanEventRow of(ResultSet rs) throws SQLException {
        return new LoanEventRow(rs.getLong("id"), rs.getLong("loan_id"), rs.getString("kind"),
                rs.getObject("event_date", LocalDate.class), rs.getBigDecimal("amount"),
                rs.getObject("months", Integer.class), rs.getObject("with_interest", Boolean.class),
                rs.getString("method"), rs.getObject("entry_id", Long.class), rs.getBoolean("reversed"),
                rs.getObject("reversal_entry_id", Long.class), rs.getString("reason"), rs.getString("recorded_by"));
    }
}
