// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Limits of profiling and checking. The defaults ({@link #defaults()}) keep a 5-million-row file within about half
 * a minute on two threads.
 *
 * @param exactDistinctLimit   fields with up to about this many distinct values get an exact distinct count, exact
 *                             top values and patterns counted over all values; above it the count is estimated,
 *                             top values are found by {@code approx_top_k} (and then counted exactly) and patterns
 *                             are counted in a sample
 * @param topValues            how many top values and patterns to keep per field
 * @param histogramBins        bins per histogram (before rounding the bounds)
 * @param patternSample        sample size for patterns of fields above the exact limit
 * @param memoryLimitMegabytes memory DuckDB may use; beyond it, it spills to {@code temporaryDirectory}
 * @param threads              threads DuckDB may use
 * @param temporaryDirectory   where DuckDB may spill; null for DuckDB's default ({@code .tmp} in the working
 *                             directory)
 */
public record ProfilingSettings(int exactDistinctLimit, int topValues, int histogramBins, int patternSample,
        int memoryLimitMegabytes, int threads, @Nullable Path temporaryDirectory) {

    /**
     * @throws IllegalArgumentException when a number is not positive
     */
    public ProfilingSettings {
        if (exactDistinctLimit < 1 || topValues < 1 || histogramBins < 1 || patternSample < 1
                || memoryLimitMegabytes < 1 || threads < 1) {
            throw new IllegalArgumentException("Every profiling limit must be positive.");
        }
    }

    /** 100,000 distinct values, top 10, 10 bins, a 100,000-value pattern sample, 512 MB, 2 threads. */
    public static ProfilingSettings defaults() {
        return new ProfilingSettings(100_000, 10, 10, 100_000, 512, 2, null);
    }

    /** These limits with other resources: DuckDB's memory and threads, and where it may spill. */
    public ProfilingSettings withResources(int memoryLimitMegabytes, int threads, @Nullable Path temporaryDirectory) {
        return new ProfilingSettings(exactDistinctLimit, topValues, histogramBins, patternSample, memoryLimitMegabytes,
                threads, temporaryDirectory);
    }
}
