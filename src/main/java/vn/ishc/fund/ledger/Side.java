package vn.ishc.fund.ledger;

public enum Side {
    D, C;

    public Side opposite() {
        return this == D ? C : D;
    }
}
