package vn.ishc.fund.geo;

/** Targets differ between plains and the other area types. */
public enum AreaType {
    PLAINS, MOUNTAINOUS, ETHNIC_MINORITY, BORDER, ISLAND
}
