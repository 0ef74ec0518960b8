package vn.ishc.fund.club;

/** Household status as certified by the commune: hộ nghèo, cận nghèo, hoàn cảnh khó khăn, none. */
public enum PovertyStatus {
    POOR, NEAR_POOR, DISADVANTAGED, NONE
}
