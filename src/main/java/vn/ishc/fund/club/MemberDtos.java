package vn.ishc.fund.club;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public final class MemberDtos {

    /** A phone number, or empty: an empty phone clears it (the services store blanks as null). */
    static final String PHONE = "(\\+?[0-9]{8,15})?";

    private MemberDtos() {
    }

    @Introspected
    public record CreateMember(
            @NotBlank @Size(max = 150) String fullName,
            @NotNull Sex sex,
            @NotNull @Min(1900) Integer birthYear,
            @NotNull PovertyStatus povertyStatus,
            @Nullable @Size(max = 50) String ethnicity,
            @Nullable Long villageId,
            @Nullable @Pattern(regexp = PHONE) String phone,
            @NotNull LocalDate joinedOn) {
    }

    /** Absent fields stay unchanged. */
    @Introspected
    public record UpdateMember(
            @Nullable @Size(min = 1, max = 150) String fullName,
            @Nullable Sex sex,
            @Nullable @Min(1900) Integer birthYear,
            @Nullable PovertyStatus povertyStatus,
            @Nullable @Size(max = 50) String ethnicity,
            @Nullable Long villageId,
            @Nullable @Pattern(regexp = PHONE) String phone,
            @Nullable LocalDate joinedOn) {
    }

    @Introspected
    public record LeaveClub(@NotNull LocalDate leftOn, @Nullable @Size(max = 200) String reason) {
    }

    /** {@code age} and {@code elderly} are derived for the current year (threshold: ishc.elderly-age). */
    @Introspected
    public record MemberView(long id, long clubId, String clubCode, int memberNo, String fullName, Sex sex,
                             int birthYear, int age, boolean elderly, PovertyStatus povertyStatus,
                             String ethnicity, Long villageId, String villageName, String phone,
                             LocalDate joinedOn, LocalDate leftOn, String leftReason, boolean active) {
    }

    public enum MemberState {
        ACTIVE, LEFT, ALL
    }
}
