package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.ledger.LedgerDtos.ChainReport;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

/**
 * What the business operations (fund, lending) and the auditor's review (audit) may read of a club's books
 * beyond posting: the ledger's narrow API. The tables and {@link LedgerStore} stay behind it. Runs in the
 * caller's transaction.
 */
@Singleton
public class LedgerBooks {

    private final LedgerStore store;
    private final LedgerAccess access;
    private final ChainVerifier verifier;
    private final JdbcOperations jdbc;

    LedgerBooks(LedgerStore store, LedgerAccess access, ChainVerifier verifier, JdbcOperations jdbc) {
        this.store = store;
        this.access = access;
        this.verifier = verifier;
        this.jdbc = jdbc;
    }

    /** The ledger, whoever asks (the caller's scope is the club's: {@code ClubAccess}); 404 if there is none. */
    public LedgerRow ledger(long ledgerId) {
        return access.find(ledgerId);
    }

    /** The sequence number of an entry of this ledger; null when the entry does not exist or is another ledger's. */
    public Long entrySeq(long ledgerId, long entryId) {
        return jdbc.prepareStatement("SELECT seq FROM journal_entry WHERE id = ? AND ledger_id = ?", ps -> {
            ps.setLong(1, entryId);
            ps.setLong(2, ledgerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
    }

    /**
     * Locks the ledger as posting does and verifies its chain: the report's head ({@code headSeq},
     * {@code headHash}) is exactly the chain that was verified, and stays the head until the transaction
     * commits (an auditor's sign-off stores it). Postings to the ledger wait for the verification.
     */
    public ChainReport verifyLocked(long ledgerId) {
        LedgerRow ledger = access.find(ledgerId);
        LedgerRow locked = store.lock(ledger.clubId(), List.of(ledger.fund())).get(ledger.fund()).row();
        return verifier.verify(locked);
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

    /**
     * The posting lines of a fund's opening balances (the ledger's first entry, when it is one and stands
     * unreversed), as drafts; empty otherwise. For an import that brings the same balances again.
     */
    public List<PostingDraft> openingPostings(long clubId, Fund fund) {
        long ledgerId = access.ledgerOf(clubId, fund).id();
        Long entryId = jdbc.prepareStatement("SELECT e.id FROM journal_entry e WHERE e.ledger_id = ? AND e.seq = 1 "
                + "AND e.operation = ? AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_id = e.id)", ps -> {
            ps.setLong(1, ledgerId);
            ps.setString(2, LedgerPoster.OPENING_BALANCE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
        return entryId == null ? List.of() : store.postingsOf(entryId);
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
