package vn.ishc.fund.common.error;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Every error the framework answers itself (401, 403, 404, 405, 415, 500 …) is a problem too,
 * so clients handle one error format.
 */
@Primary
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String code = codeOf(status);
        if (status.getCode() >= 500) {
            context.getRootCause().ifPresent(e -> LOG.error("Unhandled error on {}", context.getRequest().getPath(), e));
        }
        Problem problem = ProblemResponses.problem(Messages.localeOf(context.getRequest()),
                context.getRequest().getPath(), status, code, List.of(), new Messages.Key("entity.resource"));
        return response.contentType(ProblemResponses.PROBLEM_JSON).body(problem);
    }

    /** The problem code (texts {@code problem.<code>.title} and {@code .detail}) of an error status. */
    static String codeOf(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case REQUEST_ENTITY_TOO_LARGE -> "too-large";
            case BAD_REQUEST -> "bad-request";
            default -> status.getCode() >= 500 ? "internal-error" : "bad-request";
        };
    }
}
