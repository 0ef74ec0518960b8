package vn.ishc.fund.monitoring;

/** Which way an indicator is good. */
public enum Direction {
    HIGHER, LOWER
}
