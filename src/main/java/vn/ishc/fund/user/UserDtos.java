package vn.ishc.fund.user;

import vn.ishc.fund.security.Role;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

public final class UserDtos {

    static final int MIN_PASSWORD = 10;

    private UserDtos() {
    }

    @Introspected
    public record CreateUser(
            @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,60}") String username,
            @NotBlank @Size(min = MIN_PASSWORD, max = 200) String password,
            @Nullable @Size(max = 150) String fullName,
            @NotNull Role role,
            @Nullable Long scopeUnitId,
            @Nullable @Size(max = 500) List<Long> clubIds) {
    }

    @Introspected
    public record UpdateUser(@Nullable @Size(max = 150) String fullName) {
    }

    /**
     * Role and scope change together: PROVINCE_OFFICER needs a province; AUDITOR a unit or a list of
     * clubs; CHAIR and TREASURER exactly one club; ADMIN no scope.
     */
    @Introspected
    public record AssignRole(@NotNull Role role, @Nullable Long scopeUnitId,
                             @Nullable @Size(max = 500) List<Long> clubIds) {
    }

    @Introspected
    public record ResetPassword(@NotBlank @Size(min = MIN_PASSWORD, max = 200) String password) {
    }

    /** A user changing their own password proves they know the current one. */
    @Introspected
    public record ChangePassword(@NotBlank @Size(max = 200) String currentPassword,
                                 @NotBlank @Size(min = MIN_PASSWORD, max = 200) String newPassword) {
    }

    @Introspected
    public record UserView(long id, String username, String fullName, Role role, Long scopeUnitId,
                           String scopeUnitName, List<Long> clubIds, boolean active, Instant createdAt) {
    }
}
