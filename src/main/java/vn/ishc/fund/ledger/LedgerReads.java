package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the read models (statements, exports, monitoring) may read of a ledger: its chart, its balances
 * at any date from the kept aggregates, and its chain head. The ledger's tables stay behind it. Runs in
 * the caller's transaction or connection.
 */
@Singleton
public class LedgerReads {

    private final LedgerAccess access;
    private final LedgerStore store;
    private final BalanceReader balances;
    private final ChainVerifier verifier;
    private final JdbcOperations jdbc;

    LedgerReads(LedgerAccess access, LedgerStore store, BalanceReader balances, ChainVerifier verifier,
                JdbcOperations jdbc) {
        this.access = access;
        this.store = store;
        this.balances = balances;
        this.verifier = verifier;
        this.jdbc = jdbc;
    }

    /** An account of the chart: header accounts sum their sub-accounts (codes that start with theirs). */
    public record Account(String code, String nameVi, String nameEn, AccountType type, Side normalSide,
                          boolean header) {
        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    /** Debits and credits of an account up to a date. */
    public record Totals(BigDecimal debit, BigDecimal credit) {
        public static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO);

        public BigDecimal net() {
            return debit.subtract(credit);
        }

        public Totals minus(Totals earlier) {
            return new Totals(debit.subtract(earlier.debit), credit.subtract(earlier.credit));
        }
    }

    /** The last entry of the chain: what a printed statement covers. */
    public record Head(long seq, String hash) {
    }

    /** The ledger, if the caller may see its club (404 otherwise). */
    public LedgerRow visible(Caller caller, long ledgerId) {
        return access.visible(caller, ledgerId).ledger();
    }

    /** A fund's ledger of a club (404 if the club has none). */
    public LedgerRow ledgerOf(long clubId, Fund fund) {
        return access.ledgerOf(clubId, fund);
    }

    /** The ledger with this id, whoever asks (for checks that need no login: a printed statement's QR code). */
    public java.util.Optional<LedgerRow> find(long ledgerId) {
        return jdbc.prepareStatement("SELECT * FROM ledger WHERE id = ?", ps -> {
            ps.setLong(1, ledgerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(LedgerStore.ledger(rs)) : java.util.Optional.<LedgerRow>empty();
            }
        });
    }

    /** The chart, in code order. */
    public List<Account> accounts(long ledgerId) {
        List<Account> out = new ArrayList<>();
        store.accounts(ledgerId).values().forEach(a -> out.add(new Account(a.code(), a.nameVi(), a.nameEn(), a.type(),
                a.normalSide(), a.header())));
        return out;
    }

    /** Totals of every leaf account, by code, at the end of {@code asOf} (null: everything posted). */
    public Map<String, Totals> totals(long ledgerId, LocalDate asOf) {
        Map<Long, BalanceReader.Totals> byId = balances.totals(ledgerId, asOf);
        Map<String, Totals> out = new LinkedHashMap<>();
        store.accounts(ledgerId).values().forEach(a -> {
            if (!a.header()) {
                BalanceReader.Totals t = byId.get(a.id());
                out.put(a.code(), t == null ? Totals.ZERO : new Totals(t.debit(), t.credit()));
            }
        });
        return out;
    }

    /** The ledger's chain head now (seq 0 and the zero hash for an empty ledger). */
    public Head head(long ledgerId) {
        LedgerRow row = access.find(ledgerId);
        return new Head(row.lastSeq(), row.lastHash());
    }

    /** Whether a printed head still matches: entry {@code seq} has a hash starting so, and the chain to it verifies. */
    public boolean headMatches(long ledgerId, long seq, String hashPrefix) {
        String hash = jdbc.prepareStatement("SELECT hash FROM journal_entry WHERE ledger_id = ? AND seq = ?", ps -> {
            ps.setLong(1, ledgerId);
            ps.setLong(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        if (hash == null || !hash.startsWith(hashPrefix)) {
            return false;
        }
        LedgerDtos.ChainReport report = verifier.verify(access.find(ledgerId));
        return report.firstBrokenSeq() == null || report.firstBrokenSeq() > seq;
    }
}
