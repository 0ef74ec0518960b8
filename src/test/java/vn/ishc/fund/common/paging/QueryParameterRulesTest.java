package vn.ishc.fund.common.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ishc.fund.common.error.ApiException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryParameterRulesTest {

    private static final Map<String, Class<?>> TRIAL_BALANCE = Map.of("asOf", LocalDate.class);
    private static final Map<String, Class<?>> LIST = Map.of("q", String.class, "page", Integer.class, "size", Integer.class);

    private static List<String> rules(Map<String, Class<?>> declared, Map<String, List<String>> given) {
        return QueryParameterRules.check(declared, given).stream().map(e -> e.field() + "/" + e.rule()).toList();
    }

    @Test
    void declaredParametersWithPlainValuesPass() {
        assertEquals(List.of(), rules(TRIAL_BALANCE, Map.of("asOf", List.of("2025-01-31"))));
        assertEquals(List.of(), rules(LIST, Map.of("q", List.of("Nguyễn"), "page", List.of("2"))));
        assertEquals(List.of(), rules(Map.of(), Map.of()));
    }

    @Test
    void anUnknownParameterIsRefusedNamingWhatTheEndpointTakes() {
        List<ApiException.FieldError> errors = QueryParameterRules.check(TRIAL_BALANCE, Map.of("date", List.of("2025-01-31")));
        assertEquals(1, errors.size());
        assertEquals("date", errors.get(0).field());
        assertEquals("unknown-parameter", errors.get(0).rule());
        assertArrayEquals(new Object[]{"asOf"}, errors.get(0).args());
        assertArrayEquals(new Object[]{"page, q, size"},
                QueryParameterRules.check(LIST, Map.of("sort", List.of("name"))).get(0).args(), "sorted names");
        assertEquals(List.of("x/no-parameters"), rules(Map.of(), Map.of("x", List.of("1"))));
    }

    @Test
    void everyBrokenParameterIsNamedInOrder() {
        assertEquals(List.of("asOf/empty", "date/unknown-parameter", "zz/unknown-parameter"),
                rules(TRIAL_BALANCE, Map.of("zz", List.of("1"), "date", List.of("x"), "asOf", List.of(""))));
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        assertEquals(List.of("asOf/repeated"), rules(TRIAL_BALANCE, Map.of("asOf", List.of("2025-01-31", "2025-02-28"))));
        assertEquals(List.of("q/repeated"), rules(LIST, Map.of("q", List.of("a", "a"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void anEmptyValueIsRefusedNotTreatedAsAbsent(String value) {
        assertEquals(List.of("q/empty"), rules(LIST, Map.of("q", List.of(value))));
        assertEquals(List.of("asOf/empty"), rules(TRIAL_BALANCE, Map.of("asOf", List.of(value))));
        assertEquals(List.of("q/empty"), rules(LIST, Map.of("q", List.of())), "?q with no '='");
    }

    @Test
    void controlCharactersInAValueAreRefused() {
        assertEquals(List.of("q/control-character"), rules(LIST, Map.of("q", List.of("lan\u0000"))));
        assertEquals(List.of("q/invalid-unicode"), rules(LIST, Map.of("q", List.of("\uDC00lan"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-31T00:00:00", "2025-1-31", "31/01/2025", "2025-02-30", "+2025-01-31", "today",
            "2025-01-31 ", "20250131"})
    void aDateParameterIsExactlyYyyyMmDd(String value) {
        assertEquals(List.of("asOf/date"), rules(TRIAL_BALANCE, Map.of("asOf", List.of(value))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"})
    void anAbsurdDateIsRefused(String value) {
        List<ApiException.FieldError> errors = QueryParameterRules.check(TRIAL_BALANCE, Map.of("asOf", List.of(value)));
        assertEquals(List.of("asOf/date-range"), errors.stream().map(e -> e.field() + "/" + e.rule()).toList());
        assertArrayEquals(new Object[]{LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31)}, errors.get(0).args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2100-12-31", "2024-02-29"})
    void theEdgesOfTheRangeAreDates(String value) {
        assertEquals(List.of(), rules(TRIAL_BALANCE, Map.of("asOf", List.of(value))));
    }
}
