package vn.ishc.fund.web;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.ledger.LedgerDtos.FundSummary;
import vn.ishc.fund.ledger.LedgerService;
import vn.ishc.fund.lending.LendingDtos.Arrears;
import vn.ishc.fund.lending.LendingDtos.FollowUp;
import vn.ishc.fund.lending.LendingDtos.Queue;
import vn.ishc.fund.lending.LendingReads;
import vn.ishc.fund.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a club's home page, read through the same services as {@code GET /clubs/{id}/fund-summary},
 * {@code /arrears} and {@code /loan-queue} (scope checked by them: another club is 404), in one snapshot.
 */
@Singleton
public class HomePage {

    private final ClubAccess clubs;
    private final LedgerService ledgers;
    private final LendingReads lending;
    private final BusinessDates dates;

    HomePage(ClubAccess clubs, LedgerService ledgers, LendingReads lending, BusinessDates dates) {
        this.clubs = clubs;
        this.ledgers = ledgers;
        this.lending = lending;
        this.dates = dates;
    }

    /** The home page: funds, repayments due this month and overdue, the members to follow up, the queue. */
    public record Home(Club club, LocalDate today, FundSummary funds, BigDecimal dueThisMonth, BigDecimal overdue,
                       int overdueLoans, List<FollowUp> followUp, Queue queue) {
    }

    @ReadOnly
    public Home of(Caller caller, long clubId) {
        Club club = clubs.visible(caller, clubId);
        LocalDate today = dates.today();
        FundSummary funds = ledgers.fundSummary(caller, clubId, today);
        Arrears arrears = lending.arrears(caller, clubId, today);
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        int overdueLoans = 0;
        for (FollowUp f : arrears.followUp()) {
            due = due.add(f.dueThisMonth());
            if (f.daysPastDue() > 0) {
                overdueLoans++;
                overdue = overdue.add(f.overduePrincipal()).add(f.overdueInterest()).add(f.penaltyDue());
            }
        }
        return new Home(club, today, funds, due, overdue, overdueLoans, arrears.followUp(), lending.queue(caller, clubId));
    }
}
