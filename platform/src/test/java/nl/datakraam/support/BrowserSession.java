// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does with the HTML interface: keeps cookies, reads the CSRF token from each form, posts forms.
 * No JavaScript.
 */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /** Signs in through the form at {@code /inloggen}; returns the response to the form post. */
    public HttpResponse<String> signIn(String username, String password) {
        String token = csrfOf(get("/inloggen").body());
        return postForm("/inloggen", Map.of("username", username, "password", password, "_csrf", token));
    }

    /** Posts the form on the page at {@code path} to the same path, with its CSRF token and {@code fields}. */
    public HttpResponse<String> submitForm(String path, Map<String, String> fields) {
        var all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrfOf(get(path).body()));
        return postForm(path, all);
    }

    /** Posts to {@code actionPath} with the CSRF token of the page at {@code pagePath} and {@code fields}. */
    public HttpResponse<String> submitFormFrom(String pagePath, String actionPath, Map<String, String> fields) {
        var all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrfOf(get(pagePath).body()));
        return postForm(actionPath, all);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts the upload form of {@code formPath} with the file and text fields, CSRF token included. */
    public HttpResponse<String> upload(String formPath, Path file, Map<String, String> fields) throws IOException {
        String token = csrfOf(get(formPath).body());
        String boundary = "----browser" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + formPath))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /**
     * Sends a JSON request as a page's script does: with the session's cookie, {@code Accept: application/json} and,
     * when {@code csrfToken} is not null, the CSRF token in header {@code X-CSRF-TOKEN}.
     *
     * @param body the JSON body; null for none
     */
    public HttpResponse<String> sendJson(String method, String path, @org.jspecify.annotations.Nullable String body,
            @org.jspecify.annotations.Nullable String csrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request.build());
    }

    private static String csrfOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in the form");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
