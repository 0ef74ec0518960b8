package vn.ishc.fund.lending;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.lending.LendingDtos.Arrears;
import vn.ishc.fund.lending.LendingDtos.LoanView;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the read models (statements) may read of the lending book: the same figures as the lending API
 * (a member's loans, a club's arrears) and the portfolio of many clubs at once. Scope checked as the API
 * checks it; runs in the caller's transaction or connection.
 */
@Singleton
public class LendingReads {

    private final LoanQueries queries;

    LendingReads(LoanQueries queries) {
        this.queries = queries;
    }

    /** A club's loans at a date: principal outstanding, of it more than 30 days past due, and borrowers. */
    public record ClubLoans(long clubId, int loans, int borrowers, BigDecimal outstanding, BigDecimal atRisk30,
                            BigDecimal par30) {
    }

    /**
     * What monitoring reads of a club's lending at a date: running loans, principal outstanding and of it
     * more than 30 days past due; principal and interest due by the date and paid on it (the repayment
     * rate's parts, as {@link Aging} defines it); and the members who borrowed: owing principal at the
     * date or given a loan disbursed from {@code borrowedSince} to the date.
     */
    public record ClubLending(long clubId, int loans, BigDecimal outstanding, BigDecimal atRisk30, BigDecimal dueToDate,
                              BigDecimal paidToDate, int borrowed) {
    }

    /** {@link ClubLending} of every club the caller may see under a unit (all when null); clubs that never lent are absent. */
    @ReadOnly
    public Map<Long, ClubLending> lendingPerClub(Caller caller, Long unitId, LocalDate asOf, LocalDate borrowedSince) {
        Map<Long, java.util.Set<Long>> borrowed = queries.disbursedTo(caller, unitId, borrowedSince, asOf);
        Map<Long, ClubLending> out = new LinkedHashMap<>();
        queries.portfolio(caller, unitId, asOf).perClub().forEach((club, p) -> {
            Aging.Summary s = p.summary();
            BigDecimal atRisk = s.buckets().stream().filter(b -> b.bucket().ordinal() > Aging.Bucket.DAYS_1_30.ordinal())
                    .map(Aging.BucketRow::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
            java.util.Set<Long> members = new java.util.HashSet<>(p.owing());
            members.addAll(borrowed.getOrDefault(club, java.util.Set.of()));
            out.put(club, new ClubLending(club, s.loans(), LoanReader.vnd(s.outstanding()), LoanReader.vnd(atRisk),
                    LoanReader.vnd(p.dueToDate()), LoanReader.vnd(p.paidToDate()), members.size()));
        });
        borrowed.forEach((club, members) -> out.putIfAbsent(club, new ClubLending(club, 0, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, members.size())));
        return out;
    }

    /** Every loan of the member at {@code asOf}, as {@code GET /members/{id}/loans} (404 out of scope). */
    public List<LoanView> memberLoans(Caller caller, long memberId, LocalDate asOf) {
        return queries.memberLoans(caller, memberId, asOf);
    }

    /** The club's arrears at {@code asOf}, as {@code GET /clubs/{id}/arrears} (404 out of scope). */
    public Arrears arrears(Caller caller, long clubId, LocalDate asOf) {
        return queries.arrears(caller, clubId, asOf);
    }

    /** The club's revolving queue and what it can lend now, as {@code GET /clubs/{id}/loan-queue} (404 out of scope). */
    public LendingDtos.Queue queue(Caller caller, long clubId) {
        return queries.queue(caller, clubId);
    }

    /**
     * The loans of every club the caller may see under a unit (all of them when null) at a date, as the per-club figures of
     * {@code GET /arrears?unitId=}; clubs without a running loan are absent.
     */
    @ReadOnly
    public Map<Long, ClubLoans> perClub(Caller caller, Long unitId, LocalDate asOf) {
        Map<Long, ClubLoans> out = new LinkedHashMap<>();
        queries.portfolio(caller, unitId, asOf).perClub().forEach((club, p) -> {
            Aging.Summary s = p.summary();
            BigDecimal atRisk = s.buckets().stream().filter(b -> b.bucket().ordinal() > Aging.Bucket.DAYS_1_30.ordinal())
                    .map(Aging.BucketRow::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.put(club, new ClubLoans(club, s.loans(), p.borrowers(), LoanReader.vnd(s.outstanding()),
                    LoanReader.vnd(atRisk), s.par30()));
        });
        return out;
    }
}
