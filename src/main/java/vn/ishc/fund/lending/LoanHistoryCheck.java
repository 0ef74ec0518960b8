package vn.ishc.fund.lending;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.lending.LendingDtos.LoanHistoryProblem;
import vn.ishc.fund.security.Caller;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists the loans in the caller's scope whose dates are out of order (recorded before the rules were
 * enforced): decided before the application, disbursed before the approval, an event before the
 * disbursement, applied for before the product was offered, or an event dated beyond the posting window.
 * The books' side (a disbursement before the opening balances) is in the ledger's history check.
 */
@Singleton
class LoanHistoryCheck {

    private final ClubAccess clubs;
    private final JdbcOperations jdbc;
    private final BusinessDates dates;

    public LoanHistoryCheck(ClubAccess clubs, JdbcOperations jdbc, BusinessDates dates) {
        this.clubs = clubs;
        this.jdbc = jdbc;
        this.dates = dates;
    }

    @ReadOnly
    public Page<LoanHistoryProblem> problems(Caller caller, PageQuery page) {
        List<Long> visible = new ArrayList<>(clubs.visibleFoundings(caller).keySet());
        List<LoanHistoryProblem> out = new ArrayList<>();
        if (!visible.isEmpty()) {
            String in = visible.stream().map(String::valueOf).collect(Collectors.joining(","));
            query("SELECT l.club_id, l.id, 'decided-before-application', l.decided_on, NULL FROM loan l "
                    + "WHERE l.club_id IN (" + in + ") AND l.decided_on < l.applied_on", out);
            query("SELECT l.club_id, l.id, 'disbursed-before-approval', l.disbursed_on, NULL FROM loan l "
                    + "WHERE l.club_id IN (" + in + ") AND l.disbursed_on < l.decided_on", out);
            query("SELECT l.club_id, l.id, 'applied-before-product', l.applied_on, NULL FROM loan l "
                    + "JOIN loan_product p ON p.id = l.product_id WHERE l.club_id IN (" + in + ") "
                    + "AND l.applied_on < p.offered_from", out);
            query("SELECT l.club_id, l.id, 'event-before-disbursement', e.event_date, e.id FROM loan l "
                    + "JOIN loan_event e ON e.loan_id = l.id WHERE l.club_id IN (" + in + ") AND NOT e.reversed "
                    + "AND e.kind IN ('REPAYMENT', 'DEFERRAL', 'RESCHEDULE') AND e.event_date < l.disbursed_on", out);
            query("SELECT l.club_id, l.id, 'event-too-far-ahead', e.event_date, e.id FROM loan l "
                    + "JOIN loan_event e ON e.loan_id = l.id WHERE l.club_id IN (" + in + ") AND NOT e.reversed "
                    + "AND e.event_date > '" + dates.latest() + "'", out);
        }
        out.sort(Comparator.comparing(LoanHistoryProblem::clubId).thenComparing(LoanHistoryProblem::loanId)
                .thenComparing(LoanHistoryProblem::rule));
        int from = (int) Math.min(out.size(), page.offset());
        return Page.of(out.subList(from, Math.min(out.size(), from + page.size())), page, out.size());
    }

    private void query(String sql, List<LoanHistoryProblem> out) {
        jdbc.prepareStatement(sql, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LoanHistoryProblem(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, Long.class)));
                }
            }
            return null;
        });
    }
}
