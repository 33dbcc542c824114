// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a dataset when it is registered, before its first version is committed.
 *
 * @param title          human title; also the seed of the SQL table name and of the slug
 * @param createdBy      caller id, for audit
 * @param organisationId the publishing organisation; null for the configured default organisation
 */
public record NewDataset(String title, @Nullable String description, AccessLevel accessLevel, String createdBy,
        @Nullable String organisationId) {

    /** A dataset of the default organisation. */
    public NewDataset(String title, @Nullable String description, AccessLevel accessLevel, String createdBy) {
        this(title, description, accessLevel, createdBy, null);
    }
}
