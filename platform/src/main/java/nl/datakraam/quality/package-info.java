// SPDX-License-Identifier: EUPL-1.2
/**
 * Data quality of each dataset version: when a version is committed, a durable job profiles its Parquet file and runs
 * the checks ({@code libs/profiling}), and keeps the result with a summary (completeness, validity).
 * {@link nl.datakraam.quality.Quality} gives the report of a dataset's current version to anyone who may read the
 * dataset; {@code GET /v1/datasets/{id}/quality} serves it. Metadata quality per the data.europa.eu MQA method
 * ({@link nl.datakraam.quality.MetadataQuality}, calculator in {@code quality.mqa}, docs/mqa.md) is assessed in the
 * background after each version, after metadata edits and on a schedule, and kept as history. Does not yet compute
 * actualiteit or a catalogue-wide dashboard page, and does not block publication.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "storage", "jobs", "access", "shared"})
package nl.datakraam.quality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
