package vn.ishc.fund.web;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.ishc.fund.club.Club;
import vn.ishc.fund.club.ClubAccess;
import vn.ishc.fund.club.Members;
import vn.ishc.fund.ledger.LedgerDtos.FundSummary;
import vn.ishc.fund.ledger.LedgerService;
import vn.ishc.fund.lending.LendingDtos.FollowUp;
import vn.ishc.fund.lending.LendingReads;
import vn.ishc.fund.security.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the meeting sheet of a club for a date from the services: the members who have not left and had
 * joined by then ({@code club.Members}), and each borrower's repayment to collect at that date — overdue
 * principal, interest and penalty, and the instalment of the month — as {@code GET /clubs/{id}/arrears} counts it.
 * The club keeps no usual fee or contribution amounts, so those fields start empty.
 */
@Singleton
public class MeetingSheets {

    private final ClubAccess clubs;
    private final Members members;
    private final LendingReads lending;
    private final LedgerService ledgers;

    MeetingSheets(ClubAccess clubs, Members members, LendingReads lending, LedgerService ledgers) {
        this.clubs = clubs;
        this.members = members;
        this.lending = lending;
        this.ledgers = ledgers;
    }

    @ReadOnly
    public MeetingSheet of(Caller caller, long clubId, LocalDate date, java.util.Locale locale) {
        Club club = clubs.visible(caller, clubId);
        Map<Long, MeetingSheet.Row> rows = new LinkedHashMap<>();
        for (Members.Ref m : members.current(club.id())) {
            if (m.activeOn(date)) {
                rows.put(m.id(), new MeetingSheet.Row(m.id(), m.fullName()));
            }
        }
        WebFormat format = new WebFormat(locale);
        for (FollowUp f : lending.arrears(caller, clubId, date).followUp()) {
            MeetingSheet.Row row = rows.get(f.memberId());
            if (row != null && f.toCollect().signum() > 0) {
                row.loans.add(new MeetingSheet.LoanLine(f.loanId(), f.toCollect(), f.daysPastDue(), format.number(f.toCollect())));
            }
        }
        MeetingSheet sheet = new MeetingSheet(club.id(), club.name(), date, new ArrayList<>(rows.values()));
        // the cash box holds both funds' cash (111) as the books have it at the meeting's date, as fund-summary counts it
        FundSummary funds = ledgers.fundSummary(caller, clubId, date);
        sheet.openingCash = funds.incomeGeneration().cash().add(funds.activity().cash());
        return sheet;
    }
}
