package vn.ishc.fund.audit;

/** How much a finding matters, from a remark (INFO) to a fault the books cannot stand with (CRITICAL). */
public enum Severity {
    INFO, MINOR, MAJOR, CRITICAL
}
