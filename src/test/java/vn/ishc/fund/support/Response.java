package vn.ishc.fund.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An HTTP response with helpers for the assertions tests make again and again. */
public record Response(int status, String text, HttpHeaders headers) {

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

    public Response expect(int expected) {
        assertEquals(expected, status, () -> "HTTP status; body: " + text);
        return this;
    }

    /** Asserts a problem+json answer with this status, naming this field and rule among its errors. */
    public Response expectProblem(int expected, String field, String rule) {
        expect(expected);
        assertTrue(contentType().startsWith("application/problem+json"), "content type " + contentType());
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
        expect(expected);
        assertTrue(contentType().startsWith("application/problem+json"), "content type " + contentType());
        assertEquals("urn:ishc-fund:problem:" + type, json().get("type").asText(), text);
        return this;
    }
}
