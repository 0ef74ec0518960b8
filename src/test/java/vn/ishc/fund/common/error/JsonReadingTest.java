package vn.ishc.fund.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ishc.fund.club.ClubDtos.CreateClub;
import vn.ishc.fund.fund.FundDtos;
import vn.ishc.fund.support.TestApp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the service's own ObjectMapper (application.yml and common/json) reads request bodies, and the
 * field and rule each refusal names.
 */
class JsonReadingTest {

    private static ObjectMapper json;

    @BeforeAll
    static void mapper() {
        json = TestApp.bean(ObjectMapper.class);
    }

    private static String transfer(String fund, String direction) {
        return "{\"fund\":" + fund + ",\"direction\":" + direction + ",\"amount\":5000,\"date\":\"2025-01-31\"}";
    }

    private static ApiException.FieldError refusal(String body, Class<?> type) {
        return refusal(body.getBytes(StandardCharsets.UTF_8), type);
    }

    private static ApiException.FieldError refusal(byte[] body, Class<?> type) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(body, type));
        return RequestBindingErrors.fromJackson(e);
    }

    private static void assertRefused(String field, String rule, ApiException.FieldError error) {
        assertEquals(field + "/" + rule, error.field() + "/" + error.rule());
    }

    @Test
    void enumsAreReadByNameOnly() throws IOException {
        FundDtos.Transfer ok = json.readValue(transfer("\"IGF\"", "\"BANK_TO_CASH\""), FundDtos.Transfer.class);
        assertEquals(FundDtos.Direction.BANK_TO_CASH, ok.direction());
        assertRefused("direction", "enum", refusal(transfer("\"IGF\"", "1"), FundDtos.Transfer.class));
        assertRefused("direction", "enum", refusal(transfer("\"IGF\"", "0"), FundDtos.Transfer.class));
        assertRefused("direction", "enum", refusal(transfer("\"IGF\"", "\"1\""), FundDtos.Transfer.class));
        assertRefused("fund", "enum", refusal(transfer("1", "\"CASH_TO_BANK\""), FundDtos.Transfer.class));
        assertRefused("fund", "enum", refusal(transfer("1.0", "\"CASH_TO_BANK\""), FundDtos.Transfer.class));
        assertEquals("CASH_TO_BANK, BANK_TO_CASH", refusal(transfer("\"IGF\"", "1"), FundDtos.Transfer.class).args()[0]);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        assertRefused("amount", "duplicate-field",
                refusal("{\"fund\":\"IGF\",\"direction\":\"CASH_TO_BANK\",\"amount\":-5,\"amount\":5000,\"date\":\"2025-01-31\"}",
                        FundDtos.Transfer.class));
        assertRefused("lines[1].fee", "duplicate-field", refusal("{\"date\":\"2025-01-31\",\"lines\":["
                + "{\"memberId\":1,\"fee\":5000},{\"memberId\":2,\"fee\":5000,\"fee\":1}]}", FundDtos.Meeting.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-12-03T10:00:00\"", "\"2026-12-03T00:00:00Z\"", "\"2026-12-03 10:00\"", "\"2026-12-3\"",
            "\"03/12/2026\"", "\"2026-02-30\"", "\"+2026-12-03\"", "20261203", "20000", "[2026,12,3]", "true", "\"\"", "{}"})
    void aDateIsADateOnly(String date) {
        assertRefused("date", "date", refusal(transfer("\"IGF\"", "\"CASH_TO_BANK\"").replace("\"2025-01-31\"", date),
                FundDtos.Transfer.class));
    }

    @ParameterizedTest
    @CsvSource({"0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"})
    void aDateOutside1900To2100IsRefused(String date) {
        ApiException.FieldError e = refusal(transfer("\"IGF\"", "\"CASH_TO_BANK\"").replace("2025-01-31", date),
                FundDtos.Transfer.class);
        assertRefused("date", "date-range", e);
        assertEquals(LocalDate.of(1900, 1, 1), e.args()[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\\u0000|control-character", "Quỹ\\u0007|control-character",
            "\\u001b[2J|control-character", "a\\u007fb|control-character", "\\u0085|control-character",
            "\\uD800|invalid-unicode", "x\\uDFFFy|invalid-unicode"})
    void controlCharactersAndBrokenUnicodeAreRefused(String escaped, String rule) {
        String body = "{\"date\":\"2025-01-31\",\"description\":\"" + escaped + "\",\"lines\":[{\"memberId\":1,\"fee\":1000}]}";
        assertRefused("description", rule, refusal(body, FundDtos.Meeting.class));
    }

    @Test
    void textIsComposedAndKeepsItsLines() throws IOException {
        String nfd = Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFD);
        String body = "{\"name\":\"" + nfd + "\",\"kind\":\"INDIVIDUAL\",\"note\":\"dòng 1\\n\\tdòng 2\"}";
        vn.ishc.fund.club.DonorDtos.CreateDonor donor = json.readValue(body, vn.ishc.fund.club.DonorDtos.CreateDonor.class);
        assertEquals("Nguyễn Thị Lan", donor.name());
        assertEquals(Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFC), donor.name());
        assertEquals("dòng 1\n\tdòng 2", donor.note());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "true", "false", "1.5", "-0", "\"x\"", "[]", "[{}]"})
    void aBodyThatIsNotAnObjectIsRefused(String body) {
        assertRefused("null", "body-object", refusal(body, CreateClub.class));
        assertRefused("null", "body-object", refusal(body, FundDtos.Transfer.class));
    }

    @Test
    void aNestedObjectGivenAsAScalarNamesItsPlace() {
        assertRefused("lines[0]", "object", refusal("{\"date\":\"2025-01-31\",\"lines\":[5]}", FundDtos.Meeting.class));
        assertRefused("lines[1]", "object",
                refusal("{\"date\":\"2025-01-31\",\"lines\":[{\"memberId\":1,\"fee\":1},\"x\"]}", FundDtos.Meeting.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "C1BF", "E080AF", "F08080AF", "80", "BF", "C3", "E1BB", "EDA080", "F4908080", "F8888080", "FE", "FF"})
    void malformedUtf8IsRefusedNotDecoded(String hex) throws IOException {
        byte[] bytes = clubWithNameBytes(HexFormat.of().parseHex(hex));
        assertRefused("null", "invalid-utf8", refusal(bytes, CreateClub.class));
        JsonProcessingException viaStream = assertThrows(JsonProcessingException.class,
                () -> json.readValue(new ByteArrayInputStream(bytes), CreateClub.class));
        assertRefused("null", "invalid-utf8", RequestBindingErrors.fromJackson(viaStream));
    }

    @Test
    void wellFormedUtf8IsRead() throws IOException {
        byte[] bytes = clubWithNameBytes("ễ🌾".getBytes(StandardCharsets.UTF_8));
        assertEquals("Aễ🌾B", json.readValue(bytes, CreateClub.class).name());
        assertEquals("Aễ🌾B", json.readValue(new ByteArrayInputStream(bytes), CreateClub.class).name());
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("ễ"));
    }

    /** A club body whose name is A, these raw bytes, B. */
    private static byte[] clubWithNameBytes(byte[] middle) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("{\"code\":\"X1\",\"name\":\"A".getBytes(StandardCharsets.US_ASCII));
        out.write(middle);
        out.write("B\",\"communeId\":1,\"foundedOn\":\"2020-01-01\"}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
