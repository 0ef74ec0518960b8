package vn.ishc.fund.lending;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.MemberHistory;

/** A member who ever applied for a loan has history. */
@Singleton
public class LendingMemberHistory implements MemberHistory {

    private final JdbcOperations jdbc;

    public LendingMemberHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasHistory(long memberId) {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM loan WHERE member_id = ?)", ps -> {
            ps.setLong(1, memberId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }
}
