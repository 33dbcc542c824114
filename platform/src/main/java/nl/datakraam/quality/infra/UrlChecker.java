// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.datakraam.quality.mqa.Reachability;

/**
 * Checks whether a URL answers an anonymous request, for the MQA's accessURL and downloadURL indicators: an HTTP
 * {@code HEAD}, and when that fails or answers 4xx/5xx (some servers refuse HEAD) a {@code GET} with
 * {@code Range: bytes=0-0}, whose body is not read. Redirects are followed (not from https to http); a 2xx or 3xx
 * final status is reachable. Each request is bounded by the connect and request timeouts. Thread-safe.
 */
class UrlChecker {

    private static final String AGENT = "Datakraam-MQA/1 (metadata quality check)";

    private final HttpClient http;
    private final Duration requestTimeout;

    UrlChecker(Duration connectTimeout, Duration requestTimeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.requestTimeout = requestTimeout;
    }

    /** Never throws; an interrupted check is reported unreachable and the interrupt flag kept. */
    Reachability check(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Reachability.unreachable(url, null, "not a valid URL");
        }
        String headFailure;
        try {
            int status = http.send(request(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (reachable(status)) {
                return Reachability.reachable(url, status);
            }
            headFailure = "HEAD answered " + status;
        } catch (IOException e) {
            headFailure = "HEAD failed: " + describe(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reachability.unreachable(url, null, "interrupted");
        }
        try {
            HttpResponse<InputStream> response = http.send(request(uri).header("Range", "bytes=0-0").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            int status = response.statusCode();
            return reachable(status) ? Reachability.reachable(url, status)
                    : Reachability.unreachable(url, status, headFailure + "; GET answered " + status);
        } catch (IOException e) {
            return Reachability.unreachable(url, null, headFailure + "; GET failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reachability.unreachable(url, null, "interrupted");
        }
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", AGENT);
    }

    private static boolean reachable(int status) {
        return status >= 200 && status < 400;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " "
                + e.getMessage();
    }
}
