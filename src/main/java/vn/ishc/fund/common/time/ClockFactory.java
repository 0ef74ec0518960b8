package vn.ishc.fund.common.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The business clock: every "today" in the service is a date in Vietnam. */
@Factory
public class ClockFactory {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Singleton
    public Clock clock() {
        return Clock.system(VIETNAM);
    }
}
