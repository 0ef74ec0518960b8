package vn.ishc.fund.common.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Builds {@code application/problem+json} responses in the request's language. */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private ProblemResponses() {
    }

    public static HttpResponse<Problem> of(HttpRequest<?> request, ApiException e) {
        return of(request, e.status(), e.code(), e.fieldErrors(), e.args());
    }

    public static HttpResponse<Problem> of(HttpRequest<?> request, HttpStatus status, String code,
                                           List<ApiException.FieldError> fieldErrors, Object... args) {
        Problem problem = problem(Messages.localeOf(request), request == null ? null : request.getPath(),
                status, code, fieldErrors, args);
        return HttpResponse.<Problem>status(status).contentType(PROBLEM_JSON).body(problem);
    }

    /** The problem an exception answers in this language (for pages that show it rather than send it). */
    public static Problem problem(Locale locale, ApiException e) {
        return problem(locale, null, e.status(), e.code(), e.fieldErrors(), e.args());
    }

    static Problem problem(Locale locale, String instance, HttpStatus status, String code,
                           List<ApiException.FieldError> fieldErrors, Object... args) {
        List<Problem.Error> errors = fieldErrors.stream()
                .map(f -> new Problem.Error(f.field(), f.rule(), fieldMessage(locale, f)))
                .toList();
        String detail = errors.isEmpty()
                ? Messages.text(locale, "problem." + code + ".detail", args)
                : errors.stream().map(Problem.Error::message).collect(Collectors.joining("; "));
        return new Problem(Problem.TYPE_PREFIX + code, Messages.text(locale, "problem." + code + ".title"),
                status.getCode(), detail, instance, errors.isEmpty() ? null : errors);
    }

    private static String fieldMessage(Locale locale, ApiException.FieldError f) {
        String rule = Messages.text(locale, "rule." + f.rule(), f.args());
        return f.field() == null ? rule : f.field() + ": " + rule;
    }
}
