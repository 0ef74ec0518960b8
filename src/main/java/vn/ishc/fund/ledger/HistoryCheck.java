package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.ledger.LedgerDtos.HistoryProblem;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists the ledgers in the caller's scope whose books already break invariant 9 (written before the
 * rules were enforced, or behind the service's back): entries dated before the books' opening or the
 * club's founding, and cash, bank or goods accounts with a negative balance at the end of some day. An
 * operator corrects them by reversal; the demo never has any.
 */
@Singleton
class HistoryCheck {

    private final ClubAccess clubs;
    private final JdbcOperations jdbc;

    public HistoryCheck(ClubAccess clubs, JdbcOperations jdbc) {
        this.clubs = clubs;
        this.jdbc = jdbc;
    }

    @ReadOnly
    public Page<HistoryProblem> problems(Caller caller, PageQuery page) {
        Map<Long, LocalDate> founded = clubs.visibleFoundings(caller);
        List<HistoryProblem> out = new ArrayList<>();
        if (!founded.isEmpty()) {
            String in = founded.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
            early(in, founded, out);
            negative(in, out);
        }
        out.sort(Comparator.comparing(HistoryProblem::clubId).thenComparing(HistoryProblem::ledgerId)
                .thenComparing(HistoryProblem::date));
        int from = (int) Math.min(out.size(), page.offset());
        return Page.of(out.subList(from, Math.min(out.size(), from + page.size())), page, out.size());
    }

    /** Entries before the opening balances, or before the club was founded: the earliest and how many. */
    private void early(String clubIds, Map<Long, LocalDate> founded, List<HistoryProblem> out) {
        List<HistoryProblem> beforeFounding = new ArrayList<>();
        jdbc.prepareStatement("SELECT l.id, l.club_id, l.fund, MIN(e.value_date), "
                + "MIN(CASE WHEN e.value_date < l.opened_on THEN e.value_date END), "
                + "COUNT(CASE WHEN e.value_date < l.opened_on THEN 1 END) FROM ledger l "
                + "JOIN journal_entry e ON e.ledger_id = l.id WHERE l.club_id IN (" + clubIds + ") GROUP BY l.id", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long ledger = rs.getLong(1);
                    long club = rs.getLong(2);
                    Fund fund = Fund.valueOf(rs.getString(3));
                    LocalDate first = rs.getObject(4, LocalDate.class);
                    if (rs.getLong(6) > 0) {
                        out.add(new HistoryProblem(club, ledger, fund, "before-opening", null,
                                rs.getObject(5, LocalDate.class), null, rs.getLong(6)));
                    }
                    if (first.isBefore(founded.get(club))) {
                        beforeFounding.add(new HistoryProblem(club, ledger, fund, "before-founding", null, first, null, 0));
                    }
                }
            }
            return null;
        });
        for (HistoryProblem p : beforeFounding) {
            long count = jdbc.prepareStatement("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ? AND value_date < ?", ps -> {
                ps.setLong(1, p.ledgerId());
                ps.setObject(2, founded.get(p.clubId()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            out.add(new HistoryProblem(p.clubId(), p.ledgerId(), p.fund(), p.rule(), null, p.date(), null, count));
        }
    }

    /** The first day each cash, bank or goods account ended with a credit balance, and that balance. */
    private void negative(String clubIds, List<HistoryProblem> out) {
        Set<String> seen = new HashSet<>();
        jdbc.prepareStatement("SELECT x.ledger_id, l.club_id, l.fund, x.code, x.day, x.balance FROM ("
                + "SELECT d.ledger_id, d.account_id, a.code, d.day, SUM(d.debit - d.credit) OVER "
                + "(PARTITION BY d.account_id ORDER BY d.day) AS balance FROM account_day d "
                + "JOIN account a ON a.id = d.account_id JOIN ledger l2 ON l2.id = d.ledger_id "
                + "WHERE l2.club_id IN (" + clubIds + ") AND (a.code LIKE '" + Chart.CASH + "%' OR a.code LIKE '"
                + Chart.BANK + "%' OR a.code LIKE '" + Chart.GOODS + "%')) x JOIN ledger l ON l.id = x.ledger_id "
                + "WHERE x.balance < 0 ORDER BY x.account_id, x.day", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String account = rs.getString(4);
                    if (seen.add(rs.getLong(1) + ":" + account)) {
                        BigDecimal balance = Amounts.normalize(rs.getBigDecimal(6), Amounts.VND);
                        out.add(new HistoryProblem(rs.getLong(2), rs.getLong(1), Fund.valueOf(rs.getString(3)),
                                "negative-balance", account, rs.getObject(5, LocalDate.class), balance, 1));
                    }
                }
            }
            return null;
        });
    }
}
