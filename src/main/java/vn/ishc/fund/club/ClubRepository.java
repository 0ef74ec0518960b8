package vn.ishc.fund.club;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClubRepository extends CrudRepository<Club, Long> {

    boolean existsByCode(String code);

    /** Locks the club row: writes that number things per club (members, vouchers) serialise here. */
    @Query("SELECT * FROM club WHERE id = :id FOR UPDATE")
    Optional<Club> findByIdForUpdate(long id);

    @Query("SELECT MIN(joined_on) FROM member WHERE club_id = :clubId")
    Optional<LocalDate> earliestJoin(long clubId);
}
