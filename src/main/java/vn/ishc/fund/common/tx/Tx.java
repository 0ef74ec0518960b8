package vn.ishc.fund.common.tx;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs work in one database transaction, retried when the database chose it as a deadlock victim
 * or a lock wait timed out (nothing of a rolled-back attempt remains, so retrying is safe).
 */
@Singleton
public class Tx {

    private static final int ATTEMPTS = 5;

    private final TransactionOperations<Connection> transactions;

    public Tx(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> T write(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(TransactionDefinition.DEFAULT, status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !retryable(e)) {
                    throw e;
                }
                backOff(attempt);
            }
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
