package vn.ishc.fund.club;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public final class ClubDtos {

    private ClubDtos() {
    }

    @Introspected
    public record CreateClub(
            @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull Long communeId,
            @Nullable Long villageId,
            @NotNull LocalDate foundedOn,
            @Nullable @Size(max = 60) String foundingDecisionNo,
            @Nullable ClubStatus status,
            @Nullable @Min(1) @Max(31) Integer meetingDay) {
    }

    /** Absent fields stay unchanged. The code and the commune never change. */
    @Introspected
    public record UpdateClub(
            @Nullable @Size(min = 1, max = 200) String name,
            @Nullable Long villageId,
            @Nullable LocalDate foundedOn,
            @Nullable @Size(max = 60) String foundingDecisionNo,
            @Nullable ClubStatus status,
            @Nullable @Min(1) @Max(31) Integer meetingDay) {
    }

    @Introspected
    public record ClubView(long id, String code, String name, long provinceId, String provinceName,
                           long communeId, String communeName, Long villageId, String villageName,
                           LocalDate foundedOn, String foundingDecisionNo, ClubStatus status,
                           Integer meetingDay, long activeMembers) {
    }
}
