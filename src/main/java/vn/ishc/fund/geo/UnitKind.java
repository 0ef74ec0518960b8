package vn.ishc.fund.geo;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a unit is called: tỉnh / thành phố; xã / phường / đặc khu; thôn / bản / ấp / tổ dân phố. */
public enum UnitKind {
    PROVINCE(UnitLevel.PROVINCE), CITY(UnitLevel.PROVINCE),
    COMMUNE(UnitLevel.COMMUNE), WARD(UnitLevel.COMMUNE), SPECIAL_ZONE(UnitLevel.COMMUNE),
    VILLAGE(UnitLevel.VILLAGE), HAMLET(UnitLevel.VILLAGE), RESIDENTIAL_GROUP(UnitLevel.VILLAGE);

    private final UnitLevel level;

    UnitKind(UnitLevel level) {
        this.level = level;
    }

    public UnitLevel level() {
        return level;
    }

    public static String namesAt(UnitLevel level) {
        return Arrays.stream(values()).filter(k -> k.level == level).map(Enum::name).collect(Collectors.joining(", "));
    }
}
