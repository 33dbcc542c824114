// SPDX-License-Identifier: EUPL-1.2
/**
 * The public side of the catalogue: the HTML catalogue and dataset pages, and downloads of each version's
 * distributions. Every page and file goes through the catalogue's access-filtered reads, so a dataset the caller
 * may not see is a 404 here as everywhere. The CKAN-compatible Action API is in {@code publish.ckan} (catalogue
 * search through {@code catalog::search}), OGC API Features in {@code publish.ogc}, and the public DCAT feed, the
 * schema.org descriptions and the sitemap in {@code publish.dcat}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "catalog::search", "query", "quality", "privacy", "storage", "jobs",
    "access", "shared"})
package nl.datakraam.publish;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
