// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running application, as an API user would call it. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final @Nullable String token;
    private final @Nullable String language;

    public ApiClient(int port, @Nullable String token) {
        this(port, token, null);
    }

    private ApiClient(int port, @Nullable String token, @Nullable String language) {
        this.base = "http://localhost:" + port;
        this.token = token;
        this.language = language;
    }

    public ApiClient anonymous() {
        return new ApiClient(port(), null, language);
    }

    /** The same client, asking for answers in {@code language} ({@code Accept-Language}), e.g. {@code en}. */
    public ApiClient inLanguage(String language) {
        return new ApiClient(port(), token, language);
    }

    private int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET} with an {@code Accept} header, for content negotiation. */
    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with extra request headers, given as name, value, name, value … */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path).headers(headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code PUT} a JSON body, e.g. the grants of {@code /v1/datasets/{id}/grants}. */
    public HttpResponse<String> putJson(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code PATCH} a JSON Merge Patch (RFC 7396), e.g. metadata of {@code /v1/datasets/{id}}. */
    public HttpResponse<String> patchMerge(String path, String body) {
        return send(request(path).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST} a body as it is, declared as {@code contentType} (e.g. {@code text/turtle}). */
    public HttpResponse<String> postBody(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST} a body as it is, declared as JSON. */
    public HttpResponse<String> postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST} a multipart form with one file part named {@code file} and text parts. */
    public HttpResponse<String> upload(String path, Path file, Map<String, String> fields) {
        String boundary = "----datakraam" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads through {@code POST /v1/datasets} and waits for the ingest job; returns the finished job. */
    public JsonNode importFile(Path file, String title, String accessLevel) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("accessLevel", accessLevel);
        HttpResponse<String> response = upload("/v1/datasets", file, fields);
        if (response.statusCode() != 202) {
            throw new AssertionError("upload of " + file + " answered " + response.statusCode() + ": " + response.body());
        }
        return awaitJob(json(response).get("jobId").asString());
    }

    /** Polls {@code GET /v1/jobs/{id}} until the job has finished (a safety limit, not a performance goal). */
    public JsonNode awaitJob(String jobId) {
        return awaitJob(jobId, "succeeded", "failed", "cancelled");
    }

    /** Polls {@code GET /v1/jobs/{id}} until the job has one of {@code statuses}. */
    public JsonNode awaitJob(String jobId, String... statuses) {
        return poll(() -> {
            JsonNode job = json(get("/v1/jobs/" + jobId));
            return java.util.List.of(statuses).contains(job.get("status").asString()) ? job : null;
        }, "job " + jobId + " did not finish");
    }

    /**
     * Polls {@code GET /v1/datasets/{id}/privacy-findings} until the privacy scan of the current version has finished
     * (a safety limit, not a performance goal), and returns the report. The publication gate refuses a version not
     * yet scanned, so a test that publishes right after an import waits for this first. Needs a caller who may see
     * the findings (the beheerder, the dataset's steward, the functionaris gegevensbescherming).
     */
    public JsonNode awaitPrivacyScan(String datasetId) {
        return poll(() -> {
            HttpResponse<String> response = get("/v1/datasets/" + datasetId + "/privacy-findings");
            if (response.statusCode() != 200) {
                throw new AssertionError("privacy findings of " + datasetId + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            JsonNode report = json(response);
            return report.get("scanned").asBoolean() ? report : null;
        }, "the privacy scan of " + datasetId + " did not finish");
    }

    /**
     * Asks every 100 ms until {@code ask} answers (not null), for at most 3 minutes (a safety limit, not a performance
     * goal); then fails with {@code failure}.
     */
    private static JsonNode poll(java.util.function.Supplier<@org.jspecify.annotations.Nullable JsonNode> ask,
            String failure) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            JsonNode answer = ask.get();
            if (answer != null) {
                return answer;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(failure);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
