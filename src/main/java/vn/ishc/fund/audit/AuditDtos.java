package vn.ishc.fund.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ishc.fund.ledger.Fund;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Bodies and views of the auditor's review. */
public final class AuditDtos {

    public static final int MAX_TEXT = 2000;

    private AuditDtos() {
    }

    /** The period of the books a review covers (entries dated from {@code from} to {@code to}). */
    @Introspected
    public record OpenReview(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    /** A finding, about one entry of the ledger or about the books in general ({@code entryId} absent). */
    @Introspected
    public record NewFinding(@Nullable Long entryId, @NotNull Severity severity,
                             @NotBlank @Size(max = MAX_TEXT) String text) {
    }

    @Introspected
    public record Answer(@NotBlank @Size(max = MAX_TEXT) String text) {
    }

    @Introspected
    public record FindingView(long id, long reviewId, Long entryId, Long entrySeq, Severity severity, String text,
                              FindingStatus status, Instant createdAt, String answer, String answeredBy,
                              Instant answeredAt, String closedBy, Instant closedAt) {
    }

    /**
     * A review with everything its report shows: the ledger and club, the period, the auditor, when it was
     * opened and signed ({@code signedOn}: the day in Vietnam), the signed chain head, and the findings
     * with their answers, in the order they were recorded.
     */
    @Introspected
    public record ReviewView(long id, long ledgerId, Fund fund, String currency, long clubId, String clubCode,
                             String clubName, LocalDate periodFrom, LocalDate periodTo, long auditorId,
                             String auditorName, ReviewStatus status, Instant openedAt, Instant signedAt,
                             LocalDate signedOn, Long signedSeq, String signedHash, List<FindingView> findings) {
    }

    /** A review in a list: {@code openFindings} counts those not closed yet. */
    @Introspected
    public record ReviewSummary(long id, long ledgerId, LocalDate periodFrom, LocalDate periodTo, long auditorId,
                                String auditorName, ReviewStatus status, Instant openedAt, Instant signedAt,
                                Long signedSeq, long findings, long openFindings) {
    }
}
