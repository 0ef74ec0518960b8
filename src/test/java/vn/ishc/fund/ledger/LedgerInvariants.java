package vn.ishc.fund.ledger;

import vn.ishc.fund.ledger.LedgerDtos.ChainReport;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.TestApp;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the invariants of accounting.md on a ledger straight from the database, behind the
 * service's back: 1 (balanced entries of positive whole amounts on leaf accounts of the ledger),
 * 3 (gapless numbering and a valid hash chain), 4 (kept totals equal the postings) and
 * 8 (balances at past dates rebuilt from the entries equal the aggregates).
 */
public final class LedgerInvariants {

    private LedgerInvariants() {
    }

    public static void check(long ledgerId) {
        Db db = TestApp.db();
        // 1: balanced, at least two postings, positive amounts without fractions, leaf accounts of this ledger
        assertEquals(0, db.count("SELECT COUNT(*) FROM journal_entry e WHERE e.ledger_id = ? AND ("
                + "(SELECT COUNT(*) FROM posting p WHERE p.entry_id = e.id) < 2 OR "
                + "(SELECT SUM(CASE WHEN side = 'D' THEN amount ELSE -amount END) FROM posting p WHERE p.entry_id = e.id) <> 0 OR "
                + "(SELECT SUM(CASE WHEN side = 'D' THEN amount ELSE 0 END) FROM posting p WHERE p.entry_id = e.id) <> e.total)",
                ledgerId), "unbalanced or short entries in ledger " + ledgerId);
        assertEquals(0, db.count("SELECT COUNT(*) FROM posting p JOIN account a ON a.id = p.account_id "
                + "WHERE p.ledger_id = ? AND (p.amount <= 0 OR p.amount <> FLOOR(p.amount) OR a.ledger_id <> p.ledger_id "
                + "OR a.header)", ledgerId), "bad postings in ledger " + ledgerId);
        // 3: numbered 1..n without gaps, and the chain verifies
        long n = db.count("SELECT COUNT(*) FROM journal_entry WHERE ledger_id = ?", ledgerId);
        long max = db.count("SELECT COALESCE(MAX(seq), 0) FROM journal_entry WHERE ledger_id = ?", ledgerId);
        long min = db.count("SELECT COALESCE(MIN(seq), 1) FROM journal_entry WHERE ledger_id = ?", ledgerId);
        assertEquals(n, max, "numbering has gaps in ledger " + ledgerId);
        assertEquals(1, min);
        ChainReport report = TestApp.inTx(() -> TestApp.bean(ChainVerifier.class).verify(ledger(ledgerId)));
        assertTrue(report.valid(), () -> "chain broken: " + report);
        // 4: kept totals and aggregates equal the postings
        assertEquals(0, db.count("SELECT COUNT(*) FROM account a WHERE a.ledger_id = ? AND ("
                + "a.debit_total <> (SELECT COALESCE(SUM(amount), 0) FROM posting p WHERE p.account_id = a.id AND p.side = 'D') OR "
                + "a.credit_total <> (SELECT COALESCE(SUM(amount), 0) FROM posting p WHERE p.account_id = a.id AND p.side = 'C'))",
                ledgerId), "account totals differ from postings in ledger " + ledgerId);
        for (String[] agg : new String[][]{{"account_month", "month", "DATE_FORMAT(p.value_date, '%Y-%m-01')"},
                {"account_day", "day", "p.value_date"}}) {
            assertEquals(0, db.count("SELECT COUNT(*) FROM " + agg[0] + " x WHERE x.ledger_id = ? AND ("
                    + "x.debit <> (SELECT COALESCE(SUM(amount), 0) FROM posting p WHERE p.account_id = x.account_id AND p.side = 'D' AND " + agg[2] + " = x." + agg[1] + ") OR "
                    + "x.credit <> (SELECT COALESCE(SUM(amount), 0) FROM posting p WHERE p.account_id = x.account_id AND p.side = 'C' AND " + agg[2] + " = x." + agg[1] + "))",
                    ledgerId), agg[0] + " differs from postings in ledger " + ledgerId);
            assertEquals(0, db.count("SELECT COUNT(*) FROM posting p WHERE p.ledger_id = ? AND NOT EXISTS ("
                    + "SELECT 1 FROM " + agg[0] + " x WHERE x.account_id = p.account_id AND x." + agg[1] + " = " + agg[2] + ")",
                    ledgerId), "postings missing from " + agg[0]);
        }
    }

    /** Invariant 8: the balance of every account at the date, rebuilt from postings, equals the aggregates' answer. */
    public static void checkBalanceAt(long ledgerId, LocalDate date) {
        Map<Long, BalanceReader.Totals> fromAggregates = TestApp.inTx(() -> TestApp.bean(BalanceReader.class).totals(ledgerId, date));
        Db db = TestApp.db();
        long accounts = db.count("SELECT COUNT(*) FROM account WHERE ledger_id = ?", ledgerId);
        for (long i = 0; i < accounts; i++) {
            long accountId = db.count("SELECT id FROM account WHERE ledger_id = ? ORDER BY id LIMIT 1 OFFSET " + i, ledgerId);
            BigDecimal rebuilt = db.decimal("SELECT COALESCE(SUM(CASE WHEN side = 'D' THEN amount ELSE -amount END), 0) "
                    + "FROM posting WHERE account_id = ? AND value_date <= ?", accountId, Date.valueOf(date));
            BalanceReader.Totals t = fromAggregates.getOrDefault(accountId, new BalanceReader.Totals(BigDecimal.ZERO, BigDecimal.ZERO));
            assertEquals(0, rebuilt.compareTo(t.net()), "balance of account " + accountId + " at " + date);
        }
    }

    public static LedgerRow ledger(long ledgerId) {
        Db db = TestApp.db();
        return new LedgerRow(ledgerId, db.count("SELECT club_id FROM ledger WHERE id = ?", ledgerId),
                Fund.valueOf(db.string("SELECT fund FROM ledger WHERE id = ?", ledgerId)), "VND",
                db.count("SELECT last_seq FROM ledger WHERE id = ?", ledgerId),
                db.string("SELECT last_hash FROM ledger WHERE id = ?", ledgerId), null, null);
    }
}
