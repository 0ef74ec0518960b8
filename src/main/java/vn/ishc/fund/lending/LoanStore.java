package vn.ishc.fund.lending;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.lending.engine.Allocation;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** JDBC access to loans and their events. Callers run it inside their transaction. */
@Singleton
class LoanStore {

    private final JdbcOperations jdbc;

    public LoanStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(LoanRow l) {
        return insertReturningId("INSERT INTO loan (club_id, member_id, product_id, status, amount, purpose, kind, item, "
                + "quantity, interest_method, monthly_rate, term_months, frequency, grace_months, rounding_unit, "
                + "penalty_kind, penalty_amount, penalty_rate, early_payoff_interest, applied_on) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(l.clubId(),
                l.memberId(), l.productId(), l.status(), l.amount(), l.purpose(), l.kind(), l.item(), l.quantity(),
                l.interestMethod(), l.monthlyRate(), l.termMonths(), l.frequency(), l.graceMonths(), l.roundingUnit(),
                l.penaltyKind(), l.penaltyAmount(), l.penaltyRate(), l.earlyPayoffInterest(), l.appliedOn()));
    }

    /** Runs an INSERT of one row and returns its generated id. */
    private long insertReturningId(String sql, List<Object> params) {
        try (PreparedStatement ps = jdbc.getConnection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            SqlQuery.bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<LoanRow> find(long id, boolean forUpdate) {
        return jdbc.prepareStatement("SELECT * FROM loan WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""), ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(LoanRow.of(rs)) : Optional.empty();
            }
        });
    }

    /** Updates some columns of a loan; {@code columns} are written in code, never from input. */
    public void update(long id, Map<String, Object> columns) {
        String set = columns.keySet().stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(columns.values());
        params.add(id);
        jdbc.prepareStatement("UPDATE loan SET " + set + ", updated_at = CURRENT_TIMESTAMP(3) WHERE id = ?", ps -> {
            SqlQuery.bind(ps, params);
            return ps.executeUpdate();
        });
    }

    public long openLoans(long memberId) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM loan WHERE member_id = ? AND status IN ('APPLIED', 'APPROVED', 'ACTIVE')", ps -> {
            ps.setLong(1, memberId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public long insertEvent(long loanId, String kind, LocalDate date, BigDecimal amount, Integer months,
                            Boolean withInterest, String method, Long entryId, String reason, String recordedBy) {
        return insertReturningId("INSERT INTO loan_event (loan_id, kind, event_date, amount, months, with_interest, "
                + "method, entry_id, reason, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(loanId, kind, date, amount, months, withInterest, method, entryId, reason, recordedBy));
    }

    public void setEventEntry(long eventId, long entryId) {
        jdbc.prepareStatement("UPDATE loan_event SET entry_id = ? WHERE id = ?", ps -> {
            ps.setLong(1, entryId);
            ps.setLong(2, eventId);
            return ps.executeUpdate();
        });
    }

    /** Marks an event reversed, with the entry that reversed its money (none for a deferral or reschedule). */
    public void markReversed(long eventId, Long reversalEntryId, String reason) {
        jdbc.prepareStatement("UPDATE loan_event SET reversed = TRUE, reversal_entry_id = ?, "
                + "reason = CONCAT(COALESCE(reason, ''), ?) WHERE id = ?", ps -> {
            ps.setObject(1, reversalEntryId);
            ps.setString(2, "[reversed: " + reason + "]");
            ps.setLong(3, eventId);
            return ps.executeUpdate();
        });
    }

    public List<LoanEventRow> events(long loanId) {
        return eventsOf(List.of(loanId)).getOrDefault(loanId, List.of());
    }

    /** Events of many loans, each in recorded order. */
    public Map<Long, List<LoanEventRow>> eventsOf(Collection<Long> loanIds) {
        Map<Long, List<LoanEventRow>> out = new LinkedHashMap<>();
        if (loanIds.isEmpty()) {
            return out;
        }
        String in = loanIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.prepareStatement("SELECT * FROM loan_event WHERE loan_id IN (" + in + ") ORDER BY loan_id, event_date, id", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LoanEventRow e = LoanEventRow.of(rs);
                    out.computeIfAbsent(e.loanId(), k -> new ArrayList<>()).add(e);
                }
            }
            return null;
        });
        return out;
    }

    /** A repayment's split as posted by an entry; {@code replacedBy} once a replay changed it. */
    public record AllocationRow(long id, long eventId, BigDecimal penalty, BigDecimal interest, BigDecimal principal,
                                BigDecimal prepaid, long entryId, Long replacedBy, Long replacedAfterEvent) {
    }

    /** Records how a repayment was split, as posted by {@code entryId}; returns its id. */
    public long insertAllocation(long loanId, long eventId, Allocation a, long entryId) {
        return insertReturningId("INSERT INTO loan_allocation (loan_id, event_id, penalty, interest, principal, prepaid, "
                + "entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)", Arrays.asList(loanId, eventId, a.penalty(),
                a.interest(), a.principal(), a.prepaidPrincipal(), entryId));
    }

    /** Marks a split as replaced by a newer one, after the reversal of {@code afterEvent} replayed the loan. */
    public void replaceAllocation(long id, long replacedBy, long afterEvent) {
        jdbc.prepareStatement("UPDATE loan_allocation SET replaced_by = ?, replaced_after_event = ? WHERE id = ?", ps -> {
            ps.setLong(1, replacedBy);
            ps.setLong(2, afterEvent);
            ps.setLong(3, id);
            return ps.executeUpdate();
        });
    }

    /** Every recorded split of a loan's repayments, oldest first. */
    public List<AllocationRow> allocations(long loanId) {
        return jdbc.prepareStatement("SELECT * FROM loan_allocation WHERE loan_id = ? ORDER BY event_id, id", ps -> {
            ps.setLong(1, loanId);
            List<AllocationRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AllocationRow(rs.getLong("id"), rs.getLong("event_id"), rs.getBigDecimal("penalty"),
                            rs.getBigDecimal("interest"), rs.getBigDecimal("principal"), rs.getBigDecimal("prepaid"),
                            rs.getLong("entry_id"), rs.getObject("replaced_by", Long.class),
                            rs.getObject("replaced_after_event", Long.class)));
                }
            }
            return out;
        });
    }

    /** Loans matching a WHERE clause written in code (the parameters bind). */
    public List<LoanRow> where(String condition, Object... params) {
        return jdbc.prepareStatement("SELECT * FROM loan l WHERE " + condition + " ORDER BY l.id", ps -> {
            SqlQuery.bind(ps, List.of(params));
            List<LoanRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(LoanRow.of(rs));
                }
            }
            return out;
        });
    }
}
