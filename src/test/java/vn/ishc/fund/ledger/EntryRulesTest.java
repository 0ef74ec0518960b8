package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.common.error.ApiException;
import vn.ishc.fund.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Invariant 1 on drafts: each broken rule is named with its field. */
class EntryRulesTest {

    private static EntryDraft draft(PostingDraft... postings) {
        return new EntryDraft(Fund.IGF, LocalDate.of(2026, 1, 5), "MANUAL", "test", List.of(postings));
    }

    private static ApiException.FieldError broken(EntryDraft d) {
        ApiException e = assertThrows(ApiException.class, () -> EntryRules.check(d, Amounts.VND));
        return e.fieldErrors().get(0);
    }

    @Test
    void aBalancedEntryPasses() {
        assertDoesNotThrow(() -> EntryRules.check(draft(PostingDraft.debit("111", new BigDecimal("1000")),
                PostingDraft.credit("711", new BigDecimal("600")), PostingDraft.credit("711", new BigDecimal("400"))), Amounts.VND));
    }

    @Test
    void unbalanced() {
        ApiException.FieldError e = broken(draft(PostingDraft.debit("111", new BigDecimal("1000")),
                PostingDraft.credit("711", new BigDecimal("999"))));
        assertEquals("postings", e.field());
        assertEquals("unbalanced", e.rule());
    }

    @Test
    void fewerThanTwoPostings() {
        assertEquals("min-postings", broken(draft(PostingDraft.debit("111", BigDecimal.TEN))).rule());
        assertEquals("min-postings", broken(draft()).rule());
    }

    @Test
    void zeroNegativeAndFractionalAmounts() {
        ApiException.FieldError zero = broken(draft(PostingDraft.debit("111", BigDecimal.ZERO), PostingDraft.credit("711", BigDecimal.ZERO)));
        assertEquals("postings[0].amount", zero.field());
        assertEquals("positive", zero.rule());
        assertEquals("positive", broken(draft(PostingDraft.debit("111", new BigDecimal("-5")),
                PostingDraft.credit("711", new BigDecimal("-5")))).rule());
        ApiException.FieldError fraction = broken(draft(PostingDraft.debit("111", new BigDecimal("10.5")),
                PostingDraft.credit("711", new BigDecimal("10.5"))));
        assertEquals("currency-fraction", fraction.rule());
        // trailing zeros are not a fraction
        assertDoesNotThrow(() -> EntryRules.check(draft(PostingDraft.debit("111", new BigDecimal("10.00")),
                PostingDraft.credit("711", new BigDecimal("10"))), Amounts.VND));
    }

    @Test
    void activityAreaOneToEight() {
        ApiException.FieldError e = broken(draft(PostingDraft.debit("811", BigDecimal.TEN).area(9),
                PostingDraft.credit("111", BigDecimal.TEN)));
        assertEquals("postings[0].activityArea", e.field());
        assertEquals("activity-area", e.rule());
    }

    @Test
    void descriptionRequired() {
        EntryDraft d = new EntryDraft(Fund.AF, LocalDate.of(2026, 1, 5), "MANUAL", " ",
                List.of(PostingDraft.debit("111", BigDecimal.TEN), PostingDraft.credit("711", BigDecimal.TEN)));
        assertEquals("description", broken(d).field());
    }
}
