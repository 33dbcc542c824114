// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which datasets a caller may read ({@link Authorization#readScope}), in a form every listing can filter on: a
 * dataset is readable iff its level is in {@code levels}, or its id is in {@code grantedDatasets} and its level is
 * not {@code vertrouwelijk}, or its id is in {@code accountGrants}. A SQL listing applies
 * {@code access_level in (levels) or (id in (grantedDatasets) and access_level <> 'vertrouwelijk')
 * or id in (accountGrants)}; the search index the same with terms.
 *
 * @param levels          the access levels whose every dataset the caller may read; never empty
 * @param grantedDatasets the datasets with any grant to the caller (account, group or organisation); these count for
 *                        every level but {@code vertrouwelijk}
 * @param accountGrants   the datasets with a grant to the caller's account (a subset of {@code grantedDatasets});
 *                        these count for every level
 */
public record ReadScope(Set<AccessLevel> levels, Set<UUID> grantedDatasets, Set<UUID> accountGrants) {

    public ReadScope {
        levels = Set.copyOf(levels);
        grantedDatasets = Set.copyOf(grantedDatasets);
        accountGrants = Set.copyOf(accountGrants);
    }

    /** Whether this scope includes a dataset of this id and level. */
    public boolean includes(UUID datasetId, AccessLevel level) {
        return levels.contains(level)
                || (level == AccessLevel.VERTROUWELIJK ? accountGrants : grantedDatasets).contains(datasetId);
    }

    /** Whether the caller may read every dataset, so that a listing needs no filter. */
    public boolean everything() {
        return levels.containsAll(EnumSet.allOf(AccessLevel.class));
    }
}
