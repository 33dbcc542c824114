// SPDX-License-Identifier: EUPL-1.2
/**
 * Harvesting external catalogues into ours (issue 8, "relevante externe datasets beschikbaar stellen"): sources of
 * kind {@code ckan} (a CKAN Action API, {@code package_search} paged with {@code rows}/{@code start}) and
 * {@code dcat} (a DCAT endpoint in Turtle, RDF/XML or JSON-LD, paged with Hydra {@code hydra:next} /
 * {@code hydra:nextPage}, or unpaged), harvested on a schedule per source and on demand. Each record becomes a
 * metadata-only dataset of the catalogue ({@link nl.datakraam.catalog.Harvest}), through the same DCAT mapping and
 * metadata patch as an upload's metadata ({@link nl.datakraam.catalog.DcatRdf#read},
 * {@link nl.datakraam.catalog.MetadataPatches}). docs/harvest.md has the decisions (non-public records, records gone
 * from the source, unknown licences).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "access", "shared", "ingest::fetch"})
package nl.datakraam.harvest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
