package vn.ishc.fund.club;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ishc.fund.club.BoardDtos.Appoint;
import vn.ishc.fund.club.BoardDtos.BoardSeat;
import vn.ishc.fund.club.BoardDtos.EndTerm;
import vn.ishc.fund.club.BoardDtos.RecordTraining;
import vn.ishc.fund.club.BoardDtos.TrainingView;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.paging.QueryParams;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.time.LocalDate;

@Tag(name = "Board and trainings")
@Controller("/api/v1/clubs/{clubId}")
public class BoardController {

    private final BoardService service;
    private final Callers callers;

    public BoardController(BoardService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @Operation(summary = "The club board", description = "Seats held on asOf (default today), or all seats with history=true; "
            + "each with the holder's initial training and latest refresher.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
    @Get("/board")
    public Page<BoardSeat> board(Authentication auth, @PathVariable long clubId, @Nullable @QueryValue LocalDate asOf,
                                 @Nullable @QueryValue @Parameter(schema = @Schema(type = "boolean")) String history,
                                 @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                 @Nullable @QueryValue String sort) {
        return service.board(callers.of(auth), clubId, asOf, Boolean.TRUE.equals(QueryParams.bool("history", history)),
                PageQuery.of(page, size, sort, BoardService.BOARD_SORTABLE, "b.id"));
    }

    @Operation(summary = "Appoint a member to the board", description = "Only one CHAIR and one TREASURER at a time.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.CHAIR_})
    @Post("/board")
    public HttpResponse<BoardSeat> appoint(Authentication auth, @PathVariable long clubId, @Valid @Body Appoint body) {
        return HttpResponse.created(service.appoint(callers.of(auth), clubId, body));
    }

    @Operation(summary = "End a board term")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.CHAIR_})
    @Post("/board/{seatId}/end")
    public BoardSeat end(Authentication auth, @PathVariable long clubId, @PathVariable long seatId,
                         @Valid @Body EndTerm body) {
        return service.endTerm(callers.of(auth), clubId, seatId, body);
    }

    @Operation(summary = "Trainings of the club's members", description = "Optionally of one year.")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.AUDITOR_, Role.CHAIR_, Role.TREASURER_})
    @Get("/trainings")
    public Page<TrainingView> trainings(Authentication auth, @PathVariable long clubId, @Nullable @QueryValue Integer year,
                                        @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                        @Nullable @QueryValue String sort) {
        return service.trainings(callers.of(auth), clubId, year,
                PageQuery.of(page, size, sort, BoardService.TRAINING_SORTABLE, "t.id"));
    }

    @Operation(summary = "Record a training", description = "INITIAL or REFRESHER (annual).")
    @Secured({Role.ADMIN_, Role.PROVINCE_OFFICER_, Role.CHAIR_, Role.TREASURER_})
    @Post("/trainings")
    public HttpResponse<TrainingView> recordTraining(Authentication auth, @PathVariable long clubId,
                                                     @Valid @Body RecordTraining body) {
        return HttpResponse.created(service.recordTraining(callers.of(auth), clubId, body));
    }
}
