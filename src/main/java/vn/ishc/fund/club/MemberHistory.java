package vn.ishc.fund.club;

/**
 * Capabilities that record things about members (ledgers, loans) tell the registry where a member's
 * history lies: a member with history is never deleted, only marked as left.
 */
public interface MemberHistory {

    /** A query returning a row when the member ({@code ?}) has history here, e.g. {@code SELECT 1 FROM loan WHERE member_id = ?}. */
    String historyQuery();
}
