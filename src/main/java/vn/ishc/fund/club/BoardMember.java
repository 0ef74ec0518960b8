package vn.ishc.fund.club;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("board_member")
public record BoardMember(
        @Id @GeneratedValue @Nullable Long id,
        long clubId,
        long memberId,
        BoardRole role,
        LocalDate termStart,
        @Nullable LocalDate termEnd,
        @DateCreated @Nullable Instant createdAt) {

    public BoardMember ending(LocalDate end) {
        return new BoardMember(id, clubId, memberId, role, termStart, end, createdAt);
    }
}
