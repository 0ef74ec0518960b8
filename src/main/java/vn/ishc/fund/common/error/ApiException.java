package vn.ishc.fund.common.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A client error with a stable problem code, localised through {@code messages_*.properties}.
 * The message key for the detail is {@code problem.<code>.detail}; field errors name the rule.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Object[] args;
    private final List<FieldError> fieldErrors;
    private Long retryAfterSeconds;

    public ApiException(HttpStatus status, String code, List<FieldError> fieldErrors, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** Too many requests of a kind for now (429): the answer says when to try again ({@code Retry-After}). */
    public static ApiException tooMany(String code, long retryAfterSeconds, Object... args) {
        ApiException e = new ApiException(HttpStatus.TOO_MANY_REQUESTS, code, List.of(), args);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** Seconds after which the request may succeed, for a 429; otherwise null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A request field that breaks a rule (400). */
    public static ApiException invalid(String field, String rule, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", List.of(new FieldError(field, rule, args)));
    }

    /** A field that is well-formed but breaks a business rule against stored data (422). */
    public static ApiException rule(String field, String rule, Object... args) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "business-rule", List.of(new FieldError(field, rule, args)));
    }

    public static ApiException conflict(String field, String rule, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", List.of(new FieldError(field, rule, args)));
    }

    /** Nothing of this kind ({@code entity.<what>} in the messages) with that id, or outside the caller's scope. */
    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", List.of(), new Messages.Key("entity." + what));
    }

    public static ApiException forbidden(String reasonKey) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", List.of(new FieldError(null, reasonKey)));
    }

    /** The target lies outside the caller's scope (403). */
    public static ApiException outsideScope(String field) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", List.of(new FieldError(field, "outside-scope")));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** A broken rule: {@code field} may be null when the rule concerns the whole request. */
    public record FieldError(String field, String rule, Object... args) {
    }
}
