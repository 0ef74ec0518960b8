package vn.ishc.fund.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("admin_unit")
public record AdminUnit(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        UnitLevel level,
        UnitKind kind,
        @Nullable Long parentId,
        @Nullable AreaType areaType,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable Long successorId,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public AdminUnit withDetails(String newName, AreaType newAreaType) {
        return new AdminUnit(id, code, newName, level, kind, parentId, newAreaType, validFrom, validTo, successorId,
                createdAt, updatedAt);
    }

    public AdminUnit withEnd(LocalDate end, Long successor) {
        return new AdminUnit(id, code, name, level, kind, parentId, areaType, validFrom, end, successor,
                createdAt, updatedAt);
    }
}
