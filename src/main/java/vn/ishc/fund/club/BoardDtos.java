package vn.ishc.fund.club;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public final class BoardDtos {

    private BoardDtos() {
    }

    @Introspected
    public record Appoint(@NotNull Long memberId, @NotNull BoardRole role, @NotNull LocalDate termStart,
                          @Nullable LocalDate termEnd) {
    }

    @Introspected
    public record EndTerm(@NotNull LocalDate termEnd) {
    }

    /** A board seat with its holder's training status: initial training ever, refresher this year. */
    @Introspected
    public record BoardSeat(long id, long clubId, long memberId, String fullName, BoardRole role,
                            LocalDate termStart, LocalDate termEnd, LocalDate initialTrainingOn,
                            LocalDate lastRefresherOn, boolean trainedThisYear) {
    }

    @Introspected
    public record RecordTraining(@NotNull Long memberId, @NotNull TrainingKind kind, @NotNull LocalDate trainedOn,
                                 @Nullable @Size(max = 200) String topic) {
    }

    @Introspected
    public record TrainingView(long id, long clubId, long memberId, String fullName, TrainingKind kind,
                               LocalDate trainedOn, String topic) {
    }
}
