package vn.ishc.fund.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON from bytes must be well-formed UTF-8. Jackson's byte parser decodes leniently: the overlong
 * {@code C0 AF} becomes "/", which lets a slash (or a quote) past any check made on the bytes. Here the
 * bytes are checked by the JDK's strict decoder first, and a malformed body is {@link InvalidUtf8}.
 */
public final class StrictUtf8JsonFactory extends JsonFactory {

    public StrictUtf8JsonFactory(JsonFactory source) {
        super(source, source.getCodec());
    }

    @Override
    public JsonFactory copy() {
        return new StrictUtf8JsonFactory(this);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        requireUtf8(data, offset, len);
        return super._createParser(data, offset, len, ctxt);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        // read whole (bodies are bounded by micronaut.server.max-request-size), closed as Jackson would
        byte[] data = in.readAllBytes();
        if (ctxt.isResourceManaged()) {
            in.close();
        }
        requireUtf8(data, 0, data.length);
        return super._createParser(data, 0, data.length, ctxt);
    }

    static void requireUtf8(byte[] data, int offset, int len) throws InvalidUtf8 {
        boolean ascii = true;
        for (int i = offset; i < offset + len && ascii; i++) {
            ascii = data[i] >= 0;
        }
        if (ascii) {
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, offset, len));
        } catch (CharacterCodingException e) {
            throw new InvalidUtf8();
        }
    }

    /** The request body is not UTF-8 (rule {@code invalid-utf8}). */
    public static final class InvalidUtf8 extends JsonParseException {
        InvalidUtf8() {
            super((JsonParser) null, "the body is not well-formed UTF-8");
        }
    }
}
