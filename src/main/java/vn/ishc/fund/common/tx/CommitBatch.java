package vn.ishc.fund.common.tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that a transaction sends together with its COMMIT, in one round trip. The database
 * runs them in order and stops at the first that fails, so a failure leaves the transaction open
 * for the rollback. Once the COMMIT has run, the driver sees no open transaction (and autocommit
 * back on) and the transaction manager's own commit and reset send nothing.
 */
final class CommitBatch {

    private record Statement(String sql, Object[] params) {
    }

    private final List<Statement> statements = new ArrayList<>();

    void add(String sql, Object... params) {
        statements.add(new Statement(sql, params));
    }

    boolean isEmpty() {
        return statements.isEmpty();
    }

    void commit(Connection connection, boolean autoCommitAfter) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (Statement s : statements) {
            sql.append(s.sql()).append(';');
        }
        sql.append("COMMIT");
        if (autoCommitAfter) {
            sql.append(";SET autocommit=1");
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Statement s : statements) {
                p = bind(ps, p, s.params());
            }
            // read every result: the driver learns from the last one that the transaction is over
            boolean isResult = ps.execute();
            while (isResult || ps.getUpdateCount() != -1) {
                isResult = ps.getMoreResults();
            }
        }
    }

    static void run(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, 1, params);
            ps.execute();
        }
    }

    private static int bind(PreparedStatement ps, int first, Object[] params) throws SQLException {
        int p = first;
        for (Object param : params) {
            ps.setObject(p++, param);
        }
        return p;
    }
}
