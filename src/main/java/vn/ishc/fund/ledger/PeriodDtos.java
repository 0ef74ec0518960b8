package vn.ishc.fund.ledger;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class PeriodDtos {

    static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";

    private PeriodDtos() {
    }

    @Introspected
    public record CloseMonth(@NotBlank @Pattern(regexp = MONTH) String month) {
    }

    @Introspected
    public record ReopenMonth(@NotBlank @Pattern(regexp = MONTH) String month,
                              @NotBlank @Size(max = 300) String reason) {
    }

    @Introspected
    public record YearEnd(@NotNull @Min(2000) @Max(2100) Integer year) {
    }

    @Introspected
    public record PeriodEvent(String action, String month, String reason, String username, Instant at) {
    }

    /** Months up to {@code closedThrough} are closed; {@code nextToClose} is the only month that may be closed next. */
    @Introspected
    public record Periods(long clubId, LocalDate closedThrough, String nextToClose, List<PeriodEvent> events) {
    }

    @Introspected
    public record YearEndResult(int year, LocalDate closedThrough, LedgerDtos.Posted closing) {
    }
}
