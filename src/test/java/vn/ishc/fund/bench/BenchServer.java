package vn.ishc.fund.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import vn.ishc.fund.common.time.ClockFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The service as benchmarks start it: its own fresh embedded MariaDB under target/, durable commits. */
final class BenchServer {

    static final String ADMIN_PASSWORD = "bench-admin-password";

    private BenchServer() {
    }

    static EmbeddedServer start(String folder, int poolSize) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("ishc.data-dir", Path.of("target", folder).toString());
        config.put("ishc.db.fresh", true);
        config.put("ishc.db.durable", true);
        config.put("ishc.admin-password", ADMIN_PASSWORD);
        config.put("micronaut.server.port", -1);
        config.put("datasources.default.maximum-pool-size", poolSize);
        return ApplicationContext.run(EmbeddedServer.class, config);
    }

    /** Today as the service sees it: a date in Vietnam (after 17:00 UTC it is already tomorrow there). */
    static LocalDate today() {
        return LocalDate.now(ClockFactory.VIETNAM);
    }

    /** Runs a benchmark and ends the JVM: the embedded database's threads would keep it alive. */
    static void main(ThrowingRunnable benchmark) {
        try {
            benchmark.run();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
