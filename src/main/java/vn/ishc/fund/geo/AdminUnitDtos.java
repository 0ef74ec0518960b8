package vn.ishc.fund.geo;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Request and response bodies of the administrative-unit API. */
public final class AdminUnitDtos {

    private AdminUnitDtos() {
    }

    @Introspected
    public record CreateUnit(
            @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
            @NotBlank @Size(max = 150) String name,
            @NotNull UnitKind kind,
            @Nullable Long parentId,
            @Nullable AreaType areaType,
            @NotNull LocalDate validFrom) {
    }

    @Introspected
    public record UpdateUnit(@Nullable @Size(min = 1, max = 150) String name, @Nullable AreaType areaType) {
    }

    /** The unit ends on {@code validTo}; what was registered under it rolls up through {@code successorId}. */
    @Introspected
    public record MergeUnit(@NotNull Long successorId, @NotNull LocalDate validTo) {
    }

    @Introspected
    public record UnitView(long id, String code, String name, UnitLevel level, UnitKind kind,
                           Long parentId, String parentName, AreaType areaType,
                           LocalDate validFrom, LocalDate validTo, Long successorId) {
    }
}
