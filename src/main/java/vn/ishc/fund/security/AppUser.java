package vn.ishc.fund.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("app_user")
public record AppUser(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        @Nullable String fullName,
        Role role,
        @Nullable Long scopeUnitId,
        boolean active,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public AppUser withPasswordHash(String hash) {
        return new AppUser(id, username, hash, fullName, role, scopeUnitId, active, createdAt, updatedAt);
    }

    public AppUser withActive(boolean value) {
        return new AppUser(id, username, passwordHash, fullName, role, scopeUnitId, value, createdAt, updatedAt);
    }

    public AppUser withProfile(String name, Role newRole, Long unitId) {
        return new AppUser(id, username, passwordHash, name, newRole, unitId, active, createdAt, updatedAt);
    }
}
