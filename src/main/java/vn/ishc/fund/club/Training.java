package vn.ishc.fund.club;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("training")
public record Training(
        @Id @GeneratedValue @Nullable Long id,
        long clubId,
        long memberId,
        TrainingKind kind,
        LocalDate trainedOn,
        @Nullable String topic,
        @DateCreated @Nullable Instant createdAt) {
}
