package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.ledger.SignedCheckpoints.Checkpoint;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signed heads as one walk of a chain meets them (invariant 10). */
class SignOffCheckTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final Checkpoint AT_2 = new Checkpoint(11, 2, "h2", "Nguyễn Văn An", DAY);
    private static final Checkpoint AT_4 = new Checkpoint(12, 4, "h4", "Lê Thị Bình", DAY.plusDays(1));

    private static SignOffCheck walk(List<Checkpoint> checkpoints, String... hashes) {
        SignOffCheck check = new SignOffCheck(checkpoints);
        check.reached(0, ChainContent.GENESIS);
        for (int i = 0; i < hashes.length; i++) {
            check.reached(i + 1, hashes[i]);
        }
        check.end();
        return check;
    }

    @Test
    void noCheckpointsNothingToSay() {
        SignOffCheck check = walk(List.of(), "h1", "h2");
        assertEquals(0, check.checked());
        assertEquals(List.of(), check.broken());
        assertNull(check.problem());
    }

    @Test
    void headsThatStillHashAsSignedHold() {
        SignOffCheck check = walk(List.of(AT_4, AT_2), "h1", "h2", "h3", "h4", "h5");
        assertEquals(2, check.checked());
        assertEquals(List.of(), check.broken());
    }

    @Test
    void aDifferentHashAtTheHeadBreaksThatSignOffOnly() {
        SignOffCheck check = walk(List.of(AT_2, AT_4), "h1", "h2", "x3", "x4", "x5");
        assertEquals(List.of(AT_4), check.broken());
        assertEquals("this breaks the sign-off of Lê Thị Bình on 2025-03-02 (entry 4)", check.problem());
    }

    @Test
    void aChainThatEndsBeforeASignedHeadBreaksIt() {
        SignOffCheck check = new SignOffCheck(List.of(AT_2, AT_4));
        check.reached(0, ChainContent.GENESIS);
        check.reached(1, "h1");
        check.reached(2, "h2");
        check.reached(3, "h3");
        assertTrue(check.pending());
        check.end();
        assertFalse(check.pending());
        assertEquals(List.of(AT_4), check.broken());
    }

    @Test
    void everyBrokenSignOffIsNamed() {
        SignOffCheck check = walk(List.of(AT_2, AT_4), "x1", "x2", "x3", "x4");
        assertEquals(List.of(AT_2, AT_4), check.broken());
        assertEquals("this breaks the sign-off of Nguyễn Văn An on 2025-03-01 (entry 2) and of Lê Thị Bình on "
                + "2025-03-02 (entry 4)", check.problem());
    }

    @Test
    void aHeadSignedOnAnEmptyLedgerAlwaysHolds() {
        Checkpoint empty = new Checkpoint(13, 0, ChainContent.GENESIS, "A", DAY);
        assertEquals(List.of(), walk(List.of(empty), "x1").broken());
    }
}
