package vn.ishc.fund.ledger;

public enum AccountType {
    ASSET, LIABILITY, EQUITY, INCOME, EXPENSE
}
