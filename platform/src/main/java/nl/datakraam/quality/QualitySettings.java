// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.quality.*}.
 *
 * @param duckdbMemoryLimit memory DuckDB may use while profiling and checking one version; beyond it, it spills to
 *                          the blob store's {@code tmp/}
 * @param duckdbThreads     threads DuckDB may use for it
 * @param timelinessCheckInterval how often the timeliness of every dataset is judged again against the clock, so
 *                          that the data quality history shows a dataset falling behind (a point only when its
 *                          score changes); daily by default
 */
@Validated
@ConfigurationProperties("datakraam.quality")
public record QualitySettings(@NotNull @DefaultValue("512MB") DataSize duckdbMemoryLimit,
        @Positive @DefaultValue("2") int duckdbThreads,
        @NotNull @DefaultValue("1d") Duration timelinessCheckInterval) {
}
