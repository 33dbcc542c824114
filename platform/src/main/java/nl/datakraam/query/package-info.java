// SPDX-License-Identifier: EUPL-1.2
/**
 * Asking questions of data: read-only SQL over the datasets a caller may read, and pages of a dataset's rows, both
 * run by DuckDB over the versions' Parquet files in a sandbox (a fresh in-memory DuckDB per query, external access
 * disabled except for exactly the caller's files, configuration locked, one SELECT only whose parse tree names
 * nothing but the caller's views, limits on rows, time and memory). Also the SQL workbench ({@code /datalab/sql}):
 * paged answers, cancellable runs, exports, the list of readable tables and each caller's query history. Returns our
 * own records, never DuckDB types.
 * Saved queries ({@link nl.datakraam.query.SavedQueries}) and derived datasets
 * ({@link nl.datakraam.query.DerivedDatasets}): a query's whole answer ingested as a catalogue dataset, with lineage
 * per version, refreshed as its owner by a durable job when a source gets a new version.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "storage", "access", "ingest", "jobs", "shared"})
package nl.datakraam.query;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
