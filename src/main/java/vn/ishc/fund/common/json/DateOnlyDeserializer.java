package vn.ishc.fund.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import vn.ishc.fund.common.time.PlausibleDates;

import java.io.IOException;
import java.time.LocalDate;

/**
 * A date is a JSON string {@code yyyy-MM-dd} and nothing else: no time ({@code 2026-12-03T10:00:00}
 * would silently lose it), no epoch-day number, no {@code [2026,12,3]} array, no {@code +12026}.
 * Rule {@code date}; a date outside 1900-2100 is {@code date-range}.
 */
final class DateOnlyDeserializer extends StdScalarDeserializer<LocalDate> {

    DateOnlyDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new JsonRuleException(p, LocalDate.class, "date");
        }
        LocalDate date = PlausibleDates.parse(p.getText());
        if (date == null) {
            throw new JsonRuleException(p, LocalDate.class, "date");
        }
        if (!PlausibleDates.inRange(date)) {
            throw new JsonRuleException(p, LocalDate.class, "date-range", PlausibleDates.EARLIEST, PlausibleDates.LATEST);
        }
        return date;
    }
}
