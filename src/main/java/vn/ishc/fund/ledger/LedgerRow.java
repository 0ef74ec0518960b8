package vn.ishc.fund.ledger;

import java.time.LocalDate;

/** A ledger as locked for posting: its chain head and closed-through date. */
public record LedgerRow(long id, long clubId, Fund fund, String currency, long lastSeq, String lastHash,
                        LocalDate closedThrough) {

    public LedgerRow advance(long seq, String hash) {
        return new LedgerRow(id, clubId, fund, currency, seq, hash, closedThrough);
    }
}
