package vn.ishc.fund.ledger;

import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the business operations (fund, lending) may read of a club's books beyond posting: the ledger's
 * narrow API. The tables and {@link LedgerStore} stay behind it. Runs in the caller's transaction.
 */
@Singleton
public class LedgerBooks {

    private final LedgerStore store;
    private final LedgerAccess access;

    LedgerBooks(LedgerStore store, LedgerAccess access) {
        this.store = store;
        this.access = access;
    }

    /**
     * Locks a fund's ledger of the club, as posting does, and returns its accounts with their totals: what
     * a rule reads stays true until the transaction commits (the posting that follows locks it again).
     */
    public Map<String, AccountRow> lockedChart(long clubId, Fund fund) {
        return store.lock(clubId, List.of(fund)).get(fund).chart();
    }

    /** A fund's accounts of the club with their totals, without locking (for reads). */
    public Map<String, AccountRow> chart(long clubId, Fund fund) {
        return store.accounts(access.ledgerOf(clubId, fund).id());
    }

    /** A member's debit-minus-credit per account code in a fund's ledger of the club. */
    public Map<String, BigDecimal> memberNets(long clubId, Fund fund, long memberId) {
        return store.memberNets(access.ledgerOf(clubId, fund).id(), memberId);
    }

    /** The posting lines of an entry, in order, as drafts (to mirror it in a reversal). */
    public List<PostingDraft> postingsOf(long entryId) {
        return store.postingsOf(entryId);
    }

    /** Debit minus credit of the leaf accounts under a code (111 for every cash book, say). */
    public static BigDecimal net(Map<String, AccountRow> chart, String code) {
        return chart.values().stream().filter(a -> !a.header() && a.code().startsWith(code))
                .map(a -> a.debitTotal().subtract(a.creditTotal())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
