package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubCreatedListener;

/** Every new club gets its two ledgers, each with the template chart of accounts, in the same transaction. */
@Singleton
class LedgerSetup implements ClubCreatedListener {

    private final JdbcOperations jdbc;

    public LedgerSetup(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void clubCreated(Club club) {
        jdbc.prepareStatement("INSERT INTO ledger (club_id, fund) VALUES (?, 'IGF'), (?, 'AF')", ps -> {
            ps.setLong(1, club.id());
            ps.setLong(2, club.id());
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO account (ledger_id, code, name_vi, name_en, type, normal_side) "
                + "SELECT l.id, t.code, t.name_vi, t.name_en, t.type, t.normal_side "
                + "FROM ledger l JOIN account_template t ON t.fund = 'BOTH' OR t.fund = l.fund WHERE l.club_id = ?", ps -> {
            ps.setLong(1, club.id());
            return ps.executeUpdate();
        });
    }
}
