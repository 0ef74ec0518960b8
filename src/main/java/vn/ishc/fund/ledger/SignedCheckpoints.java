package vn.ishc.fund.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * The chain heads an auditor signed off (invariant 10), told to the verifier by the capability that
 * keeps the sign-offs (audit), so verification can name the sign-off a change breaks without the
 * ledger reading audit's tables.
 */
public interface SignedCheckpoints {

    /** A signed head: the chain up to entry {@code seq} hashed to {@code hash} when {@code signedBy} signed it. */
    record Checkpoint(long reviewId, long seq, String hash, String signedBy, LocalDate signedOn) {
    }

    /** The ledger's signed heads, in sequence order (one query: verification stays one pass over the entries). */
    List<Checkpoint> of(long ledgerId);
}
