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

    /** A user's role and scope in one round trip (every request needs it). */
    @io.micronaut.core.annotation.Introspected
    record CallerRow(long id, String username, String role, @io.micronaut.core.annotation.Nullable Long scopeUnitId,
                     boolean active, @io.micronaut.core.annotation.Nullable String clubIds) {
    }

    @Query("SELECT u.id, u.username, u.role, u.scope_unit_id, u.active, "
            + "(SELECT GROUP_CONCAT(c.club_id ORDER BY c.club_id) FROM app_user_club c WHERE c.user_id = u.id) AS club_ids "
            + "FROM app_user u WHERE u.id = :id")
    Optional<CallerRow> findCaller(long id);

    @Query("SELECT club_id FROM app_user_club WHERE user_id = :userId ORDER BY club_id")
    List<Long> findClubIds(long userId);

    @Query("DELETE FROM app_user_club WHERE user_id = :userId")
    void deleteClubs(long userId);

    @Query("INSERT INTO app_user_club (user_id, club_id) VALUES (:userId, :clubId)")
    void addClub(long userId, long clubId);
}
