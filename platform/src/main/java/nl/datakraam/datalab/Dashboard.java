// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * A stored dashboard: a grid of items in order. An {@code openbaar} dashboard holds only openbaar items (checked when
 * saved); whatever its level, each item's data is fetched as the viewer.
 */
public record Dashboard(UUID id, String owner, String title, @Nullable String description, AccessLevel accessLevel,
        List<DashboardItem> items, Instant createdAt, Instant modifiedAt) {

    public Dashboard {
        items = List.copyOf(items);
    }
}
