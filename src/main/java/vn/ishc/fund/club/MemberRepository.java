package vn.ishc.fund.club;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.ishc.fund.common.error.ApiException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MemberRepository extends CrudRepository<Member, Long> {

    /**
     * The club's member with this id, or 422 {@code not-a-club-member} on {@code field}. Another
     * club's member is refused exactly like an unknown id, so member ids do not leak across clubs.
     */
    default Member requireInClub(long clubId, long memberId, String field) {
        return findById(memberId).filter(m -> m.clubId() == clubId)
                .orElseThrow(() -> ApiException.rule(field, "not-a-club-member"));
    }

    Optional<Member> findByClubIdAndMemberNo(long clubId, int memberNo);

    List<Member> findByClubIdOrderByMemberNo(long clubId);

    @Query("SELECT COALESCE(MAX(member_no), 0) + 1 FROM member WHERE club_id = :clubId")
    int nextMemberNo(long clubId);

    @Query("SELECT (EXISTS (SELECT 1 FROM board_member WHERE member_id = :memberId) "
            + "OR EXISTS (SELECT 1 FROM training WHERE member_id = :memberId))")
    boolean hasRegistryHistory(long memberId);

    /** The first day of the member's board terms and trainings. */
    @Query("SELECT MIN(d) FROM (SELECT term_start AS d FROM board_member WHERE member_id = :memberId "
            + "UNION ALL SELECT trained_on FROM training WHERE member_id = :memberId) h")
    Optional<LocalDate> firstHistoryDate(long memberId);

    /** The last day a board term of the member started or they were trained. */
    @Query("SELECT MAX(d) FROM (SELECT term_start AS d FROM board_member WHERE member_id = :memberId "
            + "UNION ALL SELECT trained_on FROM training WHERE member_id = :memberId) h")
    Optional<LocalDate> lastHistoryDate(long memberId);
}
