package vn.ishc.fund.club;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("member")
public record Member(
        @Id @GeneratedValue @Nullable Long id,
        long clubId,
        int memberNo,
        String fullName,
        Sex sex,
        int birthYear,
        PovertyStatus povertyStatus,
        @Nullable String ethnicity,
        @Nullable Long villageId,
        @Nullable String phone,
        LocalDate joinedOn,
        @Nullable LocalDate leftOn,
        @Nullable String leftReason,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public boolean activeOn(LocalDate date) {
        return !joinedOn.isAfter(date) && (leftOn == null || leftOn.isAfter(date));
    }

    public Member with(String name, Sex newSex, int year, PovertyStatus poverty, String newEthnicity,
                       Long village, String newPhone, LocalDate joined) {
        return new Member(id, clubId, memberNo, name, newSex, year, poverty, newEthnicity, village, newPhone,
                joined, leftOn, leftReason, createdAt, updatedAt);
    }

    public Member leaving(LocalDate on, String reason) {
        return new Member(id, clubId, memberNo, fullName, sex, birthYear, povertyStatus, ethnicity, villageId, phone,
                joinedOn, on, reason, createdAt, updatedAt);
    }
}
