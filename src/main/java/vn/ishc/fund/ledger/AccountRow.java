package vn.ishc.fund.ledger;

import java.math.BigDecimal;

public record AccountRow(long id, long ledgerId, String code, String nameVi, String nameEn, AccountType type,
                         Side normalSide, boolean header, Long parentId, BigDecimal debitTotal,
                         BigDecimal creditTotal) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    /** Balance on the account's normal side: positive when the account holds what it normally holds. */
    public BigDecimal balance() {
        BigDecimal net = debitTotal.subtract(creditTotal);
        return normalSide == Side.D ? net : net.negate();
    }
}
