// SPDX-License-Identifier: EUPL-1.2
/**
 * Asking questions of data: read-only SQL over the datasets a caller may read, and pages of a dataset's rows, both
 * run by DuckDB over the versions' Parquet files in a sandbox (a fresh in-memory DuckDB per query, external access
 * disabled except for exactly the caller's files, configuration locked, one SELECT only whose parse tree names
 * nothing but the caller's views, limits on rows, time and memory). Also the SQL workbench ({@code /datalab/sql}):
 * paged answers, cancellable runs, exports, the list of readable tables and each caller's query history. Returns our
 * own records, never DuckDB types.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "storage", "access", "shared"})
package nl.datakraam.query;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
