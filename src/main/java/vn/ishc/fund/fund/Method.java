package vn.ishc.fund.fund;

/** How money moves: cash (account 111…) or bank (112…). */
public enum Method {
    CASH, BANK;

    public String account() {
        return this == CASH ? "111" : "112";
    }
}
