// SPDX-License-Identifier: EUPL-1.2
/**
 * The CKAN-compatible Action API, version 3, read subset ({@code /api/3/action/{action}}), so that CKAN clients,
 * harvesters and scripts read Datakraam's catalogue and data without glue. It speaks CKAN's words only here: a
 * package is a dataset, a resource a distribution of its current version, an organization a publishing
 * organisation, a group a thematic group, a tag a keyword. Every read goes through the catalogue's caller-aware
 * methods ({@code Catalog}, {@code CatalogSearch}) and the SQL sandbox ({@code QueryService}), so a dataset the
 * caller may not read is absent here exactly as everywhere (CKAN's {@code Not Found Error}). docs/ckan-api.md lists
 * the actions, the parameters and where the answers differ from CKAN's.
 */
@NullMarked
package nl.datakraam.publish.ckan;

import org.jspecify.annotations.NullMarked;
