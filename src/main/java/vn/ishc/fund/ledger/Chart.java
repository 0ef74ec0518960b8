package vn.ishc.fund.ledger;

/**
 * Codes of the template chart of accounts (accounting.md) that the code refers to. Every code is a
 * Circular 133/2016/TT-BTC account: level 1 (111, 112, 156, 421, 515, 642, 711, 811), level 2 (1388,
 * 2293, 3388, 4111, 4118), and 12881, a level-3 account the club opens under 1288 as Circular 133
 * allows (loans to members were kept on 1283 before, a Circular 200 number).
 */
public final class Chart {

    public static final String CASH = "111";
    public static final String BANK = "112";
    public static final String LOANS_TO_MEMBERS = "12881";
    public static final String GOODS = "156";

    private Chart() {
    }

    /** Cash, bank and goods held can never be negative, at any date (invariant 9). */
    public static boolean neverNegative(String code) {
        return code.startsWith(CASH) || code.startsWith(BANK) || code.startsWith(GOODS);
    }
}
