package vn.ishc.fund.ledger;

import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.DonorService;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.security.Caller;

import javax.money.CurrencyUnit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The only way money enters a ledger. Inside the caller's transaction it locks the club's ledgers
 * (fixed order), checks every draft against invariants 1, 6 and 9 and the club's registers, numbers
 * the entry in its ledger (invariant 3) and its voucher, and chains its hash. {@link LedgerStore#write}
 * adds the postings to the balances in the same round trip (invariant 4). Several drafts post
 * atomically, linked by one batch id.
 */
@Singleton
public class LedgerPoster {

    /** The operation of a ledger's opening balances: its first entry, and the date before which nothing is posted. */
    public static final String OPENING_BALANCE = "OPENING_BALANCE";

    private final LedgerStore store;
    private final Clock clock;
    private final BusinessDates dates;

    public LedgerPoster(LedgerStore store, Clock clock, BusinessDates dates) {
        this.store = store;
        this.clock = clock;
        this.dates = dates;
    }

    public List<PostedEntry> post(Caller caller, Club club, List<EntryDraft> drafts) {
        return post(caller, club, drafts, Map.of());
    }

    /**
     * @param memberFields the request field that named each member, so an error about a member
     *                     points at what the client sent (e.g. {@code lines[3].memberId})
     */
    public List<PostedEntry> post(Caller caller, Club club, List<EntryDraft> drafts, Map<Long, String> memberFields) {
        LedgerStore.Snapshot books = store.lock(club.id(), funds(drafts), earliest(drafts), ids(drafts, true),
                ids(drafts, false), voucherSeries(drafts));
        Prepared prepared = prepare(caller, club, books, drafts, memberFields);
        List<Long> ids = store.write(prepared.rows(), movedHeads(books, prepared.after()));
        return prepared.posted(ids);
    }

    /** Entries checked, numbered and hashed against a club's locked books, and the books after them. */
    public record Prepared(long clubId, List<Pending> entries, LedgerStore.Snapshot after) {
        public List<LedgerStore.NewEntry> rows() {
            return entries.stream().map(Pending::row).toList();
        }

        /** The posted entries, given the ids their rows were written under (in order). */
        public List<PostedEntry> posted(List<Long> ids) {
            List<PostedEntry> out = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                out.add(entries.get(i).posted(ids.get(i), clubId));
            }
            return out;
        }
    }

    /**
     * Checks the drafts against the club's locked books and prepares their entries, without writing
     * anything and without changing {@code books}: a refused batch leaves no trace. The books after
     * the entries (chain heads, voucher numbers, account totals) let the next batch of the same club
     * be prepared before anything is written.
     *
     * @param memberFields the request field that named each member, so an error about a member
     *                     points at what the client sent (e.g. {@code lines[3].memberId})
     */
    public Prepared prepare(Caller caller, Club club, LedgerStore.Snapshot books, List<EntryDraft> drafts,
                            Map<Long, String> memberFields) {
        Map<LedgerStore.VoucherKey, Integer> lastVouchers = new HashMap<>(books.lastVouchers());
        Map<Fund, LedgerStore.Locked> ledgers = new LinkedHashMap<>(books.ledgers());
        String batchId = drafts.size() > 1 ? UUID.randomUUID().toString() : null;
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Pending> pending = new ArrayList<>();
        for (EntryDraft draft : drafts) {
            LedgerStore.Locked ledger = ledgers.get(draft.fund());
            if (ledger == null) {
                throw new IllegalStateException("club " + club.id() + " has no " + draft.fund() + " ledger");
            }
            EntryRules.check(draft, Amounts.currency(ledger.row().currency()));
            checkMembers(club, draft, books.members(), memberFields);
            checkDonors(club, draft, books.donors());
            Map<String, AccountRow> chart = new TreeMap<>(ledger.chart());
            DayBalances[] days = {ledger.days()};
            Pending entry = prepare(caller, club, ledger.row(), chart, days, draft, batchId, recordedAt, books,
                    lastVouchers);
            LedgerRow head = ledger.row().advance(entry.row().content().seq(), entry.row().hash());
            if (OPENING_BALANCE.equals(draft.operation())) {
                head = head.openedOn(draft.valueDate());
            }
            ledgers.put(draft.fund(), new LedgerStore.Locked(head, chart, days[0]));
            pending.add(entry);
        }
        return new Prepared(club.id(), pending, new LedgerStore.Snapshot(ledgers, books.members(), books.donors(),
                lastVouchers));
    }

    /** The chain heads that moved between two states of the books: what the write must store. */
    public static List<LedgerRow> movedHeads(LedgerStore.Snapshot before, LedgerStore.Snapshot after) {
        List<LedgerRow> moved = new ArrayList<>();
        after.ledgers().forEach((fund, l) -> {
            if (l.row().lastSeq() != before.ledgers().get(fund).row().lastSeq()) {
                moved.add(l.row());
            }
        });
        return moved;
    }

    /** An entry numbered, hashed and checked, waiting to be written with the others of its batch. */
    record Pending(LedgerStore.NewEntry row, Fund fund, String voucher, List<PostedEntry.Names> names) {
        PostedEntry posted(long id, long clubId) {
            return new PostedEntry(id, clubId, fund, row.content(), voucher, row.prevHash(), row.hash(), names);
        }
    }

    /**
     * The earliest value date of the drafts: the lock reads the day movements of cash, bank and goods
     * from it on, so each payment is checked at its value date and every later one. Null if none has a date.
     */
    static LocalDate earliest(List<EntryDraft> drafts) {
        return drafts.stream().map(EntryDraft::valueDate).filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
    }

    static Set<Fund> funds(List<EntryDraft> drafts) {
        Set<Fund> funds = new TreeSet<>();
        drafts.forEach(d -> funds.add(d.fund()));
        return funds;
    }

    /**
     * The voucher series the drafts will draw numbers from, so the lock's round trip can read their
     * last numbers. A draft too malformed to tell is skipped: the rules refuse it before it is numbered,
     * and every draft that gets that far names its series here.
     */
    static Set<LedgerStore.VoucherKey> voucherSeries(List<EntryDraft> drafts) {
        Set<LedgerStore.VoucherKey> keys = new LinkedHashSet<>();
        for (EntryDraft d : drafts) {
            boolean complete = d.fund() != null && d.valueDate() != null && d.postings() != null
                    && d.postings().stream().allMatch(p -> p != null && p.accountCode() != null && p.side() != null
                    && p.amount() != null);
            if (complete) {
                keys.add(new LedgerStore.VoucherKey(d.fund(), VoucherType.of(d.postings()), d.valueDate().getYear()));
            }
        }
        return keys;
    }

    private Pending prepare(Caller caller, Club club, LedgerRow ledger, Map<String, AccountRow> chart,
                            DayBalances[] days, EntryDraft draft, String batchId, Instant recordedAt,
                            LedgerStore.Snapshot refs, Map<LedgerStore.VoucherKey, Integer> lastVouchers) {
        CurrencyUnit currency = Amounts.currency(ledger.currency());
        checkDate(club, ledger, draft.valueDate());
        if (OPENING_BALANCE.equals(draft.operation()) && ledger.lastSeq() > 0) {
            throw ApiException.conflict("fund", "opening-after-entries");
        }
        if (draft.reversesId() != null) {
            checkReversal(ledger, draft.reversesId());
        }
        List<Long> accountIds = new ArrayList<>();
        Map<Long, LedgerStore.Movement> movements = new LinkedHashMap<>();
        List<ChainContent.Line> lines = new ArrayList<>();
        List<PostedEntry.Names> names = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < draft.postings().size(); i++) {
            PostingDraft p = draft.postings().get(i);
            AccountRow account = chart.get(p.accountCode());
            if (account == null) {
                throw ApiException.rule("postings[" + i + "].accountCode", "unknown-account", p.accountCode());
            }
            if (account.header()) {
                throw ApiException.rule("postings[" + i + "].accountCode", "header-account", p.accountCode());
            }
            BigDecimal amount = Amounts.decimal(Amounts.positive(p.amount(), currency, "postings[" + i + "].amount"));
            accountIds.add(account.id());
            boolean debit = p.side() == Side.D;
            movements.merge(account.id(), new LedgerStore.Movement(account.id(), debit ? amount : BigDecimal.ZERO,
                    debit ? BigDecimal.ZERO : amount), (a, b) -> new LedgerStore.Movement(a.accountId(),
                    a.debit().add(b.debit()), a.credit().add(b.credit())));
            if (debit) {
                total = total.add(amount);
            }
            lines.add(new ChainContent.Line(i + 1, account.code(), p.side(), amount, p.memberId(), p.loanId(),
                    p.donorId(), p.activityArea()));
            names.add(new PostedEntry.Names(account.nameVi(), account.nameEn(),
                    p.memberId() == null ? null : refs.members().get(p.memberId()).fullName(),
                    p.donorId() == null ? null : refs.donors().get(p.donorId()).name()));
        }
        days[0] = checkMoneyNeverNegative(chart, days[0], movements, draft.valueDate(), currency);
        VoucherType voucher = VoucherType.of(draft.postings());
        int year = draft.valueDate().getYear();
        LedgerStore.VoucherKey series = new LedgerStore.VoucherKey(ledger.fund(), voucher, year);
        Integer last = lastVouchers.get(series);
        if (last == null) {
            throw new IllegalStateException("voucher series " + series + " was not read with the locks");
        }
        int voucherNo = last + 1;
        lastVouchers.put(series, voucherNo);
        long seq = ledger.lastSeq() + 1;
        ChainContent content = new ChainContent(ledger.id(), seq, draft.valueDate(), draft.operation(), voucher.name(),
                year, voucherNo, draft.description().strip(), total, draft.reversesId(), draft.reversalReason(), batchId,
                caller.userId(), caller.username(), recordedAt, lines);
        String hash = content.hash(ledger.lastHash());
        // what the write will add to the totals, so later drafts of this batch see the money moved
        movements.values().forEach(m -> chart.computeIfPresent(codeOf(chart, m.accountId()), (code, a) ->
                new AccountRow(a.id(), a.ledgerId(), a.code(), a.nameVi(), a.nameEn(), a.type(), a.normalSide(),
                        a.header(), a.parentId(), a.debitTotal().add(m.debit()), a.creditTotal().add(m.credit()))));
        return new Pending(new LedgerStore.NewEntry(content, ledger.lastHash(), hash, accountIds), ledger.fund(),
                VoucherType.format(voucher.name(), year, voucherNo), names);
    }

    private static String codeOf(Map<String, AccountRow> chart, long accountId) {
        return chart.values().stream().filter(a -> a.id() == accountId).map(AccountRow::code).findFirst().orElseThrow();
    }

    static Set<Long> ids(List<EntryDraft> drafts, boolean members) {
        Set<Long> ids = new LinkedHashSet<>();
        for (EntryDraft d : drafts) {
            for (PostingDraft p : d.postings() == null ? List.<PostingDraft>of() : d.postings()) {
                Long id = members ? p.memberId() : p.donorId();
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /**
     * Invariant 9: a cash box, a bank book or the goods store cannot give out more than it holds, on
     * the entry's value date or on any later date (later payments were made from what it held then).
     * Returns the day movements with this entry's.
     */
    private static DayBalances checkMoneyNeverNegative(Map<String, AccountRow> chart, DayBalances days,
                                                       Map<Long, LedgerStore.Movement> movements, LocalDate date,
                                                       CurrencyUnit currency) {
        DayBalances after = days;
        for (AccountRow a : chart.values()) {
            LedgerStore.Movement m = movements.get(a.id());
            if (m == null || !Chart.neverNegative(a.code())) {
                continue;
            }
            BigDecimal net = m.debit().subtract(m.credit());
            after = after.with(a.id(), date, net);
            if (net.signum() >= 0) {
                continue;
            }
            BigDecimal total = a.debitTotal().subtract(a.creditTotal()).add(net);
            DayBalances.Low low = after.lowestFrom(a.id(), date, total);
            if (low.balance().signum() < 0) {
                throw ApiException.rule("amount", "insufficient-funds", a.code(),
                        Amounts.normalize(low.balance().subtract(net), currency), low.day());
            }
        }
        return after;
    }

    /** Invariant 6 and the date rules: not in a closed month, not before the club, not too far ahead. */
    private void checkDate(Club club, LedgerRow ledger, LocalDate date) {
        dates.inWindow("date", date);
        if (ledger.closedThrough() != null && !date.isAfter(ledger.closedThrough())) {
            throw ApiException.rule("date", "closed-period", ledger.closedThrough());
        }
        if (date.isBefore(club.foundedOn())) {
            throw ApiException.rule("date", "before-founding", club.foundedOn());
        }
        if (ledger.openedOn() != null && date.isBefore(ledger.openedOn())) {
            throw ApiException.rule("date", "before-opening", ledger.openedOn());
        }
    }

    private void checkReversal(LedgerRow ledger, long originalId) {
        LedgerStore.ReversalTarget target = store.reversalTarget(originalId);
        if (target == null || target.ledgerId() != ledger.id()) {
            throw ApiException.notFound("entry");
        }
        if (target.reversesId() != null) {
            throw ApiException.conflict(null, "reverse-reversal");
        }
        if (target.reversed()) {
            throw ApiException.conflict(null, "already-reversed");
        }
    }

    private static void checkMembers(Club club, EntryDraft draft, Map<Long, Members.Ref> found,
                                     Map<Long, String> fields) {
        for (int i = 0; i < draft.postings().size(); i++) {
            Long memberId = draft.postings().get(i).memberId();
            if (memberId == null) {
                continue;
            }
            String field = fields.getOrDefault(memberId, "postings[" + i + "].memberId");
            Members.Ref m = found.get(memberId);
            // another club's member is refused like an unknown id: ids do not leak across clubs
            if (m == null || m.clubId() != club.id()) {
                throw ApiException.rule(field, "not-a-club-member");
            }
            // a reversal corrects the past: the member may have left since
            if (draft.reversesId() == null && !m.activeOn(draft.valueDate())) {
                throw ApiException.rule(field, "member-not-active", draft.valueDate());
            }
        }
    }

    private static void checkDonors(Club club, EntryDraft draft, Map<Long, DonorService.Ref> donors) {
        for (int i = 0; i < draft.postings().size(); i++) {
            Long donorId = draft.postings().get(i).donorId();
            if (donorId != null && (donors.get(donorId) == null || donors.get(donorId).clubId() != club.id())) {
                throw ApiException.rule("postings[" + i + "].donorId", "unknown-reference");
            }
        }
    }
}
