package vn.ishc.fund.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;

/** The answer of {@code /health}: the service's name and version, its status, and (for ADMIN) the details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "version", "status", "details"})
public final class ServiceHealth implements HealthResult {

    private final String name;
    private final String version;
    private final HealthStatus status;
    private final Object details;

    ServiceHealth(String name, String version, HealthStatus status, Object details) {
        this.name = name;
        this.version = version;
        this.status = status;
        this.details = details;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    @Override
    public HealthStatus getStatus() {
        return status;
    }

    @Override
    public Object getDetails() {
        return details;
    }
}
