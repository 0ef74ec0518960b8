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

    private static void credit(List<PostingDraft> postings, String account, BigDecimal amount, long memberId, long loanId) {
        if (amount.signum() > 0) {
            postings.add(PostingDraft.credit(account, amount).member(memberId).loan(loanId));
        }
    }
}
