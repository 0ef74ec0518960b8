package vn.ishc.fund.web;

import io.micronaut.http.HttpStatus;
import jakarta.validation.ConstraintViolation;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.error.ConstraintViolationHandler;
import vn.ishc.fund.common.error.Problem;
import vn.ishc.fund.common.error.ProblemResponses;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a service refused, as a form shows it: each field's message in the user's language, without the field
 * name the API puts in front (the page shows the message next to its field), or the problem's detail for the
 * whole form (field {@code null}). Every page form uses this, so the pages say exactly what the API says.
 */
final class FormErrors {

    private FormErrors() {
    }

    /** Bean-validation violations of a request built from a form, mapped as the API would answer them. */
    static void violations(Set<? extends ConstraintViolation<?>> violations, Locale locale, BiConsumer<String, String> to) {
        if (!violations.isEmpty()) {
            List<ApiException.FieldError> errors = violations.stream().map(ConstraintViolationHandler::toFieldError).toList();
            refused(new ApiException(HttpStatus.BAD_REQUEST, "validation", errors), locale, to);
        }
    }

    /** The service's problem, in the user's language: each field's message, or the detail for the whole request. */
    static void refused(ApiException e, Locale locale, BiConsumer<String, String> to) {
        Problem problem = ProblemResponses.problem(locale, e);
        if (problem.errors() == null || problem.errors().isEmpty()) {
            to.accept(null, problem.detail());
            return;
        }
        for (Problem.Error error : problem.errors()) {
            String message = error.message();
            if (error.field() != null && message.startsWith(error.field() + ": ")) {
                message = message.substring(error.field().length() + 2);
            }
            to.accept(error.field(), message);
        }
    }

    /** Forbidden or outside the user's scope: the page's 403 or 404, never a message on the form. */
    static void rethrowIfNotAllowed(ApiException e) {
        if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
    }
}
