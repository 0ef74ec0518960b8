package vn.ishc.fund.audit;

import jakarta.inject.Singleton;
import vn.ishc.fund.ledger.SignedCheckpoints;

import java.util.List;

/** Tells the ledger's verification the heads its auditors signed off: one query per verification. */
@Singleton
class AuditCheckpoints implements SignedCheckpoints {

    private final ReviewStore store;

    AuditCheckpoints(ReviewStore store) {
        this.store = store;
    }

    @Override
    public List<Checkpoint> of(long ledgerId) {
        return store.signed(ledgerId);
    }
}
