package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.ledger.PeriodDtos.CloseMonth;
import vn.ishc.fund.ledger.PeriodDtos.PeriodEvent;
import vn.ishc.fund.ledger.PeriodDtos.Periods;
import vn.ishc.fund.ledger.PeriodDtos.ReopenMonth;
import vn.ishc.fund.ledger.PeriodDtos.YearEnd;
import vn.ishc.fund.ledger.PeriodDtos.YearEndResult;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accounting periods of a club (both ledgers together). Months stay open until the CHAIR closes
 * them, one after another; a closed month takes no entries (invariant 6). Reopening is for ADMIN
 * only, with a reason, and is recorded. The year-end close posts the closing entries to 421 and
 * closes December.
 */
@Singleton
class PeriodService {

    private static final Role[] CLOSERS = {Role.ADMIN, Role.CHAIR};

    private final ClubAccess clubs;
    private final LedgerStore store;
    private final LedgerPoster poster;
    private final BalanceReader balances;
    private final LedgerService ledgers;
    private final Idempotency idempotency;
    private final Tx tx;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public PeriodService(ClubAccess clubs, LedgerStore store, LedgerPoster poster, BalanceReader balances,
                         LedgerService ledgers, Idempotency idempotency, Tx tx, JdbcOperations jdbc, Clock clock) {
        this.clubs = clubs;
        this.store = store;
        this.poster = poster;
        this.balances = balances;
        this.ledgers = ledgers;
        this.idempotency = idempotency;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ReadOnly
    public Periods status(Caller caller, long clubId) {
        Club club = clubs.visible(caller, clubId);
        return periods(club);
    }

    public Periods close(Caller caller, long clubId, CloseMonth req) {
        return tx.write(() -> {
            Club club = clubs.open(caller, clubId, CLOSERS);
            Map<Fund, LedgerRow> locked = rows(store.lock(clubId, EnumSet.allOf(Fund.class)));
            YearMonth month = YearMonth.parse(req.month());
            YearMonth next = nextToClose(club, closedThrough(locked));
            if (!month.equals(next)) {
                throw ApiException.rule("month", "close-in-order", next.toString());
            }
            if (!month.atEndOfMonth().isBefore(LocalDate.now(clock))) {
                throw ApiException.rule("month", "month-not-over");
            }
            setClosedThrough(clubId, month.atEndOfMonth());
            record(caller, clubId, "CLOSE", month, null);
            return periods(club);
        });
    }

    public Periods reopen(Caller caller, long clubId, ReopenMonth req, Locale locale) {
        return tx.write(() -> {
            caller.requireRole(Role.ADMIN);
            Club club = clubs.open(caller, clubId, Role.ADMIN);
            Map<Fund, LedgerRow> locked = rows(store.lock(clubId, EnumSet.allOf(Fund.class)));
            YearMonth month = YearMonth.parse(req.month());
            LocalDate closed = closedThrough(locked);
            if (closed == null || closed.isBefore(month.atEndOfMonth())) {
                throw ApiException.rule("month", "month-not-closed");
            }
            setClosedThrough(clubId, month.atDay(1).minusDays(1));
            undoYearCloses(caller, club, locked, month.getYear(), Texts.clean(req.reason()));
            record(caller, clubId, "REOPEN", month, Texts.clean(req.reason()));
            return periods(club);
        });
    }

    public Idempotency.Once<YearEndResult> yearEnd(Caller caller, long clubId, String key, YearEnd req, Locale locale) {
        Idempotency.requireKey(key);
        return tx.write(() -> {
            Club club = clubs.open(caller, clubId, CLOSERS);
            return idempotency.once(caller, key, "year-end:" + clubId, req, YearEndResult.class, () -> {
                int year = req.year();
                Map<Fund, LedgerRow> locked = rows(store.lock(clubId, EnumSet.allOf(Fund.class)));
                LocalDate closed = closedThrough(locked);
                if (closed == null || !closed.equals(LocalDate.of(year, 11, 30))) {
                    throw ApiException.rule("year", "year-end-order", year);
                }
                LocalDate yearEnd = LocalDate.of(year, 12, 31);
                if (!yearEnd.isBefore(LocalDate.now(clock))) {
                    throw ApiException.rule("year", "month-not-over");
                }
                List<EntryDraft> drafts = new ArrayList<>();
                for (LedgerRow ledger : locked.values()) {
                    EntryDraft d = YearEndRule.closing(ledger.fund(), year, yearNet(ledger, year),
                            "Kết chuyển cuối năm " + year + " vào thặng dư lũy kế");
                    if (d != null) {
                        drafts.add(d);
                    }
                }
                List<PostedEntry> posted = drafts.isEmpty() ? List.of() : poster.post(caller, club, drafts);
                for (LedgerRow ledger : locked.values()) {
                    Long entryId = posted.stream().filter(p -> p.ledgerId() == ledger.id()).map(PostedEntry::id)
                            .findFirst().orElse(null);
                    jdbc.prepareStatement("INSERT INTO year_close (ledger_id, year, entry_id) VALUES (?, ?, ?)", ps -> {
                        ps.setLong(1, ledger.id());
                        ps.setInt(2, year);
                        ps.setObject(3, entryId);
                        return ps.executeUpdate();
                    });
                }
                setClosedThrough(clubId, yearEnd);
                record(caller, clubId, "YEAR_END", YearMonth.of(year, 12), null);
                return new YearEndResult(year, yearEnd, ledgers.posted("YEAR_END_CLOSE", posted, locale));
            });
        });
    }

    /** Net movement (debit minus credit) of the year for each income and expense leaf account. */
    private Map<String, BigDecimal> yearNet(LedgerRow ledger, int year) {
        Map<Long, BalanceReader.Totals> end = balances.totals(ledger.id(), LocalDate.of(year, 12, 31));
        Map<Long, BalanceReader.Totals> start = balances.totals(ledger.id(), LocalDate.of(year - 1, 12, 31));
        Map<String, BigDecimal> out = new TreeMap<>();
        for (AccountRow a : store.accounts(ledger.id()).values()) {
            if (!a.header() && (a.type() == AccountType.INCOME || a.type() == AccountType.EXPENSE)) {
                BigDecimal net = end.getOrDefault(a.id(), BalanceReader.Totals.ZERO).net()
                        .subtract(start.getOrDefault(a.id(), BalanceReader.Totals.ZERO).net());
                out.put(a.code(), net);
            }
        }
        return out;
    }

    /** Reopening into a closed year takes back its closing entries; closing the year again posts fresh ones. */
    private void undoYearCloses(Caller caller, Club club, Map<Fund, LedgerRow> locked, int fromYear, String reason) {
        for (LedgerRow ledger : locked.values()) {
            List<long[]> closes = jdbc.prepareStatement("SELECT year, entry_id FROM year_close WHERE ledger_id = ? "
                    + "AND year >= ? ORDER BY year", ps -> {
                ps.setLong(1, ledger.id());
                ps.setInt(2, fromYear);
                List<long[]> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new long[]{rs.getInt(1), rs.getObject(2) == null ? 0 : rs.getLong(2)});
                    }
                }
                return out;
            });
            for (long[] c : closes) {
                if (c[1] != 0) {
                    List<PostingDraft> mirror = store.postingsOf(c[1]).stream().map(PostingDraft::mirrored).toList();
                    poster.post(caller, club, List.of(new EntryDraft(ledger.fund(), LocalDate.of((int) c[0], 12, 31),
                            "REVERSAL", "Hủy kết chuyển cuối năm " + c[0] + ": " + reason, mirror, c[1], reason)));
                }
            }
            jdbc.prepareStatement("DELETE FROM year_close WHERE ledger_id = ? AND year >= ?", ps -> {
                ps.setLong(1, ledger.id());
                ps.setInt(2, fromYear);
                return ps.executeUpdate();
            });
        }
    }

    private Periods periods(Club club) {
        LocalDate closed = jdbc.prepareStatement("SELECT MAX(closed_through) FROM ledger WHERE club_id = ?", ps -> {
            ps.setLong(1, club.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        });
        List<PeriodEvent> events = jdbc.prepareStatement("SELECT * FROM period_event WHERE club_id = ? "
                + "ORDER BY id DESC LIMIT 100", ps -> {
            ps.setLong(1, club.id());
            List<PeriodEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp("at");
                    out.add(new PeriodEvent(rs.getString("action"),
                            YearMonth.from(rs.getObject("month", LocalDate.class)).toString(), rs.getString("reason"),
                            rs.getString("username"), at.toInstant()));
                }
            }
            return out;
        });
        return new Periods(club.id(), closed, nextToClose(club, closed).toString(), events);
    }

    /** The month after the last closed one; at first, the month of the earliest entry (or of the founding). */
    private YearMonth nextToClose(Club club, LocalDate closedThrough) {
        if (closedThrough != null) {
            return YearMonth.from(closedThrough).plusMonths(1);
        }
        LocalDate first = jdbc.prepareStatement("SELECT MIN(e.value_date) FROM journal_entry e JOIN ledger l "
                + "ON l.id = e.ledger_id WHERE l.club_id = ?", ps -> {
            ps.setLong(1, club.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        });
        return YearMonth.from(first == null ? club.foundedOn() : first);
    }

    private static Map<Fund, LedgerRow> rows(Map<Fund, LedgerStore.Locked> locked) {
        Map<Fund, LedgerRow> out = new java.util.LinkedHashMap<>();
        locked.forEach((f, l) -> out.put(f, l.row()));
        return out;
    }

    private static LocalDate closedThrough(Map<Fund, LedgerRow> locked) {
        return locked.values().stream().map(LedgerRow::closedThrough).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    private void setClosedThrough(long clubId, LocalDate date) {
        jdbc.prepareStatement("UPDATE ledger SET closed_through = ? WHERE club_id = ?", ps -> {
            ps.setObject(1, date);
            ps.setLong(2, clubId);
            return ps.executeUpdate();
        });
    }

    private void record(Caller caller, long clubId, String action, YearMonth month, String reason) {
        jdbc.prepareStatement("INSERT INTO period_event (club_id, action, month, reason, user_id, username) "
                + "VALUES (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, clubId);
            ps.setString(2, action);
            ps.setObject(3, month.atDay(1));
            ps.setString(4, reason);
            ps.setLong(5, caller.userId());
            ps.setString(6, caller.username());
            return ps.executeUpdate();
        });
    }
}
