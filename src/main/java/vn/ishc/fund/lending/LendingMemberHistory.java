package vn.ishc.fund.lending;

import jakarta.inject.Singleton;
import vn.ishc.fund.club.MemberHistory;

/** A member who ever applied for a loan has history. */
@Singleton
class LendingMemberHistory implements MemberHistory {
    @Override
    public String historyQuery() {
        return "SELECT 1 FROM loan WHERE member_id = ?";
    }
}
