package vn.ishc.fund.geo;

/** The two levels of local government since 1 July 2025, and the villages under communes. */
public enum UnitLevel {
    PROVINCE, COMMUNE, VILLAGE;

    /** The level a unit's parent must have, or null for the top. */
    public UnitLevel parentLevel() {
        return switch (this) {
            case PROVINCE -> null;
            case COMMUNE -> PROVINCE;
            case VILLAGE -> COMMUNE;
        };
    }
}
