package vn.ishc.fund.common.error;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Errors no other handler claims. A lost database connection is the client's cue to retry (503,
 * {@link DatabaseErrors}); anything else is a 500 problem, logged, as the framework would answer it.
 */
@Produces
@Singleton
public class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;
    private final ApplicationEventPublisher<DatabaseErrors.Unreachable> events;

    public UnexpectedErrorHandler(ErrorResponseProcessor<?> problems,
                                  ApplicationEventPublisher<DatabaseErrors.Unreachable> events) {
        this.problems = problems;
        this.events = events;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (DatabaseErrors.unreachable(exception)) {
            events.publishEvent(new DatabaseErrors.Unreachable(request.getPath()));
            return DatabaseErrors.unavailable(request);
        }
        return problems.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
    }
}
