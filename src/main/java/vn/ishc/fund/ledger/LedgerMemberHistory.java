package vn.ishc.fund.ledger;

import jakarta.inject.Singleton;
import vn.ishc.fund.club.MemberHistory;

/** A member with any posting in a ledger has history. */
@Singleton
class LedgerMemberHistory implements MemberHistory {
    @Override
    public String historyQuery() {
        return "SELECT 1 FROM posting WHERE member_id = ?";
    }
}
