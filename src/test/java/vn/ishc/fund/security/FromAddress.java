package vn.ishc.fund.security;

import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Logins sent from a chosen loopback address (127.x.y.z, all of which reach the local server on
 * Linux), so tests see the service count failures per client address. The JDK's HttpClient cannot
 * choose its source address, so this writes one HTTP/1.1 request on a socket of its own.
 */
final class FromAddress {

    private final URI server;
    private final String source;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private FromAddress(URI server, String source) {
        this.server = server;
        this.source = source;
    }

    static FromAddress of(URI server, String source) {
        return new FromAddress(server, source);
    }

    FromAddress header(String name, String value) {
        FromAddress copy = new FromAddress(server, source);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    Response login(String username, String password) {
        try {
            return post("/api/v1/login", Api.JSON.writeValueAsString(Map.of("username", username, "password", password)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\n")
                .append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
            body = unchunk(body);
        }
        return new Response(status, body, HttpHeaders.of(headers, (k, v) -> true));
    }

    private static String unchunk(String chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked.getBytes(StandardCharsets.UTF_8));
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                size.append((char) c);
            }
            int n = Integer.parseInt(size.toString().trim().split(";")[0], 16);
            if (n == 0) {
                return out.toString(StandardCharsets.UTF_8);
            }
            out.write(in.readNBytes(n));
            in.skip(2);
        }
    }
}
