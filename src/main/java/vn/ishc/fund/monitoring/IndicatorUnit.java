package vn.ishc.fund.monitoring;

/** What an indicator's value is: a count, a share (0.6150 = 61.5%), or an amount in VND. */
public enum IndicatorUnit {
    COUNT, SHARE, VND
}
