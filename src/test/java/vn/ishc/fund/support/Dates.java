package vn.ishc.fund.support;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today as the service sees it: a date in Vietnam, whatever the test machine's time zone. */
public final class Dates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
