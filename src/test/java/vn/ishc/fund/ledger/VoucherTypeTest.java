package vn.ishc.fund.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VoucherTypeTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    @Test
    void cashInIsAReceiptAndCashOutAPayment() {
        assertEquals(VoucherType.PT, VoucherType.of(List.of(PostingDraft.debit("111", TEN), PostingDraft.credit("4111", TEN))));
        assertEquals(VoucherType.PC, VoucherType.of(List.of(PostingDraft.debit("811", TEN), PostingDraft.credit("111", TEN))));
        // a cash sub-account counts as cash
        assertEquals(VoucherType.PT, VoucherType.of(List.of(PostingDraft.debit("1111", TEN), PostingDraft.credit("711", TEN))));
    }

    @Test
    void cashToBankIsACashPayment() {
        assertEquals(VoucherType.PC, VoucherType.of(List.of(PostingDraft.debit("112", TEN), PostingDraft.credit("111", TEN))));
    }

    @Test
    void bankMovementsAndNonCashEntries() {
        assertEquals(VoucherType.BC, VoucherType.of(List.of(PostingDraft.debit("1121", TEN), PostingDraft.credit("4118", TEN))));
        assertEquals(VoucherType.BN, VoucherType.of(List.of(PostingDraft.debit("642", TEN), PostingDraft.credit("112", TEN))));
        assertEquals(VoucherType.PK, VoucherType.of(List.of(PostingDraft.debit("156", TEN), PostingDraft.credit("4118", TEN))));
    }

    @Test
    void numbersArePrintedWithYearAndFourDigits() {
        assertEquals("PT-2026-0007", VoucherType.format("PT", 2026, 7));
        assertEquals("PC-2025-12345", VoucherType.format("PC", 2025, 12345));
    }
}
