package vn.ishc.fund.club;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers many members, board seats and trainings of a club in a few statements, for callers that
 * checked their data as a whole first (loading the demo; importing a club's lists). Runs in the
 * caller's transaction.
 */
@Singleton
public class BulkRegistry {

    private final MemberRepository members;
    private final JdbcOperations jdbc;

    BulkRegistry(MemberRepository members, JdbcOperations jdbc) {
        this.members = members;
        this.jdbc = jdbc;
    }

    public record NewMember(String fullName, Sex sex, int birthYear, PovertyStatus poverty, String ethnicity,
                            Long villageId, String phone, LocalDate joinedOn) {
    }

    public record Seat(long memberId, BoardRole role, LocalDate termStart) {
    }

    public record NewTraining(long memberId, TrainingKind kind, LocalDate on, String topic) {
    }

    /** Adds members numbered on from the club's last member number, in order; returns their ids in that order. */
    public List<Long> addMembers(long clubId, List<NewMember> people) {
        int first = members.nextMemberNo(clubId);
        jdbc.prepareStatement("INSERT INTO member (club_id, member_no, full_name, sex, birth_year, poverty_status, "
                + "ethnicity, village_id, phone, joined_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            int no = first;
            for (NewMember p : people) {
                ps.setLong(1, clubId);
                ps.setInt(2, no++);
                ps.setString(3, p.fullName());
                ps.setString(4, p.sex().name());
                ps.setInt(5, p.birthYear());
                ps.setString(6, p.poverty().name());
                ps.setString(7, p.ethnicity());
                ps.setObject(8, p.villageId());
                ps.setString(9, p.phone());
                ps.setObject(10, p.joinedOn());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
        return jdbc.prepareStatement("SELECT id FROM member WHERE club_id = ? AND member_no >= ? ORDER BY member_no", ps -> {
            ps.setLong(1, clubId);
            ps.setInt(2, first);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    public void addBoard(long clubId, List<Seat> seats) {
        jdbc.prepareStatement("INSERT INTO board_member (club_id, member_id, role, term_start) VALUES (?, ?, ?, ?)", ps -> {
            for (Seat s : seats) {
                ps.setLong(1, clubId);
                ps.setLong(2, s.memberId());
                ps.setString(3, s.role().name());
                ps.setObject(4, s.termStart());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    public void addTrainings(long clubId, List<NewTraining> trainings) {
        if (trainings.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO training (club_id, member_id, kind, trained_on, topic) VALUES (?, ?, ?, ?, ?)", ps -> {
            for (NewTraining t : trainings) {
                ps.setLong(1, clubId);
                ps.setLong(2, t.memberId());
                ps.setString(3, t.kind().name());
                ps.setObject(4, t.on());
                ps.setString(5, t.topic());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }
}
