// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.time.Instant;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * A saved map: who may see it ({@code accessLevel}: {@code openbaar} anyone, {@code intern} staff,
 * {@code vertrouwelijk} its owner and the beheerder) and what it shows.
 *
 * @param owner the account that made it; it and the beheerder may change it
 */
public record SavedMap(UUID id, String title, @Nullable String description, AccessLevel accessLevel, String owner,
        MapSpec spec, Instant createdAt, Instant modifiedAt) {

    MapView view() {
        return new MapView(id, title, description, accessLevel, spec.kind());
    }
}
