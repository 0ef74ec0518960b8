package vn.ishc.fund.security;

/** A user's single role. The string constants are for {@code @Secured}. */
public enum Role {
    ADMIN, PROVINCE_OFFICER, AUDITOR, CHAIR, TREASURER;

    public static final String ADMIN_ = "ADMIN";
    public static final String PROVINCE_OFFICER_ = "PROVINCE_OFFICER";
    public static final String AUDITOR_ = "AUDITOR";
    public static final String CHAIR_ = "CHAIR";
    public static final String TREASURER_ = "TREASURER";
}
