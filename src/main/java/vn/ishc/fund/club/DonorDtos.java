package vn.ishc.fund.club;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Bodies of the donor register. */
public final class DonorDtos {

    private DonorDtos() {
    }

    @Introspected
    public record CreateDonor(@NotBlank @Size(max = 200) String name, @NotNull DonorKind kind,
                              @Nullable @Size(max = 200) String contact, @Nullable @Size(max = 500) String note) {
    }

    /** totalDonated: what the donor gave, net, to the funds' capital and income (from the ledgers). */
    @Introspected
    public record DonorView(long id, long clubId, String name, DonorKind kind, String contact, String note,
                            BigDecimal totalDonated) {
    }
}
