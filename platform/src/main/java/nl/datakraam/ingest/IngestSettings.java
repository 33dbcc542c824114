// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.ingest.*}.
 *
 * @param duckdbMemoryLimit memory DuckDB may use while writing Parquet; beyond it, it spills to disk
 * @param duckdbThreads     threads DuckDB may use while writing Parquet
 * @param progressInterval  how often a running ingest writes its progress to the job record
 */
@Validated
@ConfigurationProperties("datakraam.ingest")
public record IngestSettings(@NotNull DataSize duckdbMemoryLimit, @Positive int duckdbThreads,
        @NotNull Duration progressInterval) {
}
