// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;
import java.util.List;
import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * A {@code dcat:Dataset} as the catalogue describes it, with its current version (null until the first version has
 * been committed).
 *
 * @param tableName the name to use for this dataset in SQL
 */
public record Dataset(DatasetId id, String title, @Nullable String description, @Nullable String publisher,
        @Nullable String licence, List<String> keywords, AccessLevel accessLevel, String tableName,
        @Nullable DatasetVersion currentVersion, Instant createdAt, Instant modifiedAt) {

    public Dataset {
        keywords = List.copyOf(keywords);
    }
}
