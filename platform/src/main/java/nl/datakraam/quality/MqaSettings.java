// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.quality.mqa.*}: metadata quality per the data.europa.eu MQA method.
 *
 * @param publicBaseUrl  the address the public reaches this Datakraam at, e.g. {@code https://data.provincie.nl};
 *                       the access and download URLs in the DCAT description start with it, and the reachability
 *                       check requests them. Empty: this server on loopback ({@code http://localhost:<port>}),
 *                       which proves the URLs answer but not that the public can reach them
 * @param connectTimeout longest wait for a connection when checking a URL
 * @param requestTimeout longest wait for the answer (status line and headers) of one check request
 * @param checkInterval  how often the scheduler looks for datasets to (re)assess
 * @param reassessAfter  an assessment older than this is repeated, so that reachability stays current; metadata
 *                       edits and new versions are reassessed at the next look regardless
 */
@Validated
@ConfigurationProperties("datakraam.quality.mqa")
public record MqaSettings(@Nullable String publicBaseUrl,
        @NotNull @DefaultValue("5s") Duration connectTimeout,
        @NotNull @DefaultValue("10s") Duration requestTimeout,
        @NotNull @DefaultValue("15m") Duration checkInterval,
        @NotNull @DefaultValue("1d") Duration reassessAfter) {
}
