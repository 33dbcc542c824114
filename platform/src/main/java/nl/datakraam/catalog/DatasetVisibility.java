// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import nl.datakraam.access.ReadScope;

/**
 * Which datasets a caller may see in the catalogue, as {@link Catalog#visibility} derives it from the authorisation
 * service: those in the caller's {@link ReadScope}, and of those only the ones with data unless the caller may create
 * datasets (stewards see datasets whose first ingest is running or failed; nobody else does). Every listing applies
 * exactly this, the catalogue's own queries and the search index alike.
 *
 * @param scope       the datasets the caller may read: by access level, or by a grant
 * @param withoutData whether datasets without a current version are visible too
 */
public record DatasetVisibility(ReadScope scope, boolean withoutData) {
}
