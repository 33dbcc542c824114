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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.FetchCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;

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
                    throw failed(FetchCode.REDIRECT_WITHOUT_LOCATION, current, Map.of("status", status));
                }
                if (redirects == FetchSettings.MAX_REDIRECTS) {
                    throw failed(FetchCode.TOO_MANY_REDIRECTS, url, Map.of("max", FetchSettings.MAX_REDIRECTS));
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw failed(FetchCode.REDIRECT_MALFORMED, current, Map.of());
                }
                continue;
            }
            if (status == 304) {
                closeQuietly(response.body());
                return new NotModified();
            }
            if (status != 200 && status != 203) {
                closeQuietly(response.body());
                throw failed(FetchCode.HTTP_STATUS, current, Map.of("status", status));
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
            throw failed(FetchCode.REQUEST_INVALID, url, Map.of("reason", String.valueOf(e.getMessage())));
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
            throw failed(FetchCode.CONNECT_TIMEOUT, url, Map.of("seconds",
                    seconds(client.connectTimeout().orElseThrow())));
        } catch (HttpTimeoutException e) {
            throw failed(FetchCode.READ_TIMEOUT, url, Map.of("seconds", seconds(readTimeout)));
        } catch (ConnectException e) {
            throw failed(FetchCode.CONNECTION_REFUSED, url, Map.of());
        } catch (IOException e) {
            throw failed(FetchCode.TRANSFER_FAILED, url, Map.of("reason", e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(FetchCode.SHUTTING_DOWN, url, Map.of());
        }
    }

    /** A failure while the body streams in, as the blob store reports it, in the words of {@link #get}. */
    static PlatformException whileReading(URI url, IOException e, long bytesRead, long maxBytes) {
        if (e instanceof GuardedBody.TooLarge) {
            return tooLarge(maxBytes);
        }
        if (e instanceof GuardedBody.Stalled stalled) {
            return failed(FetchCode.STALLED, url, Map.of("bytes", bytesRead, "seconds", stalled.seconds()));
        }
        return failed(FetchCode.BROKE_OFF, url, Map.of("bytes", bytesRead));
    }

    static PlatformException tooLarge(long maxBytes) {
        return new PlatformException(ErrorCode.FETCH_TOO_LARGE, FetchCode.TOO_LARGE,
                Map.of("maxFileSizeBytes", maxBytes, "maxMegabytes", maxBytes / (1024 * 1024)));
    }

    /**
     * @param code      what happened
     * @param url       where; the message shows it without its query string
     * @param arguments the code's other facts
     */
    static PlatformException failed(FetchCode code, URI url, Map<String, ?> arguments) {
        Map<String, Object> facts = new HashMap<>(arguments);
        facts.put("url", shown(url));
        return new PlatformException(ErrorCode.FETCH_FAILED, code, facts);
    }

    /** A URL as messages show it: without the query string, which may hold a key. */
    static String shown(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()) + path;
    }

    /** A timeout in seconds, as messages state it: whole seconds, or a fraction for timeouts under a minute. */
    private static Number seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() : duration.toMillis() / 1000.0;
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
