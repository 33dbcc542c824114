// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

/**
 * A file could not be profiled or checked: it is missing, not Parquet, or DuckDB failed (for example out of memory
 * with nowhere to spill). The message names the file and gives DuckDB's reason.
 */
public class ProfilingException extends RuntimeException {

    ProfilingException(String message, Throwable cause) {
        super(message, cause);
    }
}
