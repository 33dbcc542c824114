// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * What another page (a dashboard) needs to know of a map it shows: it draws the map itself by emitting
 * {@code <div class="datalab-map" data-map-id="{id}">} and {@code /js/datalab-map.js}, which fetches the data as the
 * viewer.
 *
 * @param kind {@code features} or {@code choropleth}
 */
public record MapView(UUID id, String title, @Nullable String description, AccessLevel accessLevel, String kind) {
}
