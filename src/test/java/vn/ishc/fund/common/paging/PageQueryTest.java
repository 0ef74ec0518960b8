package vn.ishc.fund.common.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ishc.fund.common.error.ApiException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageQueryTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "c.name", "foundedOn", "c.founded_on");

    private static PageQuery of(Integer page, Integer size, String sort) {
        return PageQuery.of(page, size, sort, SORTABLE, "c.id");
    }

    private static void assertInvalid(String field, String rule, Runnable r) {
        ApiException e = assertThrows(ApiException.class, r::run);
        assertEquals(400, e.status().getCode());
        assertEquals(field, e.fieldErrors().get(0).field());
        assertEquals(rule, e.fieldErrors().get(0).rule());
    }

    @Test
    void defaults() {
        PageQuery q = of(null, null, null);
        assertEquals(0, q.page());
        assertEquals(PageQuery.DEFAULT_SIZE, q.size());
        assertEquals(50, q.size());
        assertEquals("c.id", q.orderBy());
        assertEquals(0, q.offset());
    }

    @Test
    void sizeFromOneTo500() {
        assertEquals(1, of(0, 1, null).size());
        assertEquals(500, of(0, 500, null).size());
        assertInvalid("size", "page-size", () -> of(0, 0, null));
        assertInvalid("size", "page-size", () -> of(0, 501, null));
        assertInvalid("size", "page-size", () -> of(0, -1, null));
        assertInvalid("page", "min", () -> of(-1, 10, null));
    }

    @Test
    void sortMapsWhitelistedFieldsToColumnsWithATieBreaker() {
        assertEquals("c.name asc, c.id", of(0, 10, "name").orderBy());
        assertEquals("c.name desc, c.id", of(0, 10, "name,desc").orderBy());
        assertEquals("c.founded_on desc, c.id", of(0, 10, " foundedOn , DESC ").orderBy());
        assertEquals("c.name asc, c.id", of(0, 10, "name,asc").orderBy());
        assertEquals("c.id", of(0, 10, "  ").orderBy());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "c.name", "name;drop table club", "name,up", "name,desc,asc", ",desc", "NAME", "name desc"})
    void anythingElseIsRefused(String sort) {
        ApiException e = assertThrows(ApiException.class, () -> of(0, 10, sort));
        assertEquals("sort", e.fieldErrors().get(0).field());
        assertEquals("sort", e.fieldErrors().get(0).rule());
        String allowed = (String) e.fieldErrors().get(0).args()[0];
        assertEquals(2, allowed.split(", ").length, "lists the allowed fields: " + allowed);
    }

    @Test
    void offsetDoesNotOverflow() {
        assertEquals(20, of(2, 10, null).offset());
        assertEquals(2147483647L * 500, of(Integer.MAX_VALUE, 500, null).offset());
    }

    @Test
    void pageCountsRoundUp() {
        PageQuery q = of(0, 10, null);
        assertEquals(0, Page.of(java.util.List.of(), q, 0).totalPages());
        assertEquals(1, Page.of(java.util.List.of(), q, 10).totalPages());
        assertEquals(2, Page.of(java.util.List.of(), q, 11).totalPages());
        assertEquals(java.util.List.of(2, 4), Page.of(java.util.List.of(1, 2), q, 2).map(i -> i * 2).items());
    }
}
