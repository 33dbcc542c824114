// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code crs} member of the 2008 GeoJSON specification, which RFC 7946 dropped but many Dutch files still carry:
 * {@code {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}}, or the older
 * {@code {"type": "EPSG", "properties": {"code": 28992}}}.
 */
final class LegacyCrs {

    private LegacyCrs() {
    }

    /**
     * The EPSG code a {@code crs} member names, or {@code null} for {@code "crs": null}, which declares no CRS.
     *
     * @throws GeoException {@code crs.unknown} or {@code crs.unsupported} (see {@link CrsNames#epsg}), and
     *                      {@code crs.unknown} for a linked CRS or a member of another shape
     */
    static @Nullable Integer epsg(JsonNode crs) {
        if (crs.isNull()) {
            return null;
        }
        JsonNode properties = crs.path("properties");
        String type = crs.path("type").asString("");
        if (type.equals("name") && properties.path("name").isString()) {
            return CrsNames.epsg(properties.path("name").stringValue());
        }
        if (type.equalsIgnoreCase("EPSG") && properties.path("code").canConvertToInt()) {
            return CrsNames.supported(properties.path("code").asInt());
        }
        throw new GeoException(GeoCode.CRS_UNKNOWN, 0, Map.of("kind", type.equals("link") ? "link" : "shape"));
    }
}
