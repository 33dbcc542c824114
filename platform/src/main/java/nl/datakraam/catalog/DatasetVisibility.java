// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.Set;
import nl.datakraam.access.AccessLevel;

/**
 * Which datasets a caller may see in the catalogue, as {@link Catalog#visibility} derives it from the authorisation
 * service: those of a readable access level, and of those only the ones with data unless the caller may upload
 * (stewards see datasets whose first ingest is running or failed; nobody else does). Every listing applies exactly
 * this, the catalogue's own queries and the search index alike.
 *
 * @param accessLevels the access levels the caller may read; never empty
 * @param withoutData  whether datasets without a current version are visible too
 */
public record DatasetVisibility(Set<AccessLevel> accessLevels, boolean withoutData) {

    public DatasetVisibility {
        accessLevels = Set.copyOf(accessLevels);
    }
}
