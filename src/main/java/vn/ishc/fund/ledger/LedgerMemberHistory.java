package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.MemberHistory;

/** A member with any posting in a ledger has history and is never deleted. */
@Singleton
public class LedgerMemberHistory implements MemberHistory {

    private final JdbcOperations jdbc;

    public LedgerMemberHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasHistory(long memberId) {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM posting WHERE member_id = ?)", ps -> {
            ps.setLong(1, memberId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }
}
