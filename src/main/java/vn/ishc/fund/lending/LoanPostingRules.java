package vn.ishc.fund.lending;

import vn.ishc.fund.ledger.Chart;
import vn.ishc.fund.ledger.EntryDraft;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.PostingDraft;
import vn.ishc.fund.lending.engine.Allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The loan rows of accounting.md's posting rules, all in the income-generation fund. Every line on
 * 12881 carries the member and the loan, so the loan's outstanding principal is its 12881 balance
 * (invariant 7). Pure.
 */
public final class LoanPostingRules {

    public static final String LOANS = Chart.LOANS_TO_MEMBERS;
    public static final String ALLOWANCE = "2293";
    public static final String INTEREST = "515";
    public static final String OTHER_INCOME = "711";
    public static final String OTHER_EXPENSE = "811";

    private LoanPostingRules() {
    }

    /** Disbursement: Dr 12881 (member, loan) / Cr 111, 112 or 156. */
    public static EntryDraft disbursement(long loanId, long memberId, BigDecimal amount, LocalDate date,
                                          String creditAccount, String description) {
        return new EntryDraft(Fund.IGF, date, "LOAN_DISBURSEMENT", description, List.of(
                PostingDraft.debit(LOANS, amount).member(memberId).loan(loanId),
                PostingDraft.credit(creditAccount, amount)));
    }

    /**
     * Repayment: Dr cash or bank for the whole amount / Cr 12881 principal (scheduled and prepaid),
     * Cr 515 interest, Cr 711 penalty — each credit for the member and the loan; zero parts are left out.
     */
    public static EntryDraft repayment(long loanId, long memberId, Allocation a, String moneyAccount, String description) {
        List<PostingDraft> postings = new ArrayList<>();
        postings.add(PostingDraft.debit(moneyAccount, a.amount()));
        BigDecimal principal = a.principal().add(a.prepaidPrincipal());
        credit(postings, LOANS, principal, memberId, loanId);
        credit(postings, INTEREST, a.interest(), memberId, loanId);
        credit(postings, OTHER_INCOME, a.penalty(), memberId, loanId);
        return new EntryDraft(Fund.IGF, a.date(), "LOAN_REPAYMENT", description, postings);
    }

    /** Write-off: Dr 2293 up to the allowance, the rest Dr 811 / Cr 12881 the outstanding principal. */
    public static EntryDraft writeOff(long loanId, long memberId, BigDecimal outstanding, BigDecimal allowance,
                                      LocalDate date, String description) {
        BigDecimal fromAllowance = allowance.signum() > 0 ? allowance.min(outstanding) : BigDecimal.ZERO;
        BigDecimal loss = outstanding.subtract(fromAllowance);
        List<PostingDraft> postings = new ArrayList<>();
        if (fromAllowance.signum() > 0) {
            postings.add(PostingDraft.debit(ALLOWANCE, fromAllowance).loan(loanId));
        }
        if (loss.signum() > 0) {
            postings.add(PostingDraft.debit(OTHER_EXPENSE, loss).loan(loanId));
        }
        postings.add(PostingDraft.credit(LOANS, outstanding).member(memberId).loan(loanId));
        return new EntryDraft(Fund.IGF, date, "LOAN_WRITE_OFF", description, postings);
    }

    /** Recovery of a written-off loan: Dr cash or bank / Cr 711 (member, loan). */
    public static EntryDraft recovery(long loanId, long memberId, BigDecimal amount, LocalDate date, String moneyAccount,
                                      String description) {
        return new EntryDraft(Fund.IGF, date, "LOAN_RECOVERY", description, List.of(
                PostingDraft.debit(moneyAccount, amount),
                PostingDraft.credit(OTHER_INCOME, amount).member(memberId).loan(loanId)));
    }

    /**
     * The reversal of a repayment as the books show it now (its split may have been corrected since it
     * was posted): the mirror of {@link #repayment}, linked to the repayment's entry.
     */
    public static EntryDraft repaymentReversal(long loanId, long memberId, Allocation now, String moneyAccount,
                                               LocalDate date, long originalEntryId, String reason) {
        EntryDraft repayment = repayment(loanId, memberId, now, moneyAccount, "");
        return new EntryDraft(Fund.IGF, date, "REVERSAL", "Đảo phiếu thu nợ vay: " + reason,
                repayment.postings().stream().map(PostingDraft::mirrored).toList(), originalEntryId, reason);
    }

    /**
     * A repayment whose split changed when an earlier event was reversed and the loan replayed: the same
     * money moves between 12881, 515 and 711. What a part gained is credited, what it lost debited (member
     * and loan on every line). Null when the split did not change.
     */
    public static EntryDraft reallocation(long loanId, long memberId, Allocation before, Allocation after, LocalDate date,
                                          String description) {
        List<PostingDraft> postings = new ArrayList<>();
        move(postings, LOANS, before.principal().add(before.prepaidPrincipal()),
                after.principal().add(after.prepaidPrincipal()), memberId, loanId);
        move(postings, INTEREST, before.interest(), after.interest(), memberId, loanId);
        move(postings, OTHER_INCOME, before.penalty(), after.penalty(), memberId, loanId);
        return postings.isEmpty() ? null : new EntryDraft(Fund.IGF, date, "LOAN_REALLOCATION", description, postings);
    }

    private static void move(List<PostingDraft> postings, String account, BigDecimal before, BigDecimal after,
                             long memberId, long loanId) {
        BigDecimal change = after.subtract(before);
        if (change.signum() > 0) {
            postings.add(PostingDraft.credit(account, change).member(memberId).loan(loanId));
        } else if (change.signum() < 0) {
            postings.add(PostingDraft.debit(account, change.negate()).member(memberId).loan(loanId));
        }
    }

    private static void credit(List<PostingDraft> postings, String account, BigDecimal amount, long memberId, long loanId) {
        if (amount.signum() > 0) {
            postings.add(PostingDraft.credit(account, amount).member(memberId).loan(loanId));
        }
    }
}
