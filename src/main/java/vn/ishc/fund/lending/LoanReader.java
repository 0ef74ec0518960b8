package vn.ishc.fund.lending;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.lending.LendingDtos.AllocationView;
import vn.ishc.fund.lending.LendingDtos.Balance;
import vn.ishc.fund.lending.LendingDtos.EventView;
import vn.ishc.fund.lending.LendingDtos.InstalmentView;
import vn.ishc.fund.lending.LendingDtos.LoanView;
import vn.ishc.fund.lending.engine.Allocation;
import vn.ishc.fund.lending.engine.Instalment;
import vn.ishc.fund.lending.engine.InstalmentState;
import vn.ishc.fund.lending.engine.LoanEngine;
import vn.ishc.fund.lending.engine.LoanEvent;
import vn.ishc.fund.lending.engine.LoanState;
import vn.ishc.fund.lending.engine.ScheduleCalculator;
import vn.ishc.fund.money.Amounts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Loan views: the stored loan with its schedule, payments and balance replayed at a date. */
@Singleton
class LoanReader {

    private final LoanStore store;
    private final Members members;
    private final JdbcOperations jdbc;

    LoanReader(LoanStore store, Members members, JdbcOperations jdbc) {
        this.store = store;
        this.members = members;
        this.jdbc = jdbc;
    }

    /** The engine's events of a loan, in order (reversed repayments and recoveries left out). */
    public static List<LoanEvent> engineEvents(List<LoanEventRow> events) {
        return events.stream().map(LoanEventRow::toEngine).filter(Objects::nonNull).toList();
    }

    /** The loan's state at the end of {@code asOf}, or null before it was disbursed. */
    public static LoanState state(LoanRow loan, List<LoanEventRow> events, LocalDate asOf) {
        if (loan.disbursedOn() == null || asOf.isBefore(loan.disbursedOn())) {
            return null;
        }
        return LoanEngine.replay(loan.terms(), engineEvents(events), asOf);
    }

    public LoanView view(LoanRow loan, LocalDate asOf, boolean detailed) {
        return view(loan, store.events(loan.id()), detailed ? store.allocations(loan.id()) : List.of(),
                names(List.of(loan)), asOf, detailed);
    }

    public List<LoanView> views(List<LoanRow> loans, LocalDate asOf, boolean detailed) {
        Map<Long, List<LoanEventRow>> events = store.eventsOf(loans.stream().map(LoanRow::id).toList());
        Map<String, String> names = names(loans);
        return loans.stream().map(l -> view(l, events.getOrDefault(l.id(), List.of()),
                detailed ? store.allocations(l.id()) : List.of(), names, asOf, detailed)).toList();
    }

    private LoanView view(LoanRow l, List<LoanEventRow> events, List<LoanStore.AllocationRow> splits,
                          Map<String, String> names, LocalDate asOf, boolean detailed) {
        LoanState state = state(l, events, asOf);
        Balance balance = state == null ? null : balance(l, state, asOf);
        List<InstalmentView> schedule = null;
        List<InstalmentView> original = null;
        List<EventView> eventViews = null;
        if (detailed) {
            // before disbursement: what the schedule would be if the loan went out on the application day
            original = ScheduleCalculator.schedule(l.terms(l.disbursedOn() == null ? l.appliedOn() : l.disbursedOn()))
                    .stream().map(LoanReader::planned).toList();
            schedule = state == null ? List.of() : state.instalments().stream().map(LoanReader::instalment).toList();
            Map<Long, Allocation> allocations = new HashMap<>();
            if (state != null) {
                state.allocations().forEach(a -> allocations.put(a.repaymentId(), a));
            }
            Map<Long, List<AllocationView>> replaced = new HashMap<>();
            for (LoanStore.AllocationRow a : splits) {
                if (a.replacedBy() != null) {
                    replaced.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(new AllocationView(vnd(a.penalty()),
                            vnd(a.interest()), vnd(a.principal()), vnd(a.prepaid()), a.entryId(), a.replacedAfterEvent()));
                }
            }
            eventViews = events.stream().map(e -> event(e, allocations.get(e.id()),
                    replaced.getOrDefault(e.id(), List.of()))).toList();
        }
        boolean rescheduled = events.stream().anyMatch(e -> LoanEventRow.RESCHEDULE.equals(e.kind()));
        return new LoanView(l.id(), l.clubId(), l.memberId(), names.get("m" + l.memberId()), l.productId(),
                names.get("p" + l.productId()), l.status(), l.kind(), vnd(l.amount()), l.purpose(), l.item(), l.quantity(),
                l.interestMethod(), l.monthlyRate().stripTrailingZeros(), l.termMonths(), l.frequency(), l.graceMonths(),
                l.roundingUnit(), l.penaltyKind(), vnd(l.penaltyAmount()),
                l.penaltyRate() == null ? null : l.penaltyRate().stripTrailingZeros(), l.earlyPayoffInterest(),
                l.appliedOn(), l.decidedOn(),
                l.decision(), l.decisionBy(), l.approverMemberId(), l.minutesNo(), l.decisionNote(), l.disbursedOn(),
                l.disbursementMethod(), l.disbursementEntryId(), l.closedOn(), l.writtenOffOn(), vnd(l.writtenOffAmount()),
                l.endReason(), rescheduled, balance, schedule, original, eventViews);
    }

    /** A written-off loan owes nothing in the books from its write-off on; recoveries go to income. */
    static Balance balance(LoanRow l, LoanState s, LocalDate asOf) {
        boolean writtenOff = l.writtenOffOn() != null && !asOf.isBefore(l.writtenOffOn());
        BigDecimal dueThisMonth = BigDecimal.ZERO;
        YearMonth month = YearMonth.from(asOf);
        for (InstalmentState i : s.instalments()) {
            if (!i.dueDate().isBefore(asOf) && YearMonth.from(i.dueDate()).equals(month)) {
                dueThisMonth = dueThisMonth.add(i.principal().subtract(i.principalPaid()))
                        .add(i.interest().subtract(i.interestPaid()));
            }
        }
        BigDecimal zero = BigDecimal.ZERO;
        return new Balance(asOf, vnd(writtenOff ? zero : s.outstandingPrincipal()), vnd(s.principalPaid()),
                vnd(s.interestPaid()), vnd(s.penaltyPaid()), vnd(writtenOff ? zero : s.overduePrincipal()),
                vnd(writtenOff ? zero : s.overdueInterest()), vnd(writtenOff ? zero : s.penaltyDue()),
                writtenOff ? 0 : s.daysPastDue(), Aging.Bucket.of(writtenOff ? 0 : s.daysPastDue()).name(),
                vnd(writtenOff ? zero : s.payoffAmount()), vnd(writtenOff ? zero : dueThisMonth));
    }

    private static InstalmentView planned(Instalment i) {
        BigDecimal zero = BigDecimal.ZERO;
        return new InstalmentView(i.number(), i.dueDate(), i.dueDate(), vnd(i.principal()), vnd(i.interest()), zero,
                zero, zero, zero, null, null);
    }

    private static InstalmentView instalment(InstalmentState i) {
        return new InstalmentView(i.number(), i.originalDueDate(), i.dueDate(), vnd(i.principal()), vnd(i.interest()),
                vnd(i.principalPaid()), vnd(i.interestPaid()), vnd(i.penaltyCharged()), vnd(i.penaltyPaid()), i.paidOn(),
                i.status());
    }

    private static EventView event(LoanEventRow e, Allocation a, List<AllocationView> replaced) {
        return new EventView(e.id(), e.kind(), e.date(), vnd(e.amount()), e.months(), e.withInterest(), e.method(),
                e.entryId(), e.reversed(), e.reversalEntryId(), e.reason(), e.recordedBy(),
                a == null ? null : vnd(a.penalty()), a == null ? null : vnd(a.interest()),
                a == null ? null : vnd(a.principal()), a == null ? null : vnd(a.prepaidPrincipal()), replaced);
    }

    /** Member and product names of the loans ("m12" → member 12's name, "p3" → product 3's). */
    private Map<String, String> names(List<LoanRow> loans) {
        Map<String, String> out = new HashMap<>();
        if (loans.isEmpty()) {
            return out;
        }
        members.refs(loans.stream().map(LoanRow::memberId).distinct().toList())
                .forEach((id, m) -> out.put("m" + id, m.fullName()));
        String products = loans.stream().map(l -> String.valueOf(l.productId())).distinct()
                .reduce((a, b) -> a + "," + b).orElseThrow();
        jdbc.prepareStatement("SELECT CONCAT('p', id), name FROM loan_product WHERE id IN (" + products + ")", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return null;
        });
        return out;
    }

    static BigDecimal vnd(BigDecimal v) {
        return v == null ? null : Amounts.normalize(v, Amounts.VND);
    }

    /** The latest date of a loan's replayed events: new ones may not be dated before it. */
    static LocalDate lastEventDate(List<LoanEventRow> events) {
        LocalDate last = null;
        for (LoanEventRow e : events) {
            if (e.toEngine() != null && (last == null || e.date().isAfter(last))) {
                last = e.date();
            }
        }
        return last;
    }

}
