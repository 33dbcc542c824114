// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.jobs.*}.
 *
 * @param threads           jobs run at the same time on this node
 * @param pollingInterval   how often the node looks for due jobs
 * @param heartbeatInterval how often a running job tells the store it is alive; a job whose node stopped is picked
 *                          up again after several missed heartbeats
 */
@Validated
@ConfigurationProperties("datakraam.jobs")
public record JobSettings(@Positive int threads, @NotNull Duration pollingInterval,
        @NotNull Duration heartbeatInterval) {
}
