// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.ingest.fetch.*}: datasets fetched from a URL.
 *
 * @param connectTimeout        longest wait for a connection to the remote server
 * @param readTimeout           longest wait for the response headers, and longest pause while the body streams in
 * @param maxSize               largest file fetched; null means the upload limit
 *                              ({@code spring.servlet.multipart.max-file-size})
 * @param allowPrivateAddresses fetch from loopback, link-local and private addresses too; off by default so that a
 *                              URL cannot make the server reach into its own network (SSRF)
 * @param checkInterval         how often the scheduler looks for sources that are due
 */
@Validated
@ConfigurationProperties("datakraam.ingest.fetch")
public record FetchSettings(@NotNull Duration connectTimeout, @NotNull Duration readTimeout,
        @Nullable DataSize maxSize, boolean allowPrivateAddresses, @NotNull Duration checkInterval) {

    /** Redirects followed per fetch; each target is checked like the URL itself. */
    static final int MAX_REDIRECTS = 5;
}
