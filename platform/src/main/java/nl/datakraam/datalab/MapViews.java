// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.access.Caller;
import org.springframework.stereotype.Service;

/**
 * The maps a caller may see, for pages that embed them (dashboards). Seeing a map is not reading its data: the data
 * is read as the viewer when the map is drawn ({@code GET /v1/maps/{id}/geojson}).
 */
@Service
public class MapViews {

    private final Maps maps;

    MapViews(Maps maps) {
        this.maps = maps;
    }

    /** The map, if it exists and the caller may see it ({@link Maps#visible}); empty otherwise. */
    public Optional<MapView> find(UUID id, Caller caller) {
        return maps.find(id, caller).map(SavedMap::view);
    }

    /** Every map the caller may see, by title. */
    public List<MapView> visible(Caller caller) {
        return maps.visible(caller).stream().map(SavedMap::view).toList();
    }
}
