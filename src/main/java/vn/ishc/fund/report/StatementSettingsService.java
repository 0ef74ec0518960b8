package vn.ishc.fund.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.sql.ResultSet;

/** Per club: the signature titles and the place its statements print (blank: the defaults). */
@Singleton
public class StatementSettingsService {

    private final ClubAccess clubs;
    private final JdbcOperations jdbc;

    public StatementSettingsService(ClubAccess clubs, JdbcOperations jdbc) {
        this.clubs = clubs;
        this.jdbc = jdbc;
    }

    /** What the club chose; null fields take the defaults (the titles of the statement's language, the commune). */
    @Introspected
    public record Settings(@Nullable @Size(max = 60) String preparerTitle, @Nullable @Size(max = 60) String treasurerTitle,
                           @Nullable @Size(max = 60) String chairTitle, @Nullable @Size(max = 100) String place) {
        static final Settings DEFAULTS = new Settings(null, null, null, null);
    }

    @ReadOnly
    public Settings get(Caller caller, long clubId) {
        clubs.visible(caller, clubId);
        return of(clubId);
    }

    @Transactional
    public Settings save(Caller caller, long clubId, Settings req) {
        clubs.open(caller, clubId, Role.ADMIN, Role.CHAIR);
        Settings clean = new Settings(clean(req.preparerTitle()), clean(req.treasurerTitle()), clean(req.chairTitle()),
                clean(req.place()));
        jdbc.prepareStatement("INSERT INTO statement_settings (club_id, preparer_title, treasurer_title, chair_title, place) "
                + "VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE preparer_title = VALUES(preparer_title), "
                + "treasurer_title = VALUES(treasurer_title), chair_title = VALUES(chair_title), place = VALUES(place)", ps -> {
            ps.setLong(1, clubId);
            ps.setString(2, clean.preparerTitle());
            ps.setString(3, clean.treasurerTitle());
            ps.setString(4, clean.chairTitle());
            ps.setString(5, clean.place());
            return ps.executeUpdate();
        });
        return of(clubId);
    }

    /** The club's settings, read inside the caller's transaction (scope already checked). */
    Settings of(long clubId) {
        return jdbc.prepareStatement("SELECT preparer_title, treasurer_title, chair_title, place FROM statement_settings "
                + "WHERE club_id = ?", ps -> {
            ps.setLong(1, clubId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Settings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                        : Settings.DEFAULTS;
            }
        });
    }

    private static String clean(String s) {
        return Texts.clean(Texts.blankToNull(s));
    }
}
