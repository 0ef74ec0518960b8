package vn.ishc.fund.common.error;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database is unreachable" (503, retry) rather than a bug (500). */
class DatabaseErrorsTest {

    @Test
    void lostOrRefusedConnectionsAnywhereInTheCauseChain() {
        assertTrue(DatabaseErrors.unreachable(new IllegalStateException(new SQLTransientConnectionException("pool timed out"))));
        assertTrue(DatabaseErrors.unreachable(new RuntimeException("commit",
                new SQLNonTransientConnectionException("(conn=5) Socket error", "08000"))));
        assertTrue(DatabaseErrors.unreachable(new RuntimeException(new SQLException("Connection is closed", "08003"))));
        assertTrue(DatabaseErrors.unreachable(new RuntimeException(new SQLException("Server shutdown in progress", "70100", 1053))));
        assertTrue(DatabaseErrors.unreachable(new RuntimeException(new SQLException("Connection was killed", "70100", 1927))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseErrors.unreachable(new IllegalStateException("a bug")));
        assertFalse(DatabaseErrors.unreachable(new RuntimeException(new SQLException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseErrors.unreachable(new RuntimeException(new SQLException("Deadlock found", "40001", 1213))));
    }
}
