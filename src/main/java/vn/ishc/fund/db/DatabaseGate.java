package vn.ishc.fund.db;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import vn.ishc.fund.common.error.DatabaseErrors;

/**
 * While the database is known to be away, API requests answer 503 {@code database-unavailable}
 * with {@code Retry-After} at once, instead of each waiting for the pool's connection timeout.
 */
@ServerFilter("/api/**")
public class DatabaseGate implements Ordered {

    private final DatabaseAvailability availability;

    public DatabaseGate(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> gate(HttpRequest<?> request) {
        return availability.isUp() ? null : DatabaseErrors.unavailable(request);
    }

    @Override
    public int getOrder() {
        // before security: a request the database cannot serve costs nothing more
        return ServerFilterPhase.SECURITY.before();
    }
}
