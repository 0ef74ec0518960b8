package vn.ishc.fund.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import javax.sql.DataSource;

/**
 * One running service per test JVM, on the embedded MariaDB under target/test-db (dropped and
 * migrated afresh at the start of each run). Tests share it and create their own data.
 */
public final class TestApp {

    private static EmbeddedServer server;

    private TestApp() {
    }

    public static synchronized EmbeddedServer server() {
        if (server == null) {
            server = ApplicationContext.run(EmbeddedServer.class, "test");
            // the context, as the service's main does: requests drain, then the embedded database stops
            ApplicationContext context = server.getApplicationContext();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return server;
    }

    public static ApplicationContext context() {
        return server().getApplicationContext();
    }

    public static Api api() {
        return new Api(server().getURI());
    }

    public static Db db() {
        return new Db(context().getBean(DataSource.class));
    }

    /** Runs work in a read transaction (services and readers need a connection). */
    @SuppressWarnings("unchecked")
    public static <T> T inTx(java.util.function.Supplier<T> work) {
        io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx =
                bean(io.micronaut.transaction.TransactionOperations.class);
        return tx.executeWrite(status -> work.get());
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
