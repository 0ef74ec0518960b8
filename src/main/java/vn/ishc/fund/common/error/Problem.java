package vn.ishc.fund.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** RFC 9457 problem details, with per-field errors. */
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Error> errors) {

    public static final String TYPE_PREFIX = "urn:ishc-fund:problem:";

    /** One broken rule: the field (JSON path, or null for the whole request), the rule's code and a message. */
    @Introspected
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String field, String rule, String message) {
    }
}
