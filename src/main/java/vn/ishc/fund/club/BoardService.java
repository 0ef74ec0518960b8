package vn.ishc.fund.club;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.BoardDtos.Appoint;
import vn.ishc.fund.club.BoardDtos.BoardSeat;
import vn.ishc.fund.club.BoardDtos.EndTerm;
import vn.ishc.fund.club.BoardDtos.RecordTraining;
import vn.ishc.fund.club.BoardDtos.TrainingView;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.time.PlausibleDates;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** The club board (roles with terms) and its members' trainings. */
@Singleton
public class BoardService {

    static final Map<String, String> BOARD_SORTABLE = Map.of("termStart", "b.term_start", "role", "b.role",
            "fullName", "m.full_name");
    static final Map<String, String> TRAINING_SORTABLE = Map.of("trainedOn", "t.trained_on", "kind", "t.kind",
            "fullName", "m.full_name");
    private static final Role[] BOARD_WRITERS = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.CHAIR};
    private static final Role[] TRAINING_WRITERS = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.CHAIR, Role.TREASURER};

    private final BoardRepository board;
    private final TrainingRepository trainings;
    private final MemberRepository members;
    private final ClubAccess access;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public BoardService(BoardRepository board, TrainingRepository trainings, MemberRepository members,
                        ClubAccess access, JdbcOperations jdbc, Clock clock) {
        this.board = board;
        this.trainings = trainings;
        this.members = members;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Seats held on {@code asOf} (default today), or every seat ever with {@code history}. */
    @ReadOnly
    public Page<BoardSeat> board(Caller caller, long clubId, LocalDate asOf, boolean history, PageQuery page) {
        access.visible(caller, clubId);
        LocalDate on = asOf == null ? LocalDate.now(clock) : asOf;
        int year = LocalDate.now(clock).getYear();
        SqlQuery query = new SqlQuery("FROM board_member b JOIN member m ON m.id = b.member_id")
                .where("b.club_id = ?", clubId);
        if (!history) {
            query.where("b.term_start <= ? AND (b.term_end IS NULL OR b.term_end >= ?)", on, on);
        }
        String select = "SELECT b.*, m.full_name, "
                + "(SELECT MIN(t.trained_on) FROM training t WHERE t.member_id = b.member_id AND t.kind = 'INITIAL') AS initial_on, "
                + "(SELECT MAX(t.trained_on) FROM training t WHERE t.member_id = b.member_id AND t.kind = 'REFRESHER') AS refresher_on";
        return query.page(jdbc, select, page, rs -> seat(rs, year));
    }

    @Transactional
    public BoardSeat appoint(Caller caller, long clubId, Appoint req) {
        Club club = access.writable(caller, clubId, BOARD_WRITERS);
        // a term is recorded once it has begun; its planned end may lie ahead (within 1900-2100)
        PlausibleDates.requireHappened("termStart", req.termStart(), clock);
        if (req.termEnd() != null) {
            PlausibleDates.requireInRange("termEnd", req.termEnd());
        }
        Member member = clubMember(clubId, req.memberId());
        if (req.termEnd() != null && req.termEnd().isBefore(req.termStart())) {
            throw ApiException.invalid("termEnd", "term-end-before-start");
        }
        if (req.termStart().isBefore(member.joinedOn())) {
            throw ApiException.rule("termStart", "before-joined", member.joinedOn());
        }
        if (member.leftOn() != null && !member.leftOn().isAfter(req.termStart())) {
            throw ApiException.rule("memberId", "member-left");
        }
        if (req.role().singleHolder()
                && board.overlaps(club.id(), req.role().name(), req.termStart(), req.termEnd(), 0L)) {
            throw ApiException.conflict("role", "board-role-taken");
        }
        BoardMember saved = board.save(new BoardMember(null, clubId, member.id(), req.role(), req.termStart(),
                req.termEnd(), null));
        return seat(saved.id());
    }

    @Transactional
    public BoardSeat endTerm(Caller caller, long clubId, long seatId, EndTerm req) {
        access.writable(caller, clubId, BOARD_WRITERS);
        BoardMember seat = board.findById(seatId).filter(b -> b.clubId() == clubId)
                .orElseThrow(() -> ApiException.notFound("board-seat"));
        PlausibleDates.requireInRange("termEnd", req.termEnd());
        if (req.termEnd().isBefore(seat.termStart())) {
            throw ApiException.invalid("termEnd", "term-end-before-start");
        }
        // moving the end later must not make two chairs (or treasurers) at once
        if (seat.role().singleHolder()
                && board.overlaps(clubId, seat.role().name(), seat.termStart(), req.termEnd(), seat.id())) {
            throw ApiException.conflict("termEnd", "board-role-taken");
        }
        board.update(seat.ending(req.termEnd()));
        return seat(seatId);
    }

    @ReadOnly
    public Page<TrainingView> trainings(Caller caller, long clubId, Integer year, PageQuery page) {
        access.visible(caller, clubId);
        PlausibleDates.year("year", year);
        SqlQuery query = new SqlQuery("FROM training t JOIN member m ON m.id = t.member_id")
                .where("t.club_id = ?", clubId)
                .whereIf(year, "YEAR(t.trained_on) = ?", year);
        return query.page(jdbc, "SELECT t.*, m.full_name", page, BoardService::training);
    }

    @Transactional
    public TrainingView recordTraining(Caller caller, long clubId, RecordTraining req) {
        access.writable(caller, clubId, TRAINING_WRITERS);
        PlausibleDates.requireHappened("trainedOn", req.trainedOn(), clock);
        Member member = clubMember(clubId, req.memberId());
        if (req.trainedOn().isBefore(member.joinedOn())) {
            throw ApiException.rule("trainedOn", "trained-before-joined");
        }
        if (member.leftOn() != null && req.trainedOn().isAfter(member.leftOn())) {
            throw ApiException.rule("trainedOn", "after-left", member.leftOn());
        }
        Training saved = trainings.save(new Training(null, clubId, member.id(), req.kind(), req.trainedOn(),
                Texts.clean(Texts.blankToNull(req.topic())), null));
        return jdbc.prepareStatement("SELECT t.*, m.full_name FROM training t JOIN member m ON m.id = t.member_id "
                + "WHERE t.id = ?", ps -> {
            ps.setLong(1, saved.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return training(rs);
            }
        });
    }

    private Member clubMember(long clubId, long memberId) {
        return members.requireInClub(clubId, memberId, "memberId");
    }

    private BoardSeat seat(long id) {
        int year = LocalDate.now(clock).getYear();
        return jdbc.prepareStatement("SELECT b.*, m.full_name, "
                + "(SELECT MIN(t.trained_on) FROM training t WHERE t.member_id = b.member_id AND t.kind = 'INITIAL') AS initial_on, "
                + "(SELECT MAX(t.trained_on) FROM training t WHERE t.member_id = b.member_id AND t.kind = 'REFRESHER') AS refresher_on "
                + "FROM board_member b JOIN member m ON m.id = b.member_id WHERE b.id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return seat(rs, year);
            }
        });
    }

    private static BoardSeat seat(ResultSet rs, int year) throws SQLException {
        LocalDate refresher = rs.getObject("refresher_on", LocalDate.class);
        LocalDate initial = rs.getObject("initial_on", LocalDate.class);
        return new BoardSeat(rs.getLong("id"), rs.getLong("club_id"), rs.getLong("member_id"),
                rs.getString("full_name"), BoardRole.valueOf(rs.getString("role")),
                rs.getObject("term_start", LocalDate.class), rs.getObject("term_end", LocalDate.class),
                initial, refresher,
                initial != null && (initial.getYear() == year || (refresher != null && refresher.getYear() == year)));
    }

    private static TrainingView training(ResultSet rs) throws SQLException {
        return new TrainingView(rs.getLong("id"), rs.getLong("club_id"), rs.getLong("member_id"),
                rs.getString("full_name"), TrainingKind.valueOf(rs.getString("kind")),
                rs.getObject("trained_on", LocalDate.class), rs.getString("topic"));
    }
}
