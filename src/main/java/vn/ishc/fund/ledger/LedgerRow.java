package vn.ishc.fund.ledger;

import java.time.LocalDate;

/**
 * A ledger as locked for posting: its chain head, closed-through date, and the date its books were
 * opened with balances taken over from paper books (null without opening balances).
 */
public record LedgerRow(long id, long clubId, Fund fund, String currency, long lastSeq, String lastHash,
                        LocalDate closedThrough, LocalDate openedOn) {

    public LedgerRow advance(long seq, String hash) {
        return new LedgerRow(id, clubId, fund, currency, seq, hash, closedThrough, openedOn);
    }

    public LedgerRow openedOn(LocalDate date) {
        return new LedgerRow(id, clubId, fund, currency, lastSeq, lastHash, closedThrough, date);
    }
}
