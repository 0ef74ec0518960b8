package vn.ishc.fund.support;

import java.util.function.Supplier;

/** Changes made behind the service's back, as an intruder with database access would: for tamper tests. */
public final class Tampering {

    private Tampering() {
    }

    /** Runs a change with one of the immutability triggers dropped, and puts the trigger back. */
    public static int withoutTrigger(String name, String event, String message, Supplier<Integer> change) {
        TestApp.db().update("DROP TRIGGER " + name);
        try {
            return change.get();
        } finally {
            TestApp.db().update("CREATE TRIGGER " + name + " " + event + " FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + message + "'");
        }
    }

    /** Adds to the amount of an entry's credit postings, with the trigger that refuses it dropped. */
    public static void changeCreditAmount(long entryId, long by) {
        withoutTrigger("trg_posting_no_update", "BEFORE UPDATE ON posting", "postings are immutable: post a reversal",
                () -> TestApp.db().update("UPDATE posting SET amount = amount + ? WHERE entry_id = ? AND side = 'C'", by, entryId));
    }
}
