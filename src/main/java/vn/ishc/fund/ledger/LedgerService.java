package vn.ishc.fund.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.paging.Page;
import vn.ishc.fund.common.paging.PageQuery;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.ledger.LedgerAccess.LedgerRef;
import vn.ishc.fund.ledger.LedgerDtos.AccountBalance;
import vn.ishc.fund.ledger.LedgerDtos.AddAccount;
import vn.ishc.fund.ledger.LedgerDtos.ChainReport;
import vn.ishc.fund.ledger.LedgerDtos.EntryView;
import vn.ishc.fund.ledger.LedgerDtos.FundSummary;
import vn.ishc.fund.ledger.LedgerDtos.LedgerView;
import vn.ishc.fund.ledger.LedgerDtos.ManualEntry;
import vn.ishc.fund.ledger.LedgerDtos.ManualPosting;
import vn.ishc.fund.ledger.LedgerDtos.Posted;
import vn.ishc.fund.ledger.LedgerDtos.Reverse;
import vn.ishc.fund.ledger.LedgerDtos.Statement;
import vn.ishc.fund.ledger.LedgerDtos.TrialBalance;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Ledger reads, manual entries, reversals and the chart of accounts, each checked against the caller's scope. */
@Singleton
public class LedgerService {

    public static final Role[] BOOKKEEPERS = {Role.ADMIN, Role.CHAIR, Role.TREASURER};

    private final LedgerAccess access;
    private final ClubAccess clubs;
    private final LedgerPoster poster;
    private final LedgerStore store;
    private final EntryReader entries;
    private final BalanceReader balances;
    private final StatementReader statements;
    private final ChainVerifier verifier;
    private final Idempotency idempotency;
    private final Tx tx;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Members members;

    public LedgerService(LedgerAccess access, ClubAccess clubs, LedgerPoster poster, LedgerStore store,
                         EntryReader entries, BalanceReader balances, StatementReader statements,
                         ChainVerifier verifier, Idempotency idempotency, Tx tx, JdbcOperations jdbc, Clock clock,
                         Members members) {
        this.members = members;
        this.access = access;
        this.clubs = clubs;
        this.poster = poster;
        this.store = store;
        this.entries = entries;
        this.balances = balances;
        this.statements = statements;
        this.verifier = verifier;
        this.idempotency = idempotency;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ReadOnly
    public List<LedgerView> ledgers(Caller caller, long clubId) {
        clubs.visible(caller, clubId);
        return jdbc.prepareStatement("SELECT * FROM ledger WHERE club_id = ? ORDER BY fund DESC", ps -> {
            ps.setLong(1, clubId);
            List<LedgerView> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LedgerRow l = LedgerStore.ledger(rs);
                    out.add(new LedgerView(l.id(), l.clubId(), l.fund(), l.currency(), l.lastSeq(), l.lastHash(),
                            l.closedThrough(), l.openedOn()));
                }
            }
            return out;
        });
    }

    @ReadOnly
    public List<AccountBalance> chart(Caller caller, long ledgerId, LocalDate asOf, Locale locale) {
        return balances.chart(access.visible(caller, ledgerId).ledger(), asOf, locale);
    }

    @ReadOnly
    public TrialBalance trialBalance(Caller caller, long ledgerId, LocalDate asOf, Locale locale) {
        return balances.trialBalance(access.visible(caller, ledgerId).ledger(), asOf == null ? today() : asOf, locale);
    }

    @ReadOnly
    public Statement statement(Caller caller, long ledgerId, String code, LocalDate from, LocalDate to,
                               PageQuery page, Locale locale) {
        LedgerRow ledger = access.visible(caller, ledgerId).ledger();
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        return statements.statement(ledger, code, start, end, page, locale);
    }

    @ReadOnly
    public Page<EntryView> entries(Caller caller, long ledgerId, LocalDate from, LocalDate to, String operation,
                                   Long memberId, PageQuery page, Locale locale) {
        access.visible(caller, ledgerId);
        return entries.list(ledgerId, from, to, operation, memberId, page, locale);
    }

    @ReadOnly
    public EntryView entry(Caller caller, long entryId, Locale locale) {
        EntryView e = entries.entry(entryId, locale);
        if (!clubs.canSee(caller, e.clubId())) {
            throw ApiException.notFound("entry");
        }
        return e;
    }

    @ReadOnly
    public LedgerDtos.MemberLedger memberLedger(Caller caller, long memberId, PageQuery page, Locale locale) {
        var member = members.visible(caller, memberId).orElseThrow(() -> ApiException.notFound("member"));
        return statements.member(memberId, member.fullName(), member.clubId(), page, locale);
    }

    @ReadOnly
    public FundSummary fundSummary(Caller caller, long clubId, LocalDate asOf) {
        clubs.visible(caller, clubId);
        LocalDate on = asOf == null ? today() : asOf;
        var igf = balances.position(access.ledgerOf(clubId, Fund.IGF), on);
        var af = balances.position(access.ledgerOf(clubId, Fund.AF), on);
        return new FundSummary(clubId, on, igf.netAssets(), igf, af);
    }

    /** Anyone who may read a ledger may verify it: auditors, and the chair and treasurer who keep it. */
    @ReadOnly
    public ChainReport verify(Caller caller, long ledgerId) {
        return verifier.verify(access.visible(caller, ledgerId).ledger());
    }

    /** Adds a leaf account under a template or club account (e.g. 1121 under 112 for a second bank book). */
    public AccountBalance addAccount(Caller caller, long ledgerId, AddAccount req, Locale locale) {
        return tx.write(() -> {
            LedgerRef ref = access.writable(caller, ledgerId, BOOKKEEPERS);
            Map<String, AccountRow> chart = store.lock(ref.club().id(), List.of(ref.ledger().fund()))
                    .get(ref.ledger().fund()).chart();
            AccountRow parent = chart.get(req.parentCode());
            if (parent == null) {
                throw ApiException.rule("parentCode", "unknown-account", req.parentCode());
            }
            if (!req.code().startsWith(parent.code()) || req.code().equals(parent.code())) {
                throw ApiException.invalid("code", "child-code", parent.code());
            }
            if (chart.containsKey(req.code())) {
                throw ApiException.conflict("code", "duplicate");
            }
            if (!parent.header() && (parent.debitTotal().signum() != 0 || parent.creditTotal().signum() != 0)) {
                throw ApiException.rule("parentCode", "parent-has-postings", parent.code());
            }
            String nameVi = Texts.clean(req.nameVi());
            String nameEn = req.nameEn() == null || req.nameEn().isBlank() ? nameVi : Texts.clean(req.nameEn());
            jdbc.prepareStatement("UPDATE account SET header = TRUE WHERE id = ?", ps -> {
                ps.setLong(1, parent.id());
                return ps.executeUpdate();
            });
            jdbc.prepareStatement("INSERT INTO account (ledger_id, code, name_vi, name_en, type, normal_side, parent_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
                ps.setLong(1, ledgerId);
                ps.setString(2, req.code());
                ps.setString(3, nameVi);
                ps.setString(4, nameEn);
                ps.setString(5, parent.type().name());
                ps.setString(6, parent.normalSide().name());
                ps.setLong(7, parent.id());
                return ps.executeUpdate();
            });
            return balances.chart(ref.ledger(), null, locale).stream()
                    .filter(a -> a.code().equals(req.code())).findFirst().orElseThrow();
        });
    }

    /** A manual entry: postings by account code (or id, which must belong to this ledger). */
    public Idempotency.Once<Posted> manualEntry(Caller caller, long ledgerId, String key, ManualEntry req, Locale locale) {
        Idempotency.requireKey(key);
        return tx.write(() -> {
            LedgerRef ref = access.writable(caller, ledgerId, BOOKKEEPERS);
            return idempotency.once(caller, key, "manual-entry:" + ledgerId, req, Posted.class, () -> {
                List<PostingDraft> postings = new ArrayList<>();
                Map<String, AccountRow> chart = store.accounts(ledgerId);
                for (int i = 0; i < req.postings().size(); i++) {
                    ManualPosting p = req.postings().get(i);
                    postings.add(new PostingDraft(accountCode(chart, p, i), p.side(), p.amount(), p.memberId(), null,
                            p.donorId(), p.activityArea()));
                }
                EntryDraft draft = new EntryDraft(ref.ledger().fund(), req.date(), "MANUAL",
                        Texts.clean(req.description()), postings);
                return posted("MANUAL", poster.post(caller, ref.club(), List.of(draft)), locale);
            });
        });
    }

    private static String accountCode(Map<String, AccountRow> chart, ManualPosting p, int i) {
        if (p.accountId() != null) {
            return chart.values().stream().filter(a -> a.id() == p.accountId()).map(AccountRow::code).findFirst()
                    .orElseThrow(() -> ApiException.rule("postings[" + i + "].accountId", "account-other-ledger"));
        }
        if (p.accountCode() == null || p.accountCode().isBlank()) {
            throw ApiException.invalid("postings[" + i + "].accountCode", "required");
        }
        return p.accountCode().trim();
    }

    /**
     * Posts the mirror of an entry, linked to it. An entry that belongs to a batch (a meeting, the
     * interest pair) is reversed with the rest of its batch, so the funds stay consistent.
     */
    public Idempotency.Once<Posted> reverse(Caller caller, long entryId, String key, Reverse req, Locale locale) {
        Idempotency.requireKey(key);
        return tx.write(() -> {
            EntryView original = entries.entry(entryId, locale);
            if (!clubs.canSee(caller, original.clubId())) {
                throw ApiException.notFound("entry");
            }
            Club club = clubs.open(caller, original.clubId(), BOOKKEEPERS);
            return idempotency.once(caller, key, "reverse:" + entryId, req, Posted.class, () -> {
                LocalDate date = req.date() == null ? today() : req.date();
                List<EntryView> batch = original.batchId() == null ? List.of(original) : batch(original, locale);
                List<EntryDraft> drafts = new ArrayList<>();
                for (EntryView e : batch) {
                    if (date.isBefore(e.date())) {
                        throw ApiException.rule("date", "before-original", e.date());
                    }
                    LedgerStore.ReversalTarget target = store.reversalTarget(e.id());
                    if (target.hasLoanPostings()) {
                        throw ApiException.conflict(null, "reverse-through-loans");
                    }
                    List<PostingDraft> mirror = store.postingsOf(e.id()).stream().map(PostingDraft::mirrored).toList();
                    drafts.add(new EntryDraft(e.fund(), date, "REVERSAL", "Đảo bút toán " + e.voucher() + ": "
                            + Texts.clean(req.reason()), mirror, e.id(), Texts.clean(req.reason())));
                }
                return posted("REVERSAL", poster.post(caller, club, drafts), locale);
            });
        });
    }

    private List<EntryView> batch(EntryView original, Locale locale) {
        List<Long> ids = jdbc.prepareStatement("SELECT id FROM journal_entry WHERE batch_id = ? ORDER BY id", ps -> {
            ps.setString(1, original.batchId());
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
        return entries.byIds(ids, locale);
    }

    /** The answer to the client, built from what was just posted (no second read). */
    public Posted posted(String operation, List<PostedEntry> posted, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<EntryView> views = new ArrayList<>();
        for (PostedEntry p : posted) {
            ChainContent c = p.content();
            javax.money.CurrencyUnit currency = vn.ishc.fund.money.Amounts.VND;
            List<LedgerDtos.PostingView> lines = new ArrayList<>();
            for (int i = 0; i < c.lines().size(); i++) {
                ChainContent.Line l = c.lines().get(i);
                PostedEntry.Names n = p.names().get(i);
                lines.add(new LedgerDtos.PostingView(l.lineNo(), l.accountCode(), english ? n.accountEn() : n.accountVi(),
                        l.side(), vn.ishc.fund.money.Amounts.normalize(l.amount(), currency), l.memberId(), n.member(),
                        l.loanId(), l.donorId(), n.donor(), l.activityArea()));
            }
            views.add(new EntryView(p.id(), c.ledgerId(), p.clubId(), p.fund(), c.seq(), c.valueDate(), c.operation(),
                    p.voucher(), c.description(), vn.ishc.fund.money.Amounts.normalize(c.total(), currency),
                    c.reversesId(), null, c.reversalReason(), c.batchId(), c.recordedByName(), c.recordedAt(),
                    p.prevHash(), p.hash(), lines));
        }
        return new Posted(operation, views);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
