// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.harvest.*}: harvesting external catalogues. Which hosts may be harvested from is the URL fetch's
 * rule ({@code datakraam.ingest.fetch.allow-private-addresses}).
 *
 * @param checkInterval  how often the scheduler looks for sources that are due
 * @param connectTimeout longest wait for a connection to the source
 * @param readTimeout    longest wait for one page
 * @param maxPages       pages read per harvest at most
 * @param pageSize       CKAN {@code rows} per page, unless the source URL names its own
 */
@Validated
@ConfigurationProperties("datakraam.harvest")
public record HarvestSettings(@NotNull Duration checkInterval, @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout, @Positive int maxPages, @Positive int pageSize) {
}
