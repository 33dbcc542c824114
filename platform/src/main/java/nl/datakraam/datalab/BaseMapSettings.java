// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code datakraam.datalab.basemap.*}: the base map under every map of the datalab, as Leaflet's XYZ tiles in
 * EPSG:3857 (Web Mercator). The default is PDOK's BRT achtergrondkaart (Kadaster). The access module allows the
 * tiles' origin in the Content-Security-Policy's {@code img-src}.
 *
 * @param url         tile URL template with {@code {z}}, {@code {x}}, {@code {y}}; empty or absent: no base map
 * @param attribution the attribution shown on the map, as the tiles' licence requires
 * @param maxZoom     the deepest zoom level the tiles exist for (0–22)
 */
@Validated
@ConfigurationProperties("datakraam.datalab.basemap")
public record BaseMapSettings(@Nullable String url, @Nullable String attribution, @Min(0) @Max(22) int maxZoom) {

    /** Whether a base map is configured. */
    public boolean configured() {
        return url != null && !url.isBlank();
    }
}
