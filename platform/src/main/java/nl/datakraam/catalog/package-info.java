// SPDX-License-Identifier: EUPL-1.2
/**
 * The catalogue: datasets, their versions and distributions (DCAT terms), and the metadata repository behind them.
 * {@link nl.datakraam.catalog.Catalog} is the facade other modules use; it returns records, filters every read by
 * what the caller may see (asking {@code access}), and commits a new version atomically. Every change publishes
 * {@link nl.datakraam.catalog.DatasetChanged}; {@code quality} pushes each dataset's latest MQA rating in through
 * {@link nl.datakraam.catalog.Catalog#recordQualityRating} (the catalogue never asks {@code quality}). Catalogue
 * search lives in {@code catalog.search} (Lucene; {@code GET /v1/search}, {@code /zoeken}). Does not read or write
 * data files; it only records where they are.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"access", "shared"})
package nl.datakraam.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
