package vn.ishc.fund.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.audit.AuditDtos.FindingView;
import vn.ishc.fund.audit.AuditDtos.ReviewSummary;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.SqlQuery;
import vn.ishc.fund.common.time.ClockFactory;
import vn.ishc.fund.ledger.SignedCheckpoints.Checkpoint;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review tables. Times are stored in UTC. Runs in the caller's transaction. */
@Singleton
class ReviewStore {

    /** Sortable fields of a review list. */
    static final Map<String, String> SORTABLE = Map.of("openedAt", "r.opened_at", "periodFrom", "r.period_from",
            "periodTo", "r.period_to", "status", "r.status", "signedSeq", "r.signed_seq");

    private final JdbcOperations jdbc;

    ReviewStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A review as stored. */
    record ReviewRow(long id, long ledgerId, LocalDate from, LocalDate to, long auditorId, String auditorName,
                     ReviewStatus status, Instant openedAt, Instant signedAt, Long signedSeq, String signedHash) {

        LocalDate signedOn() {
            return signedAt == null ? null : LocalDate.ofInstant(signedAt, ClockFactory.VIETNAM);
        }
    }

    long insertReview(long ledgerId, LocalDate from, LocalDate to, long auditorId, String auditorName, Instant at) {
        return insert("INSERT INTO audit_review (ledger_id, period_from, period_to, auditor_id, auditor_name, opened_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, ledgerId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            ps.setLong(4, auditorId);
            ps.setString(5, auditorName);
            ps.setObject(6, utc(at));
        });
    }

    Optional<ReviewRow> review(long id, boolean lock) {
        return jdbc.prepareStatement("SELECT * FROM audit_review WHERE id = ?" + (lock ? " FOR UPDATE" : ""), ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(review(rs)) : Optional.empty();
            }
        });
    }

    void sign(long id, Instant at, long seq, String hash) {
        jdbc.prepareStatement("UPDATE audit_review SET status = 'SIGNED', signed_at = ?, signed_seq = ?, signed_hash = ? "
                + "WHERE id = ? AND status = 'OPEN'", ps -> {
            ps.setObject(1, utc(at));
            ps.setLong(2, seq);
            ps.setString(3, hash);
            ps.setLong(4, id);
            return ps.executeUpdate();
        });
    }

    Page<ReviewSummary> page(long ledgerId, ReviewStatus status, PageQuery page) {
        return new SqlQuery("FROM audit_review r").where("r.ledger_id = ?", ledgerId)
                .whereIf(status, "r.status = ?", status)
                .page(jdbc, "SELECT r.*, (SELECT COUNT(*) FROM audit_finding f WHERE f.review_id = r.id) AS findings, "
                        + "(SELECT COUNT(*) FROM audit_finding f WHERE f.review_id = r.id AND f.status <> 'CLOSED') "
                        + "AS open_findings", page, rs -> {
                    ReviewRow r = review(rs);
                    return new ReviewSummary(r.id(), r.ledgerId(), r.from(), r.to(), r.auditorId(), r.auditorName(),
                            r.status(), r.openedAt(), r.signedAt(), r.signedSeq(), rs.getLong("findings"),
                            rs.getLong("open_findings"));
                });
    }

    /** The signed heads of a ledger, by entry number. */
    List<Checkpoint> signed(long ledgerId) {
        return jdbc.prepareStatement("SELECT * FROM audit_review WHERE ledger_id = ? AND status = 'SIGNED' "
                + "ORDER BY signed_seq, id", ps -> {
            ps.setLong(1, ledgerId);
            List<Checkpoint> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ReviewRow r = review(rs);
                    out.add(new Checkpoint(r.id(), r.signedSeq(), r.signedHash(), r.auditorName(), r.signedOn()));
                }
            }
            return out;
        });
    }

    long insertFinding(long reviewId, Long entryId, Long entrySeq, Severity severity, String text, Instant at) {
        return insert("INSERT INTO audit_finding (review_id, entry_id, entry_seq, severity, text, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, reviewId);
            ps.setObject(2, entryId);
            ps.setObject(3, entrySeq);
            ps.setString(4, severity.name());
            ps.setString(5, text);
            ps.setObject(6, utc(at));
        });
    }

    long findingCount(long reviewId) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM audit_finding WHERE review_id = ?", ps -> {
            ps.setLong(1, reviewId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    List<FindingView> findings(long reviewId) {
        return jdbc.prepareStatement("SELECT * FROM audit_finding WHERE review_id = ? ORDER BY id", ps -> {
            ps.setLong(1, reviewId);
            List<FindingView> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(finding(rs));
                }
            }
            return out;
        });
    }

    /** A finding of this review (locked: its review is locked by the caller already). */
    Optional<FindingView> finding(long reviewId, long findingId) {
        return jdbc.prepareStatement("SELECT * FROM audit_finding WHERE id = ? AND review_id = ? FOR UPDATE", ps -> {
            ps.setLong(1, findingId);
            ps.setLong(2, reviewId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(finding(rs)) : Optional.empty();
            }
        });
    }

    void answer(long findingId, String text, long userId, String name, Instant at) {
        jdbc.prepareStatement("UPDATE audit_finding SET status = 'ANSWERED', answer = ?, answered_by = ?, "
                + "answered_by_name = ?, answered_at = ? WHERE id = ? AND status = 'OPEN'", ps -> {
            ps.setString(1, text);
            ps.setLong(2, userId);
            ps.setString(3, name);
            ps.setObject(4, utc(at));
            ps.setLong(5, findingId);
            return ps.executeUpdate();
        });
    }

    void close(long findingId, long userId, String name, Instant at) {
        jdbc.prepareStatement("UPDATE audit_finding SET status = 'CLOSED', closed_by = ?, closed_by_name = ?, "
                + "closed_at = ? WHERE id = ? AND status = 'ANSWERED'", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, name);
            ps.setObject(3, utc(at));
            ps.setLong(4, findingId);
            return ps.executeUpdate();
        });
    }

    private static ReviewRow review(ResultSet rs) throws SQLException {
        return new ReviewRow(rs.getLong("id"), rs.getLong("ledger_id"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getLong("auditor_id"), rs.getString("auditor_name"),
                ReviewStatus.valueOf(rs.getString("status")), instant(rs, "opened_at"), instant(rs, "signed_at"),
                rs.getObject("signed_seq", Long.class), rs.getString("signed_hash"));
    }

    private static FindingView finding(ResultSet rs) throws SQLException {
        return new FindingView(rs.getLong("id"), rs.getLong("review_id"), rs.getObject("entry_id", Long.class),
                rs.getObject("entry_seq", Long.class), Severity.valueOf(rs.getString("severity")), rs.getString("text"),
                FindingStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), rs.getString("answer"),
                rs.getString("answered_by_name"), instant(rs, "answered_at"), rs.getString("closed_by_name"),
                instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private long insert(String sql, Binder binder) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                binder.bind(ps);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
