package vn.ishc.fund.audit;

/** OPEN until the chair answers; ANSWERED until the auditor closes it; CLOSED is final. */
public enum FindingStatus {
    OPEN, ANSWERED, CLOSED
}
