package vn.ishc.fund.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The framework's health aggregate, named and versioned for everyone (the details stay ADMIN's). */
@Singleton
@Replaces(DefaultHealthAggregator.class)
public class ServiceHealthAggregator implements HealthAggregator<HealthResult> {

    // the framework's aggregate (worst status wins, details by indicator), wrapped rather than extended
    private final DefaultHealthAggregator framework;
    private final String name;
    private final String version;

    public ServiceHealthAggregator(ApplicationConfiguration application) {
        this.framework = new DefaultHealthAggregator(application);
        this.name = application.getName().orElse("ishc-fund");
        this.version = buildVersion();
    }

    @Override
    public Publisher<HealthResult> aggregate(HealthIndicator[] indicators, HealthLevelOfDetail level) {
        return Publishers.map(framework.aggregate(indicators, level),
                r -> new ServiceHealth(name, version, r.getStatus(),
                        level == HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS ? r.getDetails() : null));
    }

    @Override
    public Publisher<HealthResult> aggregate(String name, Publisher<HealthResult> results) {
        return framework.aggregate(name, results);
    }

    public String version() {
        return version;
    }

    /** The version Maven built, written into build.properties by resource filtering. */
    private static String buildVersion() {
        Properties p = new Properties();
        try (InputStream in = ServiceHealthAggregator.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("version", "");
        return v.isBlank() || v.startsWith("${") ? "unknown" : v;
    }
}
