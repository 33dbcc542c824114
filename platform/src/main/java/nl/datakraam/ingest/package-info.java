// SPDX-License-Identifier: EUPL-1.2
/**
 * Bringing data in: an upload (HTML form, REST or the command line, all through
 * {@link nl.datakraam.ingest.IngestService}) is kept unaltered in the blob store, registered in the catalogue, and
 * turned into a new dataset version by a durable ingest job: sniff the dialect, infer the Table Schema over the
 * whole file ({@code libs/tabular}), write Parquet and a clean CSV through DuckDB, commit the version atomically.
 * A failure leaves the previous version current and the job failed with a message naming line and field.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "storage", "jobs", "access", "shared"})
package nl.datakraam.ingest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
