// SPDX-License-Identifier: EUPL-1.2
/**
 * Catalogue search, part of the {@code catalog} module: a Lucene index on local disk, always rebuildable from the
 * metadata store ({@link nl.datakraam.catalog.search.CatalogSearch}), with Dutch analysis (Snowball Dutch stemming,
 * stop words, folded diacritics, compound heads, a maintained synonym list; {@code DutchAnalysis}), facet counts from
 * doc values, typo tolerance when the words as written find nothing, and marked snippets ({@code Snippets}).
 * Results and facet counts are limited to what {@link nl.datakraam.catalog.Catalog#visibility} allows the caller,
 * which asks the one authorisation service. One dataset becomes one {@code SearchDocument}, built in
 * {@code SearchDocument.of} from the catalogue's public types: add a field there (and to
 * {@code SearchIndex.toLucene}) to make it searchable. Served by {@code GET /v1/search} and the page
 * {@code /zoeken} ({@code web}), and by the CKAN API's {@code package_search} ({@code publish}, through this
 * package's named interface {@code catalog::search}). Does not read data files; searches metadata only.
 */
@NullMarked
@NamedInterface("search")
package nl.datakraam.catalog.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
