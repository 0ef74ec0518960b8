package vn.ishc.fund.common.tx;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs work in one database transaction, retried when the database chose it as a deadlock victim
 * or a lock wait timed out (nothing of a rolled-back attempt remains, so retrying is safe).
 * Statements given to {@link #atCommit} travel with the COMMIT, saving round trips.
 */
@Singleton
public class Tx {

    private static final int ATTEMPTS = 5;
    private static final ThreadLocal<CommitBatch> CURRENT = new ThreadLocal<>();

    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;
    // the transaction manager turns autocommit off for a transaction and back on after it
    private final boolean poolAutoCommit;

    public Tx(TransactionOperations<Connection> transactions, ConnectionOperations<Connection> connections,
              @Value("${datasources.default.auto-commit:true}") boolean poolAutoCommit) {
        this.transactions = transactions;
        this.connections = connections;
        this.poolAutoCommit = poolAutoCommit;
    }

    public <T> T write(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(TransactionDefinition.DEFAULT, status -> {
                    if (!status.isNewTransaction()) {
                        return work.get(); // joined an outer transaction, which commits
                    }
                    CommitBatch batch = new CommitBatch();
                    CommitBatch outer = CURRENT.get();
                    CURRENT.set(batch);
                    try {
                        T result = work.get();
                        if (!batch.isEmpty()) {
                            batch.commit(status.getConnection(), poolAutoCommit);
                        }
                        return result;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        if (outer == null) {
                            CURRENT.remove();
                        } else {
                            CURRENT.set(outer);
                        }
                    }
                });
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !retryable(e)) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    /** Whether this thread is inside a transaction (whose commit decides what its work leaves). */
    public boolean inTransaction() {
        return transactions.findTransactionStatus().isPresent();
    }

    /**
     * Runs reads on one pooled connection without a transaction: each statement sees the latest
     * commits, and no round trip is spent beginning or ending a transaction.
     */
    public <T> T read(Supplier<T> work) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> work.get());
    }

    /**
     * Runs this statement last in the current {@link #write} transaction, in the same round trip as
     * its COMMIT; the work must not read what it writes. Outside {@code write} it runs at once.
     */
    public void atCommit(String sql, Object... params) {
        CommitBatch batch = CURRENT.get();
        if (batch != null) {
            batch.add(sql, params);
            return;
        }
        try {
            CommitBatch.run(transactions.getConnection(), sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 10 * attempt));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }
}
