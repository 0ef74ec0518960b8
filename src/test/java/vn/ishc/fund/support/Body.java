package vn.ishc.fund.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON object bodies for requests: ordered, null values allowed (sent as JSON null). */
public final class Body {

    private Body() {
    }

    /** {@code of("a", 1, "b", null)} is {@code {"a":1,"b":null}}. */
    public static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** A copy of {@code base} with these keys set (a null value is sent as JSON null). */
    public static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        out.putAll(of(keysAndValues));
        return out;
    }

    /** A copy of {@code base} without these keys. */
    public static Map<String, Object> without(Map<String, Object> base, String... keys) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        for (String k : keys) {
            out.remove(k);
        }
        return out;
    }
}
