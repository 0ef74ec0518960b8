package vn.ishc.fund.health;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import vn.ishc.fund.db.DatabaseAvailability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database's part of {@code /health}, from the last probe: it never waits for the database, so
 * {@code /health} answers DOWN at once while the database is away. Replaces the framework's JDBC
 * indicator, which borrows a pooled connection (and so waits for the pool's timeout) and shows the
 * driver's URL with its options.
 */
@Singleton
@Requires(property = "endpoints.health.database.enabled", notEquals = "false")
public class DatabaseHealthIndicator implements HealthIndicator {

    private final DatabaseAvailability availability;
    private final String url;
    private final String user;

    public DatabaseHealthIndicator(DatabaseAvailability availability, @Named("default") DatasourceConfiguration datasource) {
        this.availability = availability;
        this.url = displayed(datasource.getUrl());
        this.user = datasource.getUsername();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", url);
        details.put("user", user);
        details.put("server", availability.embedded().isPresent() ? "embedded" : "external");
        availability.version().ifPresent(v -> details.put("version", v));
        availability.downSince().ifPresent(t -> details.put("downSince", t.toString()));
        availability.embedded().ifPresent(db -> {
            details.put("dataFolder", db.home().toString());
            details.put("restarts", db.restarts());
            db.lastRecovery().ifPresent(d -> details.put("lastRecoveryMillis", d.toMillis()));
        });
        HealthStatus status = availability.isUp() ? HealthStatus.UP : HealthStatus.DOWN;
        return Publishers.just(HealthResult.builder("database", status).details(details).build());
    }

    /**
     * The address only: no options (they may carry a password, and allowMultiQueries, which the
     * service needs for its round trips, is nobody's business) and no credentials before the host.
     */
    static String displayed(String url) {
        if (url == null) {
            return null;
        }
        String address = url.replaceFirst("[?;].*$", "");
        return address.replaceFirst("//[^/@]*@", "//");
    }
}
