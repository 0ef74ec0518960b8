package vn.ishc.fund.common.error;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors no other handler claims: a lost database answers 503 and says so, anything else stays a 500 problem. */
class UnexpectedErrorHandlerTest {

    private final List<Object> published = new ArrayList<>();
    private final UnexpectedErrorHandler handler = new UnexpectedErrorHandler(new ProblemErrorResponseProcessor(),
            new ApplicationEventPublisher<>() {
                @Override
                public void publishEvent(DatabaseErrors.Unreachable event) {
                    published.add(event);
                }
            });

    @Test
    void aLostDatabaseIs503WithRetryAfter() {
        HttpResponse<?> r = handler.handle(HttpRequest.GET("/api/v1/clubs"),
                new IllegalStateException(new SQLTransientConnectionException("Connection is not available")));
        assertEquals(503, r.getStatus().getCode());
        assertEquals("2", r.getHeaders().get(HttpHeaders.RETRY_AFTER));
        assertEquals(Problem.TYPE_PREFIX + "database-unavailable", ((Problem) r.body()).type());
        assertTrue(r.getContentType().orElseThrow().toString().startsWith("application/problem+json"));
        assertEquals(List.of(new DatabaseErrors.Unreachable("/api/v1/clubs")), published, "the probe is told");
    }

    @Test
    void anythingElseIsA500Problem() {
        HttpResponse<?> r = handler.handle(HttpRequest.GET("/api/v1/clubs"), new IllegalStateException("a bug"));
        assertEquals(500, r.getStatus().getCode());
        assertEquals(Problem.TYPE_PREFIX + "internal-error", ((Problem) r.body()).type());
        assertTrue(published.isEmpty());
    }
}
