// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.search.*}.
 *
 * @param enabled       whether this process keeps a search index; off for the {@code import} command
 * @param directory     the Lucene index folder; always rebuildable from the metadata store, so safe to delete
 * @param checkInterval how often the index compares itself with the metadata store and rebuilds when another
 *                      process (the import command, another node) changed the catalogue
 * @param synonymsFile  an own synonym list (Solr format, UTF-8) instead of the built-in one; empty for built-in
 */
@Validated
@ConfigurationProperties("datakraam.search")
public record SearchSettings(boolean enabled, @NotNull Path directory, @NotNull Duration checkInterval,
        @Nullable Path synonymsFile) {
}
