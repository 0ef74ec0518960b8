package vn.ishc.fund.audit;

/** OPEN while the auditor works; SIGNED once the chain head is signed off (no new findings after). */
public enum ReviewStatus {
    OPEN, SIGNED
}
