package vn.ishc.fund.common.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ishc.fund.common.error.ApiException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParamsTest {

    @Test
    void trueFalseOrNothing() {
        assertEquals(Boolean.TRUE, QueryParams.bool("x", "true"));
        assertEquals(Boolean.TRUE, QueryParams.bool("x", " TRUE "));
        assertEquals(Boolean.FALSE, QueryParams.bool("x", "False"));
        assertNull(QueryParams.bool("x", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void anEmptyValueIsRefusedNotReadAsAbsent(String value) {
        ApiException e = assertThrows(ApiException.class, () -> QueryParams.bool("history", value));
        assertEquals(400, e.status().getCode());
        assertEquals("history", e.fieldErrors().get(0).field());
        assertEquals("empty", e.fieldErrors().get(0).rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "yes", "no", "on", "y", "maybe", "truee"})
    void anythingElseIsRefusedNamingTheParameter(String value) {
        ApiException e = assertThrows(ApiException.class, () -> QueryParams.bool("elderly", value));
        assertEquals(400, e.status().getCode());
        assertEquals("elderly", e.fieldErrors().get(0).field());
        assertEquals("boolean", e.fieldErrors().get(0).rule());
    }
}
