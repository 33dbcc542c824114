// SPDX-License-Identifier: EUPL-1.2
/**
 * The anonymisation toolkit (issue 9), Spring-free: an {@link nl.datakraam.privacy.anonymise.AnonymisationPlan}
 * (operations per field, k-anonymity over quasi-identifiers) is turned by
 * {@link nl.datakraam.privacy.anonymise.Anonymiser} into one DuckDB SELECT over a Parquet file, whose result is
 * previewed (k reached, rows suppressed, information lost, sample rows) or written as a new Parquet file. DuckDB is
 * used through {@code java.sql} only. Keyed pseudonyms are HMAC-SHA-256 under a {@link
 * nl.datakraam.privacy.anonymise.PseudonymKey} held outside the data; DuckDB has no HMAC, so the pseudonyms of a
 * field's distinct values are computed here and joined. {@link nl.datakraam.privacy.anonymise.SmallCellSuppression}
 * protects aggregated tables (primary and secondary suppression). See {@code docs/anonymisation.md} for the methods
 * and their sources.
 */
@NullMarked
package nl.datakraam.privacy.anonymise;

import org.jspecify.annotations.NullMarked;
