package vn.ishc.fund.club;

/**
 * Capabilities that record things about members (ledgers, loans) tell the registry whether a
 * member has history there: a member with history is never deleted, only marked as left.
 */
public interface MemberHistory {
    boolean hasHistory(long memberId);
}
