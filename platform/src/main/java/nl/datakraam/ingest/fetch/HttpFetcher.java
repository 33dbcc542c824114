// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * One GET of a remote file, conditional when validators are given, following at most
 * {@value FetchSettings#MAX_REDIRECTS} redirects, each target checked by the {@link UrlGuard}. The body is not read
 * here: it comes back as a stream for the caller to copy to the blob store. Thread-safe.
 */
final class HttpFetcher implements AutoCloseable {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** What the server answered. */
    sealed interface Answer permits Body, NotModified {
    }

    /** 304: unchanged since the validators were issued. */
    record NotModified() implements Answer {
    }

    /**
     * 200: the file, to be read and closed by the caller.
     *
     * @param filename the name to ingest it under ({@link RemoteFileName})
     */
    record Body(String filename, GuardedBody content, @Nullable String etag, @Nullable String lastModified)
            implements Answer, AutoCloseable {
        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    private final HttpClient client;
    private final UrlGuard guard;
    private final Duration readTimeout;
    private final long maxBytes;
    private final ScheduledExecutorService watchdog;

    HttpFetcher(UrlGuard guard, Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this.guard = guard;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("fetch-watchdog").factory());
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * @param etag         sent as {@code If-None-Match} when not null
     * @param lastModified sent as {@code If-Modified-Since} when not null
     * @throws PlatformException {@link ErrorCode#FETCH_URL_REFUSED} for a URL or redirect the guard refuses,
     *     {@link ErrorCode#FETCH_TOO_LARGE} when the server announces a file over the limit, and
     *     {@link ErrorCode#FETCH_FAILED} for every other failure, with a sentence saying what happened
     */
    Answer get(URI url, @Nullable String etag, @Nullable String lastModified) {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            guard.check(current);
            HttpResponse<InputStream> response = send(current, etag, lastModified);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                closeQuietly(response.body());
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw failed(current, "answered " + status + " (a redirect) without saying where to");
                }
                if (redirects == FetchSettings.MAX_REDIRECTS) {
                    throw failed(url, "redirected more than " + FetchSettings.MAX_REDIRECTS + " times");
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw failed(current, "redirected to a malformed URL");
                }
                continue;
            }
            if (status == 304) {
                closeQuietly(response.body());
                return new NotModified();
            }
            if (status != 200 && status != 203) {
                closeQuietly(response.body());
                HttpStatus known = HttpStatus.resolve(status);
                throw failed(current, "answered HTTP " + status + (known == null ? "" : " " + known.getReasonPhrase()));
            }
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced > maxBytes) {
                closeQuietly(response.body());
                throw tooLarge(maxBytes);
            }
            String filename = RemoteFileName.of(response.headers().firstValue("Content-Disposition").orElse(null),
                    current, response.headers().firstValue("Content-Type").orElse(null));
            return new Body(filename, new GuardedBody(response.body(), maxBytes, readTimeout, watchdog),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    private HttpResponse<InputStream> send(URI url, @Nullable String etag, @Nullable String lastModified) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(url).timeout(readTimeout).header("User-Agent", "Datakraam").GET();
            if ("http".equalsIgnoreCase(url.getScheme())) {
                // no h2c upgrade attempt over plain HTTP: some servers and proxies answer it wrongly
                request.version(HttpClient.Version.HTTP_1_1);
            }
        } catch (IllegalArgumentException e) {
            throw failed(url, "cannot be requested (" + e.getMessage() + ")");
        }
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw failed(url, "could not be reached within " + seconds(client.connectTimeout().orElseThrow()));
        } catch (HttpTimeoutException e) {
            throw failed(url, "did not answer within " + seconds(readTimeout));
        } catch (ConnectException e) {
            throw failed(url, "refused the connection or could not be reached");
        } catch (IOException e) {
            throw failed(url, "could not be fetched: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(url, "was not fetched: the server is shutting down");
        }
    }

    /** A failure while the body streams in, as the blob store reports it, in the words of {@link #get}. */
    static PlatformException whileReading(URI url, IOException e, long bytesRead, long maxBytes) {
        if (e instanceof GuardedBody.TooLarge) {
            return tooLarge(maxBytes);
        }
        if (e instanceof GuardedBody.Stalled) {
            return failed(url, "stopped sending after " + bytesRead + " bytes (" + e.getMessage() + ")");
        }
        return failed(url, "broke off the transfer after " + bytesRead + " bytes");
    }

    static PlatformException tooLarge(long maxBytes) {
        return new PlatformException(ErrorCode.FETCH_TOO_LARGE, "The file is larger than the limit of "
                + maxBytes / (1024 * 1024) + " MB (datakraam.ingest.fetch.max-size, or the upload limit).",
                Map.of("maxFileSizeBytes", maxBytes));
    }

    static PlatformException failed(URI url, String what) {
        String shown = shown(url);
        return new PlatformException(ErrorCode.FETCH_FAILED, "The server at " + shown + " " + what + ".",
                Map.of("url", shown));
    }

    /** A URL as messages show it: without the query string, which may hold a key. */
    static String shown(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()) + path;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read from a body we do not use
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.close();
    }
}
