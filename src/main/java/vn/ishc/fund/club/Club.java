package vn.ishc.fund.club;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("club")
public record Club(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        long communeId,
        @Nullable Long villageId,
        LocalDate foundedOn,
        @Nullable String foundingDecisionNo,
        ClubStatus status,
        @Nullable Integer meetingDay,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public Club with(String newName, Long newVillageId, LocalDate newFoundedOn, String newDecisionNo,
                     ClubStatus newStatus, Integer newMeetingDay) {
        return new Club(id, code, newName, communeId, newVillageId, newFoundedOn, newDecisionNo, newStatus,
                newMeetingDay, createdAt, updatedAt);
    }
}
