package vn.ishc.fund.common.tx;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.TestApp;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Statements sent with the COMMIT belong to the transaction: all of it commits, or none of it. */
class TxTest {

    private static final AtomicInteger IDS = new AtomicInteger();
    private static Tx tx;
    private static Db db;

    @BeforeAll
    static void setUp() {
        tx = TestApp.bean(Tx.class);
        db = TestApp.db();
        db.update("CREATE TABLE IF NOT EXISTS tx_probe (id INT PRIMARY KEY, note VARCHAR(20))");
    }

    private static int insertNow() {
        int id = IDS.incrementAndGet();
        db.update("INSERT INTO tx_probe (id, note) VALUES (?, 'now')", id);
        return id;
    }

    @Test
    void statementsAtCommitCommitWithTheWork() {
        int[] ids = new int[2];
        String result = tx.write(() -> {
            ids[0] = IDS.incrementAndGet();
            ids[1] = IDS.incrementAndGet();
            TestApp.bean(io.micronaut.data.jdbc.runtime.JdbcOperations.class).prepareStatement(
                    "INSERT INTO tx_probe (id, note) VALUES (?, 'work')", ps -> {
                        ps.setInt(1, ids[0]);
                        return ps.executeUpdate();
                    });
            tx.atCommit("INSERT INTO tx_probe (id, note) VALUES (?, ?)", ids[1], "at commit");
            tx.atCommit("UPDATE tx_probe SET note = ? WHERE id = ?", "changed", ids[0]);
            return "done";
        });
        assertEquals("done", result);
        assertEquals("changed", db.string("SELECT note FROM tx_probe WHERE id = ?", ids[0]));
        assertEquals("at commit", db.string("SELECT note FROM tx_probe WHERE id = ?", ids[1]));
        // the connection went back to the pool in autocommit mode: a plain write sticks
        int later = insertNow();
        assertEquals(1, db.count("SELECT COUNT(*) FROM tx_probe WHERE id = ?", later));
    }

    @Test
    void aFailureBeforeTheCommitKeepsNothing() {
        int id = IDS.incrementAndGet();
        assertThrows(IllegalArgumentException.class, () -> tx.write(() -> {
            tx.atCommit("INSERT INTO tx_probe (id, note) VALUES (?, 'never')", id);
            throw new IllegalArgumentException("the work failed");
        }));
        assertEquals(0, db.count("SELECT COUNT(*) FROM tx_probe WHERE id = ?", id));
    }

    @Test
    void aFailingStatementAtCommitRollsTheWorkBack() {
        int existing = insertNow();
        int id = IDS.incrementAndGet();
        assertThrows(RuntimeException.class, () -> tx.write(() -> {
            tx.atCommit("INSERT INTO tx_probe (id, note) VALUES (?, 'first')", id);
            tx.atCommit("INSERT INTO tx_probe (id, note) VALUES (?, 'duplicate')", existing);
            return null;
        }));
        assertEquals(0, db.count("SELECT COUNT(*) FROM tx_probe WHERE id = ?", id));
        assertEquals("now", db.string("SELECT note FROM tx_probe WHERE id = ?", existing));
    }

    @Test
    void outsideTxWriteTheStatementRunsAtOnce() {
        int id = IDS.incrementAndGet();
        TestApp.inTx(() -> {
            tx.atCommit("INSERT INTO tx_probe (id, note) VALUES (?, 'inTx')", id);
            return null;
        });
        assertEquals(1, db.count("SELECT COUNT(*) FROM tx_probe WHERE id = ?", id));
    }
}
