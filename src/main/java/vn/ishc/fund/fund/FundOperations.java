package vn.ishc.fund.fund;

import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.club.Member;
import vn.ishc.fund.club.DonorService;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.fund.FundDtos.Contribution;
import vn.ishc.fund.fund.FundDtos.Donation;
import vn.ishc.fund.fund.FundDtos.DonationForm;
import vn.ishc.fund.fund.FundDtos.Expense;
import vn.ishc.fund.fund.FundDtos.Fee;
import vn.ishc.fund.fund.FundDtos.InterestTransfer;
import vn.ishc.fund.fund.FundDtos.Meeting;
import vn.ishc.fund.fund.FundDtos.MemberExit;
import vn.ishc.fund.fund.FundDtos.OpeningBalances;
import vn.ishc.fund.fund.FundDtos.Transfer;
import vn.ishc.fund.fund.PostingRules.DonationPurpose;
import vn.ishc.fund.fund.PostingRules.ExpenseKind;
import vn.ishc.fund.ledger.AccountRow;
import vn.ishc.fund.ledger.AccountType;
import vn.ishc.fund.ledger.EntryDraft;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.GroupPoster;
import vn.ishc.fund.ledger.Idempotency;
import vn.ishc.fund.ledger.LedgerDtos.Posted;
import vn.ishc.fund.ledger.LedgerPoster;
import vn.ishc.fund.ledger.LedgerBooks;
import vn.ishc.fund.ledger.LedgerService;
import vn.ishc.fund.ledger.Side;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The business operations of a club's funds. Each runs in one transaction with its idempotency key:
 * validate the request in the treasurer's terms, turn it into entries by the posting rules, and post
 * them through the ledger — the operation and its entries commit together or not at all.
 */
@Singleton
public class FundOperations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final ClubAccess clubs;
    private final LedgerPoster poster;
    private final LedgerBooks books;
    private final DonorService donors;
    private final LedgerService ledgers;
    private final Members members;
    private final Idempotency idempotency;
    private final Tx tx;
    private final GroupPoster group;
    private final BusinessDates dates;

    public FundOperations(ClubAccess clubs, LedgerPoster poster, LedgerBooks books, DonorService donors,
                          LedgerService ledgers, Members members, Idempotency idempotency, Tx tx, GroupPoster group,
                          BusinessDates dates) {
        this.books = books;
        this.donors = donors;
        this.dates = dates;
        this.clubs = clubs;
        this.poster = poster;
        this.ledgers = ledgers;
        this.members = members;
        this.idempotency = idempotency;
        this.tx = tx;
        this.group = group;
    }

    /** Entries to post, and which request field named each member (for errors in the client's terms). */
    private record Drafts(List<EntryDraft> entries, Map<Long, String> memberFields) {
        static Drafts of(EntryDraft draft, Long member, String field) {
            return new Drafts(List.of(draft), member == null ? Map.of() : Map.of(member, field));
        }
    }

    /** Runs an operation once per idempotency key, in one transaction, for a club open for business. */
    private Idempotency.Once<Posted> run(Caller caller, long clubId, String key, String operation, Object request,
                                         Locale locale, Function<Club, Drafts> rules) {
        Idempotency.requireKey(key);
        return tx.write(() -> {
            Club club = clubs.open(caller, clubId, LedgerService.BOOKKEEPERS);
            return idempotency.once(caller, key, operation + ":" + clubId, request, Posted.class, () -> {
                Drafts drafts = rules.apply(club);
                return ledgers.posted(operation, drafts.entries().isEmpty() ? List.of()
                        : poster.post(caller, club, drafts.entries(), drafts.memberFields()), locale);
            });
        });
    }

    /**
     * Like {@link #run}, for operations whose rules only read the request: the drafts are built
     * before any transaction, then post in a group with whatever other requests are waiting (group
     * commit, see {@link GroupPoster}), which checks the club as {@code run} does.
     */
    private Idempotency.Once<Posted> post(Caller caller, long clubId, String key, String operation, Object request,
                                          Locale locale, Supplier<Drafts> rules) {
        Idempotency.requireKey(key);
        caller.requireRole(LedgerService.BOOKKEEPERS);
        Drafts drafts = rules.get();
        return group.post(new GroupPoster.Request<>(caller, clubId, key, operation + ":" + clubId, request,
                drafts.entries(), drafts.memberFields(), Posted.class, posted -> ledgers.posted(operation, posted, locale)));
    }

    public Idempotency.Once<Posted> contribution(Caller caller, long clubId, String key, Contribution req, Locale locale) {
        return post(caller, clubId, key, "CAPITAL_CONTRIBUTION", req, locale, () -> {
            BigDecimal amount = vnd(req.amount(), "amount");
            String money = moneyAccount(req.method(), req.moneyAccount());
            return Drafts.of(PostingRules.contribution(req.memberId(), amount, req.date(), money,
                    text(req.description(), "Thu góp vốn của thành viên")), req.memberId(), "memberId");
        });
    }

    public Idempotency.Once<Posted> fee(Caller caller, long clubId, String key, Fee req, Locale locale) {
        return post(caller, clubId, key, "MEMBER_FEE", req, locale, () -> {
            BigDecimal amount = vnd(req.amount(), "amount");
            return Drafts.of(PostingRules.fee(req.memberId(), amount, req.date(),
                    text(req.description(), "Thu hội phí tháng " + req.date().format(MONTH))), req.memberId(), "memberId");
        });
    }

    /** The meeting batch: many members' fees and contributions, all posted or none. */
    public Idempotency.Once<Posted> meeting(Caller caller, long clubId, String key, Meeting req, Locale locale) {
        return post(caller, clubId, key, "MEETING", req, locale, () -> {
            List<PostingRules.MeetingLine> lines = new ArrayList<>();
            Map<Long, String> memberFields = new LinkedHashMap<>();
            for (int i = 0; i < req.lines().size(); i++) {
                FundDtos.MeetingLine l = req.lines().get(i);
                String field = "lines[" + i + "]";
                if (l.fee() == null && l.contribution() == null) {
                    throw ApiException.invalid(field, "meeting-line-empty");
                }
                if (memberFields.putIfAbsent(l.memberId(), field + ".memberId") != null) {
                    throw ApiException.invalid(field + ".memberId", "duplicate");
                }
                lines.add(new PostingRules.MeetingLine(l.memberId(),
                        l.fee() == null ? null : vnd(l.fee(), field + ".fee"),
                        l.contribution() == null ? null : vnd(l.contribution(), field + ".contribution")));
            }
            String day = req.date().format(DAY);
            String extra = req.description() == null || req.description().isBlank() ? "" : " — " + Texts.clean(req.description());
            return new Drafts(PostingRules.meeting(lines, req.date(), "Thu hội phí tại buổi sinh hoạt ngày " + day + extra,
                    "Thu góp vốn tại buổi sinh hoạt ngày " + day + extra), memberFields);
        });
    }

    public Idempotency.Once<Posted> donation(Caller caller, long clubId, String key, Donation req, Locale locale) {
        return run(caller, clubId, key, "DONATION", req, locale, club -> {
            BigDecimal amount = vnd(req.amount(), "amount");
            DonorService.Ref donor = donors.refs(List.of(req.donorId())).get(req.donorId());
            if (donor == null || donor.clubId() != club.id()) {
                throw ApiException.rule("donorId", "unknown-reference");
            }
            String debit;
            String text;
            if (req.form() == DonationForm.IN_KIND) {
                if (req.purpose() != DonationPurpose.CAPITAL) {
                    throw ApiException.rule("form", "in-kind-capital-only");
                }
                if (req.item() == null || req.item().isBlank()) {
                    throw ApiException.invalid("item", "required");
                }
                debit = PostingRules.GOODS;
                text = "Nhận hiện vật để cho vay: " + Texts.clean(req.item());
            } else {
                debit = moneyAccount(req.form() == DonationForm.BANK ? Method.BANK : Method.CASH, req.moneyAccount());
                text = req.purpose() == DonationPurpose.CAPITAL ? "Nhận tài trợ vốn" : "Nhận ủng hộ cho hoạt động";
            }
            return Drafts.of(PostingRules.donation(req.donorId(), req.purpose(), amount, req.date(), debit,
                    text(req.description(), text)), null, null);
        });
    }

    public Idempotency.Once<Posted> expense(Caller caller, long clubId, String key, Expense req, Locale locale) {
        return post(caller, clubId, key, "EXPENSE", req, locale, () -> {
            BigDecimal amount = vnd(req.amount(), "amount");
            if (req.kind() == ExpenseKind.ACTIVITY && req.activityArea() == null) {
                throw ApiException.invalid("activityArea", "required");
            }
            return Drafts.of(PostingRules.expense(req.fund(), req.kind(), req.activityArea(), amount, req.date(),
                    moneyAccount(req.method(), req.moneyAccount()), Texts.clean(req.description())), null, null);
        });
    }

    public Idempotency.Once<Posted> transfer(Caller caller, long clubId, String key, Transfer req, Locale locale) {
        return post(caller, clubId, key, "TRANSFER", req, locale, () -> {
            BigDecimal amount = vnd(req.amount(), "amount");
            boolean toBank = req.direction() == FundDtos.Direction.CASH_TO_BANK;
            return Drafts.of(PostingRules.transfer(req.fund(), toBank ? "111" : "112", toBank ? "112" : "111", amount,
                    req.date(), text(req.description(), toBank ? "Nộp tiền mặt vào ngân hàng" : "Rút tiền gửi ngân hàng về quỹ")),
                    null, null);
        });
    }

    /** Interest handed from the income-generation fund to the activity fund: one atomic pair of entries. */
    public Idempotency.Once<Posted> interestTransfer(Caller caller, long clubId, String key, InterestTransfer req,
                                                     Locale locale) {
        return post(caller, clubId, key, "INTEREST_TRANSFER", req, locale, () -> {
            BigDecimal amount = vnd(req.amount(), "amount");
            String extra = req.description() == null || req.description().isBlank() ? "" : " — " + Texts.clean(req.description());
            return new Drafts(PostingRules.interestTransfer(amount, req.date(), "111", "111",
                    "Chuyển lãi cho vay sang quỹ hoạt động" + extra, "Nhận lãi cho vay từ quỹ tăng thu nhập" + extra), Map.of());
        });
    }

    /**
     * A member leaves and takes back capital (default: all of it). Refused while the member still
     * owes a loan. The member is marked as left in the same transaction.
     */
    public Idempotency.Once<Posted> memberExit(Caller caller, long clubId, String key, MemberExit req, Locale locale) {
        return run(caller, clubId, key, "MEMBER_EXIT", req, locale, club -> {
            Member member = members.requireInClub(club.id(), req.memberId(), "memberId");
            if (member.leftOn() != null) {
                throw ApiException.conflict("memberId", "member-already-left");
            }
            // dated like a posting even when nothing is paid out (the member leaves on that day)
            dates.inWindow("date", req.date());
            if (req.date().isBefore(member.joinedOn())) {
                throw ApiException.rule("date", "before-joined", member.joinedOn());
            }
            books.lockedChart(club.id(), Fund.IGF);
            Map<String, BigDecimal> balances = memberBalances(club.id(), member.id());
            if (balances.getOrDefault(PostingRules.LOANS, BigDecimal.ZERO).signum() > 0) {
                throw ApiException.rule("memberId", "member-owes-loan");
            }
            BigDecimal capital = balances.getOrDefault(PostingRules.MEMBER_CAPITAL, BigDecimal.ZERO).negate();
            BigDecimal amount = req.amount() == null ? capital : vnd(req.amount(), "amount");
            if (amount.compareTo(capital) > 0) {
                throw ApiException.rule("amount", "exceeds-capital", Amounts.normalize(capital, Amounts.VND));
            }
            List<EntryDraft> drafts = amount.signum() > 0
                    ? List.of(PostingRules.capitalRefund(member.id(), Amounts.normalize(amount, Amounts.VND), req.date(),
                    moneyAccount(Method.CASH, req.moneyAccount()), "Trả lại vốn góp cho thành viên rời câu lạc bộ"))
                    : List.of();
            members.leave(member, req.date(), Texts.clean(Texts.blankToNull(req.reason())));
            return new Drafts(drafts, Map.of(member.id(), "memberId"));
        });
    }

    /** A member's debit-minus-credit per template account (sub-accounts summed into their parent's code). */
    private Map<String, BigDecimal> memberBalances(long clubId, long memberId) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        books.memberNets(clubId, Fund.IGF, memberId).forEach((code, net) -> {
            for (String parent : List.of(PostingRules.LOANS, PostingRules.MEMBER_CAPITAL)) {
                if (code.startsWith(parent)) {
                    out.merge(parent, net, BigDecimal::add);
                }
            }
        });
        return out;
    }

    /** Balances from the paper books: the ledger's first entry; 421 takes the difference. */
    public Idempotency.Once<Posted> openingBalances(Caller caller, long clubId, String key, OpeningBalances req,
                                                    Locale locale) {
        return run(caller, clubId, key, LedgerPoster.OPENING_BALANCE, req, locale, club -> openingDrafts(club, req));
    }

    /**
     * Posts opening balances as {@link #openingBalances} does, inside the caller's transaction and under
     * the caller's idempotency key (bringing a club in posts them with its members, all or nothing).
     */
    public Posted postOpeningBalances(Caller caller, long clubId, OpeningBalances req, Locale locale) {
        if (!tx.inTransaction()) {
            throw new IllegalStateException("opening balances are posted inside the caller's transaction");
        }
        Club club = clubs.open(caller, clubId, LedgerService.BOOKKEEPERS);
        Drafts drafts = openingDrafts(club, req);
        return ledgers.posted(LedgerPoster.OPENING_BALANCE,
                poster.post(caller, club, drafts.entries(), drafts.memberFields()), locale);
    }

    private Drafts openingDrafts(Club club, OpeningBalances req) {
        // the ledger refuses opening balances that are not its first entry
        Map<String, AccountRow> chart = books.lockedChart(club.id(), req.fund());
        Map<String, Side> sides = new LinkedHashMap<>();
        List<PostingRules.OpeningLine> lines = new ArrayList<>();
        Map<Long, String> memberFields = new LinkedHashMap<>();
        for (int i = 0; i < req.lines().size(); i++) {
            FundDtos.OpeningLine l = req.lines().get(i);
            String field = "lines[" + i + "]";
            AccountRow account = chart.get(l.accountCode());
            if (account == null) {
                throw ApiException.rule(field + ".accountCode", "unknown-account", l.accountCode());
            }
            if (account.type() == AccountType.INCOME || account.type() == AccountType.EXPENSE
                    || account.code().startsWith(PostingRules.SURPLUS)) {
                throw ApiException.rule(field + ".accountCode", "opening-account", l.accountCode());
            }
            if (l.memberId() != null) {
                memberFields.putIfAbsent(l.memberId(), field + ".memberId");
            }
            sides.put(account.code(), account.normalSide());
            lines.add(new PostingRules.OpeningLine(account.code(), vnd(l.amount(), field + ".amount"), l.memberId()));
        }
        BigDecimal donated = req.donatedCapital() == null ? null : vnd(req.donatedCapital(), "donatedCapital");
        return new Drafts(List.of(PostingRules.openingBalances(req.fund(), req.date(), lines, donated, sides,
                text(req.description(), "Số dư đầu kỳ chuyển từ sổ sách giấy"))), memberFields);
    }

    /** The cash or bank account to use: the chosen sub-account, or 111 / 112. */
    private static String moneyAccount(Method method, String chosen) {
        Method m = method == null ? Method.CASH : method;
        if (chosen == null) {
            return m.account();
        }
        if (!chosen.startsWith(m.account())) {
            throw ApiException.invalid("moneyAccount", "money-account-method", m.account());
        }
        return chosen;
    }

    private static BigDecimal vnd(BigDecimal amount, String field) {
        return Amounts.decimal(Amounts.positive(amount, Amounts.VND, field));
    }

    private static String text(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : Texts.clean(given);
    }
}
