package vn.ishc.fund.ledger;

/** What posting returns: the stored entry's identity. */
public record PostedEntry(long id, long ledgerId, Fund fund, long seq, String voucher, String hash) {
}
