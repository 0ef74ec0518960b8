package vn.ishc.fund.ledger;

import org.javamoney.moneta.Money;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.money.Amounts;

import javax.money.CurrencyUnit;
import java.util.List;

/**
 * Invariant 1 on a draft, before anything touches the database: at least two postings, every
 * amount strictly positive and within the currency's decimals, debits equal to credits.
 * (That every account is a leaf of the entry's ledger is checked against the chart when posting.)
 */
public final class EntryRules {

    private EntryRules() {
    }

    public static void check(EntryDraft draft, CurrencyUnit currency) {
        List<PostingDraft> postings = draft.postings();
        if (postings == null || postings.size() < 2) {
            throw ApiException.rule("postings", "min-postings");
        }
        if (draft.description() == null || draft.description().isBlank()) {
            throw ApiException.invalid("description", "required");
        }
        if (draft.description().strip().length() > 500) {
            throw ApiException.invalid("description", "size", 1, 500);
        }
        if (postings.size() > 1000) {
            throw ApiException.invalid("postings", "size", 2, 1000);
        }
        Money debits = Amounts.zero(currency);
        Money credits = Amounts.zero(currency);
        for (int i = 0; i < postings.size(); i++) {
            PostingDraft p = postings.get(i);
            String field = "postings[" + i + "]";
            if (p.accountCode() == null || p.accountCode().isBlank()) {
                throw ApiException.invalid(field + ".accountCode", "required");
            }
            if (p.side() == null) {
                throw ApiException.invalid(field + ".side", "required");
            }
            Money amount = Amounts.positive(p.amount(), currency, field + ".amount");
            if (p.activityArea() != null && (p.activityArea() < 1 || p.activityArea() > 8)) {
                throw ApiException.invalid(field + ".activityArea", "activity-area");
            }
            if (p.side() == Side.D) {
                debits = debits.add(amount);
            } else {
                credits = credits.add(amount);
            }
        }
        if (!debits.isEqualTo(credits)) {
            throw ApiException.rule("postings", "unbalanced", Amounts.decimal(debits), Amounts.decimal(credits));
        }
    }
}
