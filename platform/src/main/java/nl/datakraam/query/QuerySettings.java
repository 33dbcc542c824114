// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.query.*}.
 *
 * @param rowLimit    most rows one query returns; more are cut off and the result is marked truncated
 * @param timeout     a query running longer is cancelled
 * @param memoryLimit memory one query may use in DuckDB
 * @param threads     DuckDB threads per query
 * @param maxConcurrent queries running at once on this node
 * @param queueTimeout  how long a query waits for a free slot before it is refused with 503
 * @param maxResultSize largest answer one query may give (its values as text)
 * @param exportRowLimit most rows an exported answer ({@code POST /v1/query/export}) may hold; XLSX holds at most
 *                       1,048,575 whatever this says
 */
@Validated
@ConfigurationProperties("datakraam.query")
public record QuerySettings(@Positive int rowLimit, @NotNull Duration timeout, @NotNull DataSize memoryLimit,
        @Positive int threads, @Positive int maxConcurrent, @NotNull Duration queueTimeout,
        @NotNull DataSize maxResultSize, @Positive long exportRowLimit) {
}
