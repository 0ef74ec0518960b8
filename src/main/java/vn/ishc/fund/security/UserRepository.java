package vn.ishc.fund.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserRepository extends CrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByRoleAndActive(Role role, boolean active);

    @Query("SELECT club_id FROM app_user_club WHERE user_id = :userId ORDER BY club_id")
    List<Long> findClubIds(long userId);

    @Query("DELETE FROM app_user_club WHERE user_id = :userId")
    void deleteClubs(long userId);

    @Query("INSERT INTO app_user_club (user_id, club_id) VALUES (:userId, :clubId)")
    void addClub(long userId, long clubId);
}
