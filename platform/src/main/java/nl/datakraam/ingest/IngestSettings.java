// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.ingest.*}.
 *
 * @param duckdbMemoryLimit memory DuckDB may use while writing Parquet; beyond it, it spills to disk
 * @param duckdbThreads     threads DuckDB may use while writing Parquet
 * @param progressInterval  how often a running ingest writes its progress to the job record
 * @param duckdbReadsCsv    whether DuckDB reads and converts delimited text itself (one query from the raw file to
 *                          Parquet) where it reproduces Datakraam's own reading exactly; false always uses the Java
 *                          reader and the staging database, as does any file DuckDB cannot read the same way
 */
@Validated
@ConfigurationProperties("datakraam.ingest")
public record IngestSettings(@NotNull DataSize duckdbMemoryLimit, @Positive int duckdbThreads,
        @NotNull Duration progressInterval, @DefaultValue("true") boolean duckdbReadsCsv) {
}
