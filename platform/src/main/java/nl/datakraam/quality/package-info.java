// SPDX-License-Identifier: EUPL-1.2
/**
 * Data quality of each dataset version: when a version is committed, a durable job profiles its Parquet file and runs
 * the checks ({@code libs/profiling}), and keeps the result with a summary (completeness, validity) and a data quality
 * score (completeness, validity, uniqueness, timeliness; {@code model.DataQualityFormula}, stored per assessment).
 * Actualiteit: from a dataset's declared update frequency and when its data last arrived, {@code model.DueDates}
 * sets a due date and flags overdue datasets. Metadata quality per the data.europa.eu MQA method
 * ({@link nl.datakraam.quality.MetadataQuality}, calculator in {@code quality.mqa}, docs/mqa.md) is assessed in the
 * background after each version, after metadata edits and on a schedule, and kept as history.
 * {@link nl.datakraam.quality.Quality} gives the report of a dataset's current version, its actualiteit, its MQA and
 * the overdue datasets to anyone who may read them; {@code GET /v1/datasets/{id}/quality}, {@code /v1/quality/overdue},
 * {@code /v1/quality/catalog} and the pages {@code /achterstallig}, {@code /kwaliteit/formule} and
 * {@code /kwaliteit/mqa} serve them. {@link nl.datakraam.quality.QualityDashboard} aggregates all of it over the
 * datasets a caller may see, per organisation: the page {@code /kwaliteit}, {@code GET /v1/quality/dashboard} and
 * its CSV ({@code docs/quality-dashboard.md}). Does not block publication.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "storage", "jobs", "access", "shared"})
package nl.datakraam.quality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
