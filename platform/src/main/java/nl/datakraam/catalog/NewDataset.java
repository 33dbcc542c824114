// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a dataset when it is registered, before its first version is committed.
 *
 * @param title       human title; also the seed of the SQL table name
 * @param createdBy   caller id, for audit
 */
public record NewDataset(String title, @Nullable String description, AccessLevel accessLevel, String createdBy) {
}
