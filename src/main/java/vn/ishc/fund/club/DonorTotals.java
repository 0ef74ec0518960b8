package vn.ishc.fund.club;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * What donors gave, told to the register by the capability that books it (the ledger), so the register
 * shows each donor's total without reading the ledger's tables.
 */
public interface DonorTotals {

    /** Net amount given per donor id (capital and income credited, less reversals); absent: nothing. */
    Map<Long, BigDecimal> totals(Collection<Long> donorIds);
}
