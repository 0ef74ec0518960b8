package vn.ishc.fund.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A plain HTTP/1.1 JSON client for benchmarks: what a treasurer's phone app would send. */
final class BenchClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    BenchClient(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    JsonNode send(String method, String path, String token, Object body, boolean idempotent) {
        try {
            String json = body == null ? null : JSON.writeValueAsString(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (idempotent) {
                b.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
            }
            return r.body().isEmpty() ? null : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary answer (a statement): its bytes. */
    byte[] download(String path, String token) {
        try {
            HttpRequest r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + token).GET().build();
            HttpResponse<byte[]> answer = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException("GET " + path + " -> " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode get(String path, String token) {
        return send("GET", path, token, null, false);
    }

    JsonNode post(String path, String token, Object body) {
        return send("POST", path, token, body, false);
    }

    JsonNode postMoney(String path, String token, Object body) {
        return send("POST", path, token, body, true);
    }

    String login(String username, String password) {
        return post("/api/v1/login", null, java.util.Map.of("username", username, "password", password))
                .get("access_token").asText();
    }
}
