package vn.ishc.fund.ledger;

import java.math.BigDecimal;

/** One line of an entry before it is posted: an account code, a side, an amount and optional tags. */
public record PostingDraft(String accountCode, Side side, BigDecimal amount, Long memberId, Long loanId,
                           Long donorId, Integer activityArea) {

    public static PostingDraft debit(String account, BigDecimal amount) {
        return new PostingDraft(account, Side.D, amount, null, null, null, null);
    }

    public static PostingDraft credit(String account, BigDecimal amount) {
        return new PostingDraft(account, Side.C, amount, null, null, null, null);
    }

    public PostingDraft member(Long id) {
        return new PostingDraft(accountCode, side, amount, id, loanId, donorId, activityArea);
    }

    public PostingDraft loan(Long id) {
        return new PostingDraft(accountCode, side, amount, memberId, id, donorId, activityArea);
    }

    public PostingDraft donor(Long id) {
        return new PostingDraft(accountCode, side, amount, memberId, loanId, id, activityArea);
    }

    public PostingDraft area(Integer area) {
        return new PostingDraft(accountCode, side, amount, memberId, loanId, donorId, area);
    }

    public PostingDraft mirrored() {
        return new PostingDraft(accountCode, side.opposite(), amount, memberId, loanId, donorId, activityArea);
    }
}
