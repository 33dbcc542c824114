// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import nl.datakraam.ingest.fetch.FetchSettings;
import nl.datakraam.ingest.fetch.UrlGuard;
import nl.datakraam.shared.HarvestCode;
import nl.datakraam.shared.PlatformException;
import org.springframework.stereotype.Component;

/**
 * Reads one page of a source over HTTP(S): every URL, redirect targets included, passes the URL fetch's
 * {@link UrlGuard} (no internal addresses unless the operator allows them).
 */
@Component
class SourceClient {

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final UrlGuard guard;
    private final HarvestSettings settings;

    SourceClient(HarvestSettings settings, FetchSettings fetch) {
        this.settings = settings;
        this.guard = new UrlGuard(fetch.allowPrivateAddresses());
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A page as read: where from (after redirects), its media type (without parameters) and its text. */
    record Page(String url, String mediaType, String body) {
    }

    /**
     * The page at {@code url}, asking for {@code accept}.
     *
     * @throws HarvestFailure {@link HarvestCode#UNREACHABLE} for a URL refused by the guard, a host that does not
     *     answer or a timeout; {@link HarvestCode#HTTP_STATUS} for an answer of 400 or over
     */
    Page get(String url, String accept) throws HarvestFailure {
        String current = url;
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            URI uri;
            try {
                uri = guard.parse(current);
            } catch (PlatformException e) {
                throw new HarvestFailure(HarvestCode.UNREACHABLE, Map.of("url", shown(current), "reason",
                        e.getMessage()));
            }
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                        .header("Accept", accept).header("User-Agent", "Datakraam-harvester").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                throw new HarvestFailure(HarvestCode.UNREACHABLE, Map.of("url", shown(current), "reason",
                        "no answer within " + settings.readTimeout().toSeconds() + " s"));
            } catch (IOException e) {
                throw new HarvestFailure(HarvestCode.UNREACHABLE, Map.of("url", shown(current), "reason",
                        String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HarvestFailure(HarvestCode.UNREACHABLE, Map.of("url", shown(current), "reason",
                        "interrupted"));
            }
            int status = response.statusCode();
            var location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                current = uri.resolve(location.get()).toString();
                continue;
            }
            if (status >= 300) {
                throw new HarvestFailure(HarvestCode.HTTP_STATUS, Map.of("url", shown(current), "status", status));
            }
            String type = response.headers().firstValue("Content-Type").orElse("").split(";", 2)[0].strip();
            return new Page(current, type, response.body());
        }
        throw new HarvestFailure(HarvestCode.UNREACHABLE, Map.of("url", shown(url), "reason",
                "more than " + MAX_REDIRECTS + " redirects"));
    }

    /** A URL without its query string, which may hold a key; as messages show it. */
    static String shown(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
