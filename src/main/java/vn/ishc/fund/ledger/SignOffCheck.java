package vn.ishc.fund.ledger;

import vn.ishc.fund.ledger.SignedCheckpoints.Checkpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signed heads of a ledger, checked during one walk of its chain (invariant 10). The walk tells it
 * the hash of the chain recomputed from the entries' contents alone after each entry; a signed head at
 * entry N holds when the chain of the first N entries still hashes to what was signed. Whatever was
 * changed, deleted or inserted up to N (even with every later stored hash rewritten to match) gives
 * another hash; a change after N leaves that sign-off standing. Constant work per entry.
 */
final class SignOffCheck {

    private final List<Checkpoint> checkpoints;
    private final List<Checkpoint> broken = new ArrayList<>();
    private int next;

    SignOffCheck(List<Checkpoint> checkpoints) {
        this.checkpoints = checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::seq)).toList();
    }

    /** The chain of the first {@code position} entries (0: none, the genesis hash) hashes to {@code hash}. */
    void reached(long position, String hash) {
        while (next < checkpoints.size() && checkpoints.get(next).seq() <= position) {
            Checkpoint c = checkpoints.get(next++);
            if (c.seq() != position || !c.hash().equals(hash)) {
                broken.add(c);
            }
        }
    }

    /** Whether a signed head lies further on (the walk must go on recomputing to reach it). */
    boolean pending() {
        return next < checkpoints.size();
    }

    /** The chain ended: a head signed beyond its last entry is gone, so broken. */
    void end() {
        while (next < checkpoints.size()) {
            broken.add(checkpoints.get(next++));
        }
    }

    int checked() {
        return checkpoints.size();
    }

    List<Checkpoint> broken() {
        return List.copyOf(broken);
    }

    /** "this breaks the sign-off of A on 2025-03-01 (entry 5)", for each broken one; null if none. */
    String problem() {
        if (broken.isEmpty()) {
            return null;
        }
        return "this breaks the sign-off of " + broken.stream()
                .map(c -> c.signedBy() + " on " + c.signedOn() + " (entry " + c.seq() + ")")
                .collect(Collectors.joining(" and of "));
    }
}
