package vn.ishc.fund.lending;

/**
 * How a loan goes out: cash (111), bank (112), goods the fund holds for lending (156), or goods
 * bought with the fund's cash for this loan (111).
 */
public enum Disbursement {
    CASH, BANK, IN_KIND_FROM_STOCK, IN_KIND_PURCHASED;

    public String creditAccount() {
        return switch (this) {
            case CASH, IN_KIND_PURCHASED -> "111";
            case BANK -> "112";
            case IN_KIND_FROM_STOCK -> "156";
        };
    }

    public boolean inKind() {
        return this == IN_KIND_FROM_STOCK || this == IN_KIND_PURCHASED;
    }
}
