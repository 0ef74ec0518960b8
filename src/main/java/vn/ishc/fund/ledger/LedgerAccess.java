package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.sql.ResultSet;

/** Scope checks for ledgers: a ledger is visible or writable exactly when its club is. */
@Singleton
class LedgerAccess {

    private final ClubAccess clubs;
    private final JdbcOperations jdbc;

    public LedgerAccess(ClubAccess clubs, JdbcOperations jdbc) {
        this.clubs = clubs;
        this.jdbc = jdbc;
    }

    /** A ledger with its club. */
    public record LedgerRef(LedgerRow ledger, Club club) {
    }

    public LedgerRef visible(Caller caller, long ledgerId) {
        LedgerRow ledger = find(ledgerId);
        if (!clubs.canSee(caller, ledger.clubId())) {
            throw ApiException.notFound("ledger");
        }
        return new LedgerRef(ledger, clubs.visible(caller, ledger.clubId()));
    }

    public LedgerRef writable(Caller caller, long ledgerId, Role... roles) {
        LedgerRow ledger = find(ledgerId);
        if (!clubs.canSee(caller, ledger.clubId())) {
            throw ApiException.notFound("ledger");
        }
        return new LedgerRef(ledger, clubs.open(caller, ledger.clubId(), roles));
    }

    public LedgerRow ledgerOf(long clubId, Fund fund) {
        return jdbc.prepareStatement("SELECT * FROM ledger WHERE club_id = ? AND fund = ?", ps -> {
            ps.setLong(1, clubId);
            ps.setString(2, fund.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("ledger");
                }
                return LedgerStore.ledger(rs);
            }
        });
    }

    /** The ledger, whoever asks; 404 if there is none. */
    LedgerRow find(long ledgerId) {
        return jdbc.prepareStatement("SELECT * FROM ledger WHERE id = ?", ps -> {
            ps.setLong(1, ledgerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("ledger");
                }
                return LedgerStore.ledger(rs);
            }
        });
    }
}
