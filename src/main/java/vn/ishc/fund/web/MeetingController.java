package vn.ishc.fund.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.security.Caller;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The meeting sheet: shown for a date (default today), saved once. A saved sheet answers with a redirect
 * to the club's home (so a reload asks nothing again); a refused one shows the sheet again, as typed, with
 * the same idempotency keys and the services' messages next to their fields.
 */
@Hidden
@Controller("/clubs/{clubId}/meeting")
@Secured(SecurityRule.IS_ANONYMOUS)
public class MeetingController {

    private final WebSession session;
    private final MeetingSheets sheets;
    private final MeetingSave save;
    private final BusinessDates dates;

    public MeetingController(WebSession session, MeetingSheets sheets, MeetingSave save, BusinessDates dates) {
        this.session = session;
        this.sheets = sheets;
        this.save = save;
        this.dates = dates;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> sheet(HttpRequest<?> request, @Nullable Authentication auth, @PathVariable long clubId,
                                 @Nullable @QueryValue String date) {
        Caller caller = session.caller(auth).orElse(null);
        if (caller == null) {
            return Pages.signIn(request, request.getCookies().contains(SessionCookies.SESSION));
        }
        Map<String, Object> model = Pages.model(request);
        LocalDate day = day(date);
        try {
            model.put("sheet", sheets.of(caller, clubId, day == null ? dates.today() : day, WebLanguage.of(request)));
        } catch (ApiException e) {
            return Pages.refused(request, e, model);
        }
        return Pages.page("meeting", model);
    }

    @Post(produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @Nullable Authentication auth, @PathVariable long clubId,
                                @Body Map<String, String> form) {
        Caller caller = session.caller(auth).orElse(null);
        if (caller == null) {
            return Pages.signIn(request, true);
        }
        Locale locale = WebLanguage.of(request);
        Map<String, Object> model = Pages.model(request);
        LocalDate day = day(form.get("date"));
        MeetingSheet sheet;
        try {
            sheet = sheets.of(caller, clubId, day == null ? dates.today() : day, locale);
        } catch (ApiException e) {
            return Pages.refused(request, e, model);
        }
        MeetingSave.fill(sheet, form);
        MeetingSave.Saved saved;
        try {
            saved = save.save(caller, sheet, locale);
        } catch (ApiException e) {
            return Pages.refused(request, e, model);
        }
        model.put("sheet", sheet);
        if (sheet.hasErrors()) {
            return Pages.page("meeting", model).status(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (!saved.anything()) {
            model.put("notice", "meeting.saved.nothing");
            return Pages.page("meeting", model);
        }
        return Pages.seeOther("/clubs/" + clubId + "?saved=" + sheet.date());
    }

    private static LocalDate day(String text) {
        return WebFormat.parseDate(text);
    }
}
