package vn.ishc.fund.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An HTTP response with helpers for the assertions tests make again and again. */
public record Response(int status, String text, HttpHeaders headers) {

    public static final String PROBLEM_PREFIX = "urn:ishc-fund:problem:";

    public JsonNode json() {
        return Api.parse(text);
    }

    public JsonNode at(String pointer) {
        return json().at(pointer);
    }

    public long id() {
        return json().get("id").asLong();
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** The {@code items} of a page. */
    public List<JsonNode> items() {
        JsonNode items = json().get("items");
        assertNotNull(items, () -> "not a page: " + text);
        List<JsonNode> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    /** The ids of a page's items. */
    public List<Long> ids() {
        return items().stream().map(n -> n.get("id").asLong()).toList();
    }

    public long totalItems() {
        return json().get("totalItems").asLong();
    }

    public Response expect(int expected) {
        assertEquals(expected, status, () -> "HTTP status; body: " + text);
        return this;
    }

    /** Asserts an RFC 9457 problem of this status: our type prefix, a title and a detail, well-formed errors. */
    public Response expectProblem(int expected) {
        expect(expected);
        assertTrue(contentType().startsWith("application/problem+json"), "content type " + contentType());
        JsonNode json = json();
        assertNotNull(json, () -> "no JSON body: " + text);
        assertTrue(json.path("type").asText().startsWith(PROBLEM_PREFIX), () -> "type of " + text);
        assertEquals(expected, json.path("status").asInt(), () -> "status in " + text);
        assertFalse(json.path("title").asText().isBlank(), () -> "title of " + text);
        assertFalse(json.path("detail").asText().isBlank(), () -> "detail of " + text);
        for (JsonNode e : json.path("errors")) {
            assertFalse(e.path("rule").asText().isBlank(), () -> "rule of an error in " + text);
            assertFalse(e.path("message").asText().isBlank(), () -> "message of an error in " + text);
        }
        return this;
    }

    /** Asserts a problem+json answer with this status, naming this field and rule among its errors. */
    public Response expectProblem(int expected, String field, String rule) {
        expectProblem(expected);
        JsonNode errors = json().get("errors");
        assertNotNull(errors, () -> "no errors in " + text);
        boolean found = false;
        for (JsonNode e : errors) {
            String f = e.hasNonNull("field") ? e.get("field").asText() : null;
            if (java.util.Objects.equals(field, f) && rule.equals(e.get("rule").asText())) {
                found = true;
            }
        }
        assertTrue(found, () -> "expected error " + field + "/" + rule + " in " + text);
        return this;
    }

    /** Asserts a problem+json answer of this status and type suffix. */
    public Response expectProblemType(int expected, String type) {
        expectProblem(expected);
        assertEquals(PROBLEM_PREFIX + type, json().get("type").asText(), text);
        return this;
    }
}
