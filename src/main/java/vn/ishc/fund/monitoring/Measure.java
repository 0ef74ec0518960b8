package vn.ishc.fund.monitoring;

/**
 * The additive counts and amounts of one club at a date that indicators divide: every indicator's
 * numerator and denominator is one of these, so a unit's value is the ratio of its clubs' sums (the village
 * counts are its communes' sums).
 */
public enum Measure {
    /** Clubs founded by the date and not dissolved (1 per club). */
    CLUBS,
    /** Clubs founded from the plan's start (without a plan, 1 January of the date's year) to the date. */
    NEW_CLUBS,
    /** Members active at the date. */
    MEMBERS,
    WOMEN,
    /** Members aged {@code ishc.elderly-age} (60) or more in the date's year. */
    ELDERLY,
    ELDERLY_WOMEN,
    /** Members aged 55 or more in the date's year: the composition quota's elderly. */
    QUOTA_ELDERLY,
    /** Poor, near-poor or disadvantaged members. */
    POOR,
    /** Members owing principal at the date or given a loan in the 12 months up to it. */
    BORROWED,
    /** Clubs whose income-generation fund's net assets are at least 50,000,000 VND (1 or 0). */
    FUNDED_CLUBS,
    /** The income-generation fund's net assets (VND). */
    FUND_SIZE,
    /** Board members at the date. */
    BOARD,
    /** Board members with an initial training by the date and a training in the date's year. */
    BOARD_TRAINED,
    /** Principal outstanding (VND). */
    OUTSTANDING,
    /** Principal outstanding on loans more than 30 days past due (VND). */
    AT_RISK_30,
    /** Principal and interest due by the date (VND). */
    DUE,
    /** Of it, paid (VND). */
    PAID,
    /** A commune's villages and residential groups valid at the date (counted per commune, not per club). */
    VILLAGES,
    /** Of them, those a club is registered in. */
    VILLAGES_WITH_CLUB
}
