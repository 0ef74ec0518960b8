package vn.ishc.fund.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import vn.ishc.fund.db.DatabaseAvailability;
import vn.ishc.fund.security.Callers;
import vn.ishc.fund.security.Role;

import java.security.Principal;

/**
 * {@code /health} for everyone (status, name, version), with the details (database address and
 * user, disk) for ADMIN only: they help an attacker more than a load balancer.
 */
@Endpoint(id = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class AdminDetailsHealthEndpoint extends HealthEndpoint {

    private final Callers callers;
    private final DatabaseAvailability database;

    public AdminDetailsHealthEndpoint(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators,
                                      @Liveness HealthIndicator[] liveness, Callers callers,
                                      DatabaseAvailability database) {
        super(aggregator, indicators, liveness);
        this.callers = callers;
        this.database = database;
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        return isAdmin(principal) ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }

    private boolean isAdmin(@Nullable Principal principal) {
        if (!(principal instanceof Authentication auth) || !auth.getRoles().contains(Role.ADMIN_)) {
            return false;
        }
        if (!database.isUp()) {
            // the user's row cannot be read now; the token's role decides, and the details are the outage's
            return true;
        }
        try {
            return callers.of(auth).isAdmin();
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
