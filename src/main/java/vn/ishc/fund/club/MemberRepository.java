package vn.ishc.fund.club;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MemberRepository extends CrudRepository<Member, Long> {

    @Query("SELECT COALESCE(MAX(member_no), 0) + 1 FROM member WHERE club_id = :clubId")
    int nextMemberNo(long clubId);

    @Query("SELECT (EXISTS (SELECT 1 FROM board_member WHERE member_id = :memberId) "
            + "OR EXISTS (SELECT 1 FROM training WHERE member_id = :memberId))")
    boolean hasRegistryHistory(long memberId);
}
