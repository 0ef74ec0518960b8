package vn.ishc.fund.lending;

import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.ledger.EntryDraft;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.Idempotency;
import vn.ishc.fund.ledger.LedgerPoster;
import vn.ishc.fund.ledger.LedgerBooks;
import vn.ishc.fund.ledger.PostedEntry;
import vn.ishc.fund.ledger.PostingDraft;
import vn.ishc.fund.lending.LendingDtos.LoanView;
import vn.ishc.fund.lending.LendingDtos.PayMethod;
import vn.ishc.fund.lending.LendingDtos.ReverseRepayment;
import vn.ishc.fund.lending.engine.Allocation;
import vn.ishc.fund.lending.engine.LoanRuleException;
import vn.ishc.fund.lending.engine.LoanState;
import vn.ishc.fund.security.Caller;
import vn.ishc.fund.security.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Taking back what was recorded by mistake, whatever came after it: any repayment, recovery, deferral
 * or reschedule, a disbursement, a write-off. Treasurers find mistakes at the next meeting, after other
 * payments were recorded. The loan is replayed without the reversed event; every later repayment whose
 * split changes gets a new allocation record (the old one stays readable, marked as replaced) and a
 * correcting entry moving the difference between 12881, 515 and 711, all in one transaction with the
 * reversal itself and dated with it: the months already closed are never touched.
 */
@Singleton
class LoanReversals {

    private static final Set<String> REVERSIBLE = Set.of(LoanEventRow.REPAYMENT,
            LoanEventRow.RECOVERY, LoanEventRow.DEFERRAL, LoanEventRow.RESCHEDULE);

    private final LoanService loans;
    private final LoanStore store;
    private final LoanReader reader;
    private final LedgerPoster poster;
    private final LedgerBooks books;
    private final BusinessDates dates;

    public LoanReversals(LoanService loans, LoanStore store, LoanReader reader, LedgerPoster poster, LedgerBooks books,
                         BusinessDates dates) {
        this.loans = loans;
        this.store = store;
        this.reader = reader;
        this.poster = poster;
        this.books = books;
        this.dates = dates;
    }

    /** A repayment only (the older route): 404 for an event of another kind. */
    public Idempotency.Once<LoanView> reverseRepayment(Caller caller, long loanId, long eventId, String key,
                                                       ReverseRepayment req) {
        return reverse(caller, loanId, eventId, key, req, LoanEventRow.REPAYMENT);
    }

    /** Any event of the loan: a repayment or recovery (bookkeepers), a deferral or reschedule (deciders). */
    public Idempotency.Once<LoanView> reverseEvent(Caller caller, long loanId, long eventId, String key,
                                                   ReverseRepayment req) {
        return reverse(caller, loanId, eventId, key, req, null);
    }

    private Idempotency.Once<LoanView> reverse(Caller caller, long loanId, long eventId, String key,
                                               ReverseRepayment req, String onlyKind) {
        return loans.money(caller, loanId, key, "reverse-event-" + eventId + ":" + loanId, req, LoanService.BOOKKEEPERS,
                (loan, club) -> {
                    List<LoanEventRow> events = store.events(loanId);
                    LoanEventRow event = events.stream().filter(e -> e.id() == eventId
                                    && (onlyKind == null ? REVERSIBLE.contains(e.kind()) : onlyKind.equals(e.kind())))
                            .findFirst().orElseThrow(() -> ApiException.notFound(onlyKind == null ? "loan-event" : "repayment"));
                    if (event.reversed()) {
                        throw ApiException.conflict(null, "already-reversed");
                    }
                    if (!LoanEventRow.REPAYMENT.equals(event.kind()) && !LoanEventRow.RECOVERY.equals(event.kind())) {
                        caller.requireRole(LoanService.DECIDERS);
                    }
                    String reason = Texts.clean(req.reason());
                    if (LoanEventRow.RECOVERY.equals(event.kind())) {
                        LocalDate date = reversalDate(req, event.date());
                        PostedEntry reversal = mirror(caller, club, loan, event.entryId(), date, "Đảo phiếu thu hồi nợ: " + reason, reason);
                        store.markReversed(eventId, reversal.id(), reason);
                    } else {
                        if (loan.status() == LoanStatus.WRITTEN_OFF) {
                            throw ApiException.conflict(null, "reverse-write-off-first");
                        }
                        // after everything recorded on the loan: the corrections it brings are dated with it
                        LocalDate last = LoanReader.lastEventDate(events);
                        LocalDate date = reversalDate(req, event.date());
                        if (date.isBefore(last)) {
                            throw ApiException.rule("date", "before-last-event", last);
                        }
                        replayWithout(caller, club, loan, events, event, date, reason);
                    }
                    return reader.view(store.find(loanId, false).orElseThrow(), loans.today(), true);
                });
    }

    /**
     * Replays the loan without {@code event}, posts the reversal of its money (a repayment) and the
     * corrections of every later repayment whose split changed, records the new splits, and opens or closes
     * the loan as the replay says.
     */
    private void replayWithout(Caller caller, Club club, LoanRow loan, List<LoanEventRow> events, LoanEventRow event,
                               LocalDate date, String reason) {
        LocalDate asOf = date;
        LoanState before = LoanService.replay(loan, events, asOf, "amount");
        List<LoanEventRow> without = events.stream().map(e -> e.id() == event.id() ? e.reversedCopy() : e).toList();
        LoanState after;
        try {
            after = LoanService.replay(loan, without, asOf, "amount");
        } catch (ApiException e) {
            // without it, a later repayment would pay more than the loan owes: that one must go first
            throw ApiException.conflict(null, "reverse-later-first");
        }
        Map<Long, Allocation> old = byRepayment(before);
        Map<Long, Allocation> now = byRepayment(after);
        List<EntryDraft> drafts = new ArrayList<>();
        List<Long> corrected = new ArrayList<>();
        if (LoanEventRow.REPAYMENT.equals(event.kind())) {
            drafts.add(LoanPostingRules.repaymentReversal(loan.id(), loan.memberId(), old.get(event.id()),
                    PayMethod.of(event.method()).account(), date, event.entryId(), reason));
        }
        for (Map.Entry<Long, Allocation> e : now.entrySet()) {
            EntryDraft correction = LoanPostingRules.reallocation(loan.id(), loan.memberId(), old.get(e.getKey()),
                    e.getValue(), date, "Điều chỉnh phân bổ khoản thu nợ ngày " + e.getValue().date()
                            + " sau khi đảo một nghiệp vụ trước đó: " + reason);
            if (correction != null) {
                drafts.add(correction);
                corrected.add(e.getKey());
            }
        }
        List<PostedEntry> posted = drafts.isEmpty() ? List.of()
                : poster.post(caller, club, drafts, Map.of(loan.memberId(), "memberId"));
        int next = 0;
        Long reversalEntry = null;
        if (LoanEventRow.REPAYMENT.equals(event.kind())) {
            reversalEntry = posted.get(next++).id();
        }
        List<LoanStore.AllocationRow> recorded = store.allocations(loan.id());
        for (long repayment : corrected) {
            long entry = posted.get(next++).id();
            LoanStore.AllocationRow current = current(recorded, repayment);
            long oldId = current != null ? current.id() : store.insertAllocation(loan.id(), repayment, old.get(repayment),
                    events.stream().filter(x -> x.id() == repayment).findFirst().orElseThrow().entryId());
            long newId = store.insertAllocation(loan.id(), repayment, now.get(repayment), entry);
            store.replaceAllocation(oldId, newId, event.id());
        }
        store.markReversed(event.id(), reversalEntry, reason);
        Map<String, Object> set = new LinkedHashMap<>();
        if (after.fullyPaid() && loan.status() == LoanStatus.ACTIVE) {
            set.put("status", LoanStatus.CLOSED);
            set.put("closed_on", LoanReader.lastEventDate(without));
        } else if (!after.fullyPaid() && loan.status() == LoanStatus.CLOSED) {
            set.put("status", LoanStatus.ACTIVE);
            set.put("closed_on", null);
        }
        if (!set.isEmpty()) {
            store.update(loan.id(), set);
        }
    }

    /** Takes back a disbursement recorded by mistake (wrong date, wrong amount): the loan is approved again. */
    public Idempotency.Once<LoanView> reverseDisbursement(Caller caller, long loanId, String key, ReverseRepayment req) {
        return loans.money(caller, loanId, key, "reverse-disbursement:" + loanId, req, LoanService.BOOKKEEPERS,
                (loan, club) -> {
                    LoanService.requireStatus(loan, LoanStatus.ACTIVE);
                    if (store.events(loanId).stream().anyMatch(e -> e.toEngine() != null)) {
                        throw ApiException.conflict(null, "reverse-events-first");
                    }
                    LocalDate date = reversalDate(req, loan.disbursedOn());
                    String reason = Texts.clean(req.reason());
                    PostedEntry reversal = mirror(caller, club, loan, loan.disbursementEntryId(), date,
                            "Đảo giải ngân khoản vay: " + reason, reason);
                    store.insertEvent(loanId, LoanEventRow.DISBURSEMENT_REVERSED, date, loan.amount(), null, null, null,
                            reversal.id(), reason, caller.username());
                    Map<String, Object> set = new LinkedHashMap<>();
                    set.put("status", LoanStatus.APPROVED);
                    set.put("disbursed_on", null);
                    set.put("disbursement_method", null);
                    set.put("disbursement_entry_id", null);
                    store.update(loanId, set);
                    return reader.view(store.find(loanId, false).orElseThrow(), loans.today(), true);
                });
    }

    /** Takes back a write-off (the member pays after all): the loan is active again with what it owed. */
    public Idempotency.Once<LoanView> reverseWriteOff(Caller caller, long loanId, String key, ReverseRepayment req) {
        return loans.money(caller, loanId, key, "reverse-write-off:" + loanId, req, LoanService.DECIDERS,
                (loan, club) -> {
                    LoanService.requireStatus(loan, LoanStatus.WRITTEN_OFF);
                    if (store.events(loanId).stream().anyMatch(e -> LoanEventRow.RECOVERY.equals(e.kind()) && !e.reversed())) {
                        throw ApiException.conflict(null, "reverse-events-first");
                    }
                    LocalDate date = reversalDate(req, loan.writtenOffOn());
                    String reason = Texts.clean(req.reason());
                    PostedEntry reversal = mirror(caller, club, loan, loan.writeOffEntryId(), date,
                            "Đảo xóa nợ khoản vay: " + reason, reason);
                    store.insertEvent(loanId, LoanEventRow.WRITE_OFF_REVERSED, date, loan.writtenOffAmount(), null,
                            null, null, reversal.id(), reason, caller.username());
                    Map<String, Object> set = new LinkedHashMap<>();
                    set.put("status", LoanStatus.ACTIVE);
                    set.put("written_off_on", null);
                    set.put("written_off_amount", null);
                    set.put("write_off_entry_id", null);
                    store.update(loanId, set);
                    return reader.view(store.find(loanId, false).orElseThrow(), loans.today(), true);
                });
    }

    /** The reversal's date: today by default, in the window, and not before what it reverses. */
    private LocalDate reversalDate(ReverseRepayment req, LocalDate original) {
        LocalDate date = req.date() == null ? loans.today() : dates.inWindow("date", req.date());
        if (date.isBefore(original)) {
            throw ApiException.rule("date", "before-original", original);
        }
        return date;
    }

    private PostedEntry mirror(Caller caller, Club club, LoanRow loan, long entryId, LocalDate date, String description,
                               String reason) {
        List<PostingDraft> lines = books.postingsOf(entryId).stream().map(PostingDraft::mirrored).toList();
        return loans.post(caller, club, new EntryDraft(Fund.IGF, date, "REVERSAL", description, lines, entryId, reason),
                loan.memberId());
    }

    private static Map<Long, Allocation> byRepayment(LoanState state) {
        Map<Long, Allocation> out = new LinkedHashMap<>();
        state.allocations().forEach(a -> out.put(a.repaymentId(), a));
        return out;
    }

    /** The split of a repayment the books show now (none recorded for repayments made before splits were kept). */
    private static LoanStore.AllocationRow current(List<LoanStore.AllocationRow> rows, long repayment) {
        return rows.stream().filter(r -> r.eventId() == repayment && r.replacedBy() == null).reduce((a, b) -> b)
                .orElse(null);
    }
}
