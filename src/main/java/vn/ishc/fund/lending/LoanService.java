package vn.ishc.fund.lending;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.BoardRole;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.club.Member;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.common.tx.Tx;
import vn.ishc.fund.ledger.AccountRow;
import vn.ishc.fund.ledger.EntryDraft;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.Idempotency;
import vn.ishc.fund.ledger.LedgerPoster;
import vn.ishc.fund.ledger.LedgerBooks;
import vn.ishc.fund.ledger.PostedEntry;
import vn.ishc.fund.ledger.PostingDraft;
import vn.ishc.fund.lending.LendingDtos.Apply;
import vn.ishc.fund.lending.LendingDtos.Approve;
import vn.ishc.fund.lending.LendingDtos.Decline;
import vn.ishc.fund.lending.LendingDtos.Defer;
import vn.ishc.fund.lending.LendingDtos.Disburse;
import vn.ishc.fund.lending.LendingDtos.LoanView;
import vn.ishc.fund.lending.LendingDtos.PayMethod;
import vn.ishc.fund.lending.LendingDtos.Recover;
import vn.ishc.fund.lending.LendingDtos.Repay;
import vn.ishc.fund.lending.LendingDtos.Reschedule;
import vn.ishc.fund.lending.LendingDtos.WriteOff;
import vn.ishc.fund.lending.engine.Allocation;
import vn.ishc.fund.lending.engine.LoanEngine;
import vn.ishc.fund.lending.engine.LoanEvent;
import vn.ishc.fund.lending.engine.LoanRuleException;
import vn.ishc.fund.lending.engine.LoanState;
import vn.ishc.fund.money.Amounts;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loan's life: application → approval (the chair, or a recorded board decision) → disbursement in
 * cash, by bank or in kind → repayments → closed; or rejected, cancelled, written off, rescheduled,
 * deferred after a disaster. Every step that moves money posts its entry in the same transaction.
 */
@Singleton
public class LoanService {

    static final Role[] BOOKKEEPERS = {Role.ADMIN, Role.CHAIR, Role.TREASURER};
    static final Role[] DECIDERS = {Role.ADMIN, Role.CHAIR};

    private final ClubAccess clubs;
    private final LoanStore loans;
    private final LoanReader reader;
    private final LoanProductRepository products;
    private final Members members;
    private final LedgerPoster poster;
    private final LedgerBooks books;
    private final Idempotency idempotency;
    private final Tx tx;
    private final JdbcOperations jdbc;
    private final BusinessDates dates;

    public LoanService(ClubAccess clubs, LoanStore loans, LoanReader reader, LoanProductRepository products,
                       Members members, LedgerPoster poster, LedgerBooks books, Idempotency idempotency,
                       Tx tx, JdbcOperations jdbc, BusinessDates dates) {
        this.clubs = clubs;
        this.loans = loans;
        this.reader = reader;
        this.products = products;
        this.members = members;
        this.poster = poster;
        this.books = books;
        this.idempotency = idempotency;
        this.tx = tx;
        this.jdbc = jdbc;
        this.dates = dates;
    }

    public LoanView apply(Caller caller, long clubId, Apply req) {
        return tx.write(() -> {
            Club club = clubs.open(caller, clubId, BOOKKEEPERS);
            LocalDate applied = req.appliedOn() == null ? today() : dates.notFuture("appliedOn", req.appliedOn());
            if (applied.isBefore(club.foundedOn())) {
                throw ApiException.rule("appliedOn", "before-founding", club.foundedOn());
            }
            Member member = members.requireInClub(club.id(), req.memberId(), "memberId");
            if (!member.activeOn(applied)) {
                throw ApiException.rule("memberId", "member-left");
            }
            LoanProduct product = products.findById(req.productId()).filter(p -> p.clubId() == club.id())
                    .orElseThrow(() -> ApiException.rule("productId", "unknown-reference"));
            if (!product.active()) {
                throw ApiException.rule("productId", "product-inactive");
            }
            // a product's terms apply to loans applied for from the day it is offered, not before
            if (applied.isBefore(product.offeredFrom())) {
                throw ApiException.rule("appliedOn", "before-product", product.offeredFrom());
            }
            BigDecimal amount = vnd(req.amount(), "amount");
            if (amount.compareTo(product.minAmount()) < 0 || amount.compareTo(product.maxAmount()) > 0) {
                throw ApiException.rule("amount", "amount-limits", LoanReader.vnd(product.minAmount()), LoanReader.vnd(product.maxAmount()));
            }
            if (product.kind() == LoanKind.IN_KIND && (req.item() == null || req.item().isBlank())) {
                throw ApiException.invalid("item", "required");
            }
            // the club row is locked (open loans are counted safely against the maximum)
            clubs.writable(caller, clubId, BOOKKEEPERS);
            if (loans.openLoans(member.id()) >= product.maxOpenLoans()) {
                throw ApiException.rule("memberId", "max-open-loans", product.maxOpenLoans());
            }
            long id = loans.insert(new LoanRow(0, club.id(), member.id(), product.id(), LoanStatus.APPLIED, amount,
                    Texts.clean(req.purpose()), product.kind(), Texts.clean(Texts.blankToNull(req.item())), req.quantity(),
                    product.interestMethod(), product.monthlyRate(), product.termMonths(), product.frequency(),
                    product.graceMonths(), product.roundingUnit(), product.penaltyKind(), product.penaltyAmount(),
                    product.penaltyRate(), product.earlyPayoffInterest(), applied, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null));
            return reader.view(loans.find(id, false).orElseThrow(), today(), true);
        });
    }

    /** The chair decides, or a recorded board decision does; nobody approves their own loan. */
    public LoanView approve(Caller caller, long loanId, Approve req) {
        return tx.write(() -> {
            LoanRow loan = locked(caller, loanId, req.decision() == LendingDtos.DecisionKind.CHAIR ? DECIDERS : BOOKKEEPERS);
            requireStatus(loan, LoanStatus.APPLIED);
            checkDecisionDate(loan, req.decidedOn(), "decidedOn");
            Long chair = members.boardHolder(loan.clubId(), BoardRole.CHAIR, req.decidedOn()).orElse(null);
            if (req.decision() == LendingDtos.DecisionKind.CHAIR) {
                if (chair != null && chair == loan.memberId()) {
                    throw ApiException.rule("decision", "self-approval");
                }
            } else {
                if (req.minutesNo() == null || req.minutesNo().isBlank()) {
                    throw ApiException.invalid("minutesNo", "required");
                }
                if (req.approverMemberId() == null) {
                    throw ApiException.invalid("approverMemberId", "required");
                }
                if (req.approverMemberId() == loan.memberId()) {
                    throw ApiException.rule("approverMemberId", "self-approval");
                }
                if (!members.onBoard(loan.clubId(), req.approverMemberId(), req.decidedOn())) {
                    throw ApiException.rule("approverMemberId", "not-board-member");
                }
            }
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("status", LoanStatus.APPROVED);
            set.put("decided_on", req.decidedOn());
            set.put("decision", req.decision().name());
            set.put("decision_by", caller.username());
            set.put("approver_member_id", req.decision() == LendingDtos.DecisionKind.BOARD ? req.approverMemberId() : chair);
            set.put("minutes_no", Texts.clean(Texts.blankToNull(req.minutesNo())));
            set.put("decision_note", Texts.clean(Texts.blankToNull(req.note())));
            loans.update(loanId, set);
            return reader.view(loans.find(loanId, false).orElseThrow(), today(), true);
        });
    }

    public LoanView reject(Caller caller, long loanId, Decline req) {
        return end(caller, loanId, req, LoanStatus.REJECTED, DECIDERS);
    }

    public LoanView cancel(Caller caller, long loanId, Decline req) {
        return end(caller, loanId, req, LoanStatus.CANCELLED, BOOKKEEPERS);
    }

    private LoanView end(Caller caller, long loanId, Decline req, LoanStatus status, Role[] roles) {
        return tx.write(() -> {
            LoanRow loan = locked(caller, loanId, roles);
            requireStatus(loan, LoanStatus.APPLIED, LoanStatus.APPROVED);
            checkDecisionDate(loan, req.date(), "date");
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("status", status);
            set.put("decided_on", req.date());
            set.put("decision_by", caller.username());
            set.put("end_reason", Texts.clean(req.reason()));
            loans.update(loanId, set);
            return reader.view(loans.find(loanId, false).orElseThrow(), today(), true);
        });
    }

    /** What a money-moving step of a loan does once the loan is locked and its club checked. */
    @FunctionalInterface
    interface MoneyStep {
        LoanView run(LoanRow loan, Club club);
    }

    /**
     * Runs a step that moves money: once per idempotency key, in one transaction, on the locked loan
     * of a club open for business, by a caller whose role may take it.
     */
    Idempotency.Once<LoanView> money(Caller caller, long loanId, String key, String operation, Object request,
                                     Role[] roles, MoneyStep step) {
        Idempotency.requireKey(key);
        return tx.write(() -> {
            LoanRow loan = locked(caller, loanId, roles);
            Club club = clubs.open(caller, loan.clubId(), roles);
            return idempotency.once(caller, key, operation, request, LoanView.class, () -> step.run(loan, club));
        });
    }

    /** Pays the loan out, in money or in goods, if the club has it beyond its reserve. */
    public Idempotency.Once<LoanView> disburse(Caller caller, long loanId, String key, Disburse req) {
        return money(caller, loanId, key, "disburse:" + loanId, req, BOOKKEEPERS, (loan, club) -> {
            requireStatus(loan, LoanStatus.APPROVED);
            dates.inWindow("date", req.date());
            if (req.date().isBefore(loan.decidedOn())) {
                throw ApiException.rule("date", "before-decision", loan.decidedOn());
            }
            if (req.method().inKind() != (loan.kind() == LoanKind.IN_KIND)) {
                throw ApiException.rule("method", "disbursement-kind", loan.kind());
            }
            String credit = req.method().creditAccount();
            if (req.moneyAccount() != null) {
                if (req.method() == Disbursement.IN_KIND_FROM_STOCK || !req.moneyAccount().startsWith(credit)) {
                    throw ApiException.invalid("moneyAccount", "money-account-method", credit);
                }
                credit = req.moneyAccount();
            }
            checkAvailable(club, loan, req.method());
            EntryDraft draft = LoanPostingRules.disbursement(loan.id(), loan.memberId(), loan.amount(), req.date(),
                    credit, (loan.kind() == LoanKind.IN_KIND ? "Cho vay hiện vật: " + loan.item() : "Giải ngân khoản vay")
                            + " — " + loan.purpose());
            PostedEntry entry = post(caller, club, draft, loan.memberId());
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("status", LoanStatus.ACTIVE);
            set.put("disbursed_on", req.date());
            set.put("disbursement_method", req.method());
            set.put("disbursement_entry_id", entry.id());
            loans.update(loanId, set);
            return reader.view(loans.find(loanId, false).orElseThrow(), req.date(), true);
        });
    }

    /**
     * Allocates the payment by the engine (penalties, overdue interest, overdue principal, interest and
     * principal due now, then prepayment) and posts it; a fully paid loan closes.
     */
    public Idempotency.Once<LoanView> repay(Caller caller, long loanId, String key, Repay req) {
        return money(caller, loanId, key, "repay:" + loanId, req, BOOKKEEPERS, (loan, club) -> {
            requireStatus(loan, LoanStatus.ACTIVE);
            BigDecimal amount = vnd(req.amount(), "amount");
            List<LoanEventRow> events = loans.events(loanId);
            dates.inWindow("date", req.date());
            requireInOrder(loan, events, req.date());
            PayMethod method = req.method() == null ? PayMethod.CASH : req.method();
            long eventId = loans.insertEvent(loanId, LoanEventRow.REPAYMENT, req.date(), amount, null, null,
                    method.name(), null, null, caller.username());
            LoanState state = replay(loan, loans.events(loanId), req.date(), "amount");
            Allocation allocation = state.allocations().stream().filter(a -> a.repaymentId() == eventId)
                    .findFirst().orElseThrow();
            PostedEntry entry = post(caller, club, LoanPostingRules.repayment(loan.id(), loan.memberId(), allocation,
                    method.account(), "Thu nợ vay của thành viên"), loan.memberId());
            loans.setEventEntry(eventId, entry.id());
            loans.insertAllocation(loanId, eventId, allocation, entry.id());
            if (state.fullyPaid()) {
                loans.update(loanId, Map.of("status", LoanStatus.CLOSED, "closed_on", req.date()));
            }
            return reader.view(loans.find(loanId, false).orElseThrow(), req.date(), true);
        });
    }

    /** Writes off the outstanding principal: from the allowance for doubtful loans as far as it goes, then as a loss. */
    public Idempotency.Once<LoanView> writeOff(Caller caller, long loanId, String key, WriteOff req) {
        return money(caller, loanId, key, "write-off:" + loanId, req, DECIDERS, (loan, club) -> {
            requireStatus(loan, LoanStatus.ACTIVE);
            List<LoanEventRow> events = loans.events(loanId);
            dates.inWindow("date", req.date());
            requireInOrder(loan, events, req.date());
            LoanState state = replay(loan, events, req.date(), "date");
            BigDecimal outstanding = state.outstandingPrincipal();
            Map<String, AccountRow> chart = books.lockedChart(club.id(), Fund.IGF);
            BigDecimal allowance = LedgerBooks.net(chart, LoanPostingRules.ALLOWANCE).negate();
            PostedEntry entry = post(caller, club, LoanPostingRules.writeOff(loan.id(), loan.memberId(), outstanding,
                    allowance, req.date(), "Xóa nợ khoản vay: " + Texts.clean(req.reason())), loan.memberId());
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("status", LoanStatus.WRITTEN_OFF);
            set.put("written_off_on", req.date());
            set.put("written_off_amount", outstanding);
            set.put("write_off_entry_id", entry.id());
            set.put("end_reason", Texts.clean(req.reason()));
            loans.update(loanId, set);
            return reader.view(loans.find(loanId, false).orElseThrow(), req.date(), true);
        });
    }

    /** Money recovered on a written-off loan is income (711), at most what was written off. */
    public Idempotency.Once<LoanView> recover(Caller caller, long loanId, String key, Recover req) {
        return money(caller, loanId, key, "recover:" + loanId, req, BOOKKEEPERS, (loan, club) -> {
            requireStatus(loan, LoanStatus.WRITTEN_OFF);
            BigDecimal amount = vnd(req.amount(), "amount");
            dates.inWindow("date", req.date());
            if (req.date().isBefore(loan.writtenOffOn())) {
                throw ApiException.rule("date", "before-write-off", loan.writtenOffOn());
            }
            BigDecimal recovered = loans.events(loanId).stream()
                    .filter(e -> LoanEventRow.RECOVERY.equals(e.kind()) && !e.reversed())
                    .map(LoanEventRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal left = loan.writtenOffAmount().subtract(recovered);
            if (amount.compareTo(left) > 0) {
                throw ApiException.rule("amount", "exceeds-written-off", LoanReader.vnd(left));
            }
            PayMethod method = req.method() == null ? PayMethod.CASH : req.method();
            PostedEntry entry = post(caller, club, LoanPostingRules.recovery(loan.id(), loan.memberId(), amount,
                    req.date(), method.account(), "Thu hồi nợ đã xóa"), loan.memberId());
            loans.insertEvent(loanId, LoanEventRow.RECOVERY, req.date(), amount, null, null, method.name(),
                    entry.id(), null, caller.username());
            return reader.view(loans.find(loanId, false).orElseThrow(), req.date(), true);
        });
    }

    /** Disaster relief for one loan: unpaid instalments move later; the original schedule stays readable. */
    public LoanView defer(Caller caller, long loanId, Defer req) {
        return tx.write(() -> {
            LoanRow loan = locked(caller, loanId, DECIDERS);
            clubs.open(caller, loan.clubId(), DECIDERS);
            deferOne(caller, loan, req);
            return reader.view(loans.find(loanId, false).orElseThrow(), today(), true);
        });
    }

    /** Disaster relief for every active loan of a club (after a typhoon or a flood): all or none. */
    public List<LoanView> deferAll(Caller caller, long clubId, Defer req) {
        return tx.write(() -> {
            clubs.writable(caller, clubId, DECIDERS);
            List<LoanRow> active = loans.where("l.club_id = ? AND l.status = 'ACTIVE'", clubId);
            List<LoanRow> deferred = new ArrayList<>();
            for (LoanRow loan : active) {
                LoanRow row = loans.find(loan.id(), true).orElseThrow();
                deferOne(caller, row, req);
                deferred.add(loans.find(loan.id(), false).orElseThrow());
            }
            return reader.views(deferred, today(), false);
        });
    }

    private void deferOne(Caller caller, LoanRow loan, Defer req) {
        requireStatus(loan, LoanStatus.ACTIVE);
        List<LoanEventRow> events = loans.events(loan.id());
        dates.inWindow("date", req.date());
        requireInOrder(loan, events, req.date());
        loans.insertEvent(loan.id(), LoanEventRow.DEFERRAL, req.date(), null, req.months(), req.withInterest(), null,
                null, Texts.clean(req.reason()), caller.username());
        replay(loan, loans.events(loan.id()), req.date(), "date");
    }

    /** A new schedule for what is still owed, over {@code termMonths} from the date. */
    public LoanView reschedule(Caller caller, long loanId, Reschedule req) {
        return tx.write(() -> {
            LoanRow loan = locked(caller, loanId, DECIDERS);
            clubs.open(caller, loan.clubId(), DECIDERS);
            requireStatus(loan, LoanStatus.ACTIVE);
            dates.inWindow("date", req.date());
            requireInOrder(loan, loans.events(loanId), req.date());
            loans.insertEvent(loanId, LoanEventRow.RESCHEDULE, req.date(), null, req.termMonths(), null, null, null,
                    Texts.clean(req.reason()), caller.username());
            replay(loan, loans.events(loanId), req.date(), "date");
            return reader.view(loans.find(loanId, false).orElseThrow(), today(), true);
        });
    }

    static LoanState replay(LoanRow loan, List<LoanEventRow> events, LocalDate asOf, String amountField) {
        try {
            return LoanEngine.replay(loan.terms(), LoanReader.engineEvents(events), asOf);
        } catch (LoanRuleException e) {
            Object[] args = java.util.Arrays.stream(e.args())
                    .map(a -> a instanceof BigDecimal d ? LoanReader.vnd(d) : a).toArray();
            String field = "overpayment".equals(e.rule()) ? amountField : "date";
            throw ApiException.rule(field, e.rule(), args);
        }
    }

    PostedEntry post(Caller caller, Club club, EntryDraft draft, long memberId) {
        return poster.post(caller, club, List.of(draft), Map.of(memberId, "memberId")).get(0);
    }

    /** Money to lend: cash and bank of the income-generation fund beyond the reserve; goods: what the fund holds. */
    private void checkAvailable(Club club, LoanRow loan, Disbursement method) {
        Map<String, AccountRow> chart = books.lockedChart(club.id(), Fund.IGF);
        BigDecimal available = method == Disbursement.IN_KIND_FROM_STOCK ? LedgerBooks.net(chart, "156")
                : LedgerBooks.net(chart, "111").add(LedgerBooks.net(chart, "112")).subtract(reserve(club.id()));
        if (loan.amount().compareTo(available) > 0) {
            throw ApiException.rule("amount", "above-available", LoanReader.vnd(available.max(BigDecimal.ZERO)));
        }
    }

    BigDecimal reserve(long clubId) {
        return jdbc.prepareStatement("SELECT reserve FROM club_lending WHERE club_id = ?", ps -> {
            ps.setLong(1, clubId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO;
            }
        });
    }

    /** The loan, locked, if the caller's role may act and the loan's club is in scope (404 otherwise). */
    LoanRow locked(Caller caller, long loanId, Role... roles) {
        caller.requireRole(roles);
        LoanRow loan = loans.find(loanId, true).orElseThrow(() -> ApiException.notFound("loan"));
        if (!clubs.canSee(caller, loan.clubId())) {
            throw ApiException.notFound("loan");
        }
        return loan;
    }

    static void requireStatus(LoanRow loan, LoanStatus... allowed) {
        for (LoanStatus s : allowed) {
            if (loan.status() == s) {
                return;
            }
        }
        throw ApiException.conflict(null, "loan-status", loan.status());
    }

    /** Events are recorded in date order, so every stored allocation stays what the replay computes. */
    private static void requireInOrder(LoanRow loan, List<LoanEventRow> events, LocalDate date) {
        if (date.isBefore(loan.disbursedOn())) {
            throw ApiException.rule("date", "before-disbursement", loan.disbursedOn());
        }
        LocalDate last = LoanReader.lastEventDate(events);
        if (last != null && date.isBefore(last)) {
            throw ApiException.rule("date", "before-last-event", last);
        }
    }

    /** A decision is made on or after the application, and not in advance. */
    private void checkDecisionDate(LoanRow loan, LocalDate date, String field) {
        dates.notFuture(field, date);
        if (date.isBefore(loan.appliedOn())) {
            throw ApiException.rule(field, "before-application", loan.appliedOn());
        }
    }

    private static BigDecimal vnd(BigDecimal amount, String field) {
        return Amounts.decimal(Amounts.positive(amount, Amounts.VND, field));
    }

    LocalDate today() {
        return dates.today();
    }
}
