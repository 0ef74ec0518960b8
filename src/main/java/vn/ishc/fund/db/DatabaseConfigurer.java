package vn.ishc.fund.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.core.util.StringUtils;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Chooses the database before the connection pool exists: the server given by
 * {@code datasources.default.url} (env {@code DATASOURCES_DEFAULT_URL}) if set, otherwise an
 * embedded MariaDB whose data persists in {@code ishc.data-dir}. The context holds the embedded
 * server until it closes: by then its requests have drained (graceful shutdown), and the last context
 * to let go stops the server cleanly.
 */
@Singleton
public class DatabaseConfigurer implements BeanInitializedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfigurer.class);

    private final Path dataDir;
    private final int port;
    private final String database;
    private final boolean fresh;
    private final boolean durable;
    private final ApplicationContext context;
    private volatile EmbeddedMariaDb.Lease lease;

    public DatabaseConfigurer(ApplicationContext context,
                              @Value("${ishc.data-dir}") String dataDir,
                              @Value("${ishc.base-dir:}") String baseDir,
                              @Value("${ishc.db.port:0}") int port,
                              @Value("${ishc.db.name:ishc}") String database,
                              @Value("${ishc.db.fresh:false}") boolean fresh,
                              @Value("${ishc.db.durable:true}") boolean durable) {
        this.context = context;
        this.durable = durable;
        Path data = Path.of(dataDir);
        // a relative data folder is relative to the project when started with ./mvnw mn:run
        this.dataDir = data.isAbsolute() || baseDir.isBlank() ? data : Path.of(baseDir).resolve(data);
        this.port = port;
        this.database = database;
        this.fresh = fresh;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration ds = event.getBean();
        if (StringUtils.isNotEmpty(ds.getConfiguredUrl())) {
            LOG.info("Database: external MariaDB at {}", redact(ds.getConfiguredUrl()));
            return ds;
        }
        if (!fresh && EmbeddedMariaDb.wipedAtStart(dataDir)) {
            // refuse rather than lose the club's books at the next start (tests start fresh anyway)
            throw new IllegalStateException("The data folder " + dataDir.toAbsolutePath() + " is inside the system "
                    + "temp folder, which the embedded MariaDB wipes at every start. Set ISHC_DATA_DIR to a folder outside it.");
        }
        lease = EmbeddedMariaDb.open(dataDir, port, durable, context);
        EmbeddedMariaDb server = lease.server();
        server.ensureDatabase(database, fresh);
        ds.setUrl(server.url(database));
        ds.setUsername(server.username());
        ds.setPassword(server.password());
        LOG.info("Database: embedded MariaDB on 127.0.0.1:{}, data in {}", server.port(), server.home());
        return ds;
    }

    /** The embedded server this context runs on; empty with an external database. */
    public Optional<EmbeddedMariaDb> embedded() {
        EmbeddedMariaDb.Lease l = lease;
        return l == null ? Optional.empty() : Optional.of(l.server());
    }

    @PreDestroy
    void release() {
        EmbeddedMariaDb.Lease l = lease;
        if (l != null) {
            l.close();
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
