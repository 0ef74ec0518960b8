package vn.ishc.fund.ledger;

/** The two self-managed funds every club keeps: income-generation (revolving) and activity. */
public enum Fund {
    IGF, AF
}
