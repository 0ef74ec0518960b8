package vn.ishc.fund.club;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BoardRepository extends CrudRepository<BoardMember, Long> {

    /** Whether another term of this role overlaps [start, end] (end null = open). */
    @Query("SELECT COUNT(*) > 0 FROM board_member WHERE club_id = :clubId AND role = :role AND id <> :exceptId "
            + "AND term_start <= COALESCE(:end, '9999-12-31') AND (term_end IS NULL OR term_end >= :start)")
    boolean overlaps(long clubId, String role, LocalDate start, @Nullable LocalDate end, long exceptId);
}
