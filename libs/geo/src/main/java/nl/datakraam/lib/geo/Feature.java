// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from its source, before any type inference or reprojection.
 *
 * <p>Property values are strings so that the platform infers their types over the whole file, the same way as for
 * CSV: a JSON string as it is (codes such as {@code "0111"} keep their leading zeros), a JSON number in its shortest
 * plain decimal form without binary floating-point noise ({@code 113.0} gives {@code "113"}, {@code 1.871e-05} gives
 * {@code "0.00001871"}), a boolean as {@code true} or {@code false}, a nested object or array as compact JSON text,
 * and JSON {@code null} or an SQL {@code NULL} as a {@code null} value under its key. GeoPackage TEXT cells are kept
 * as stored.
 *
 * @param position   1-based position of the feature in its source (the n-th feature of the FeatureCollection, the
 *                   n-th row of the GeoPackage table in primary-key order)
 * @param properties attribute name to value, in source order; unmodifiable; values may be {@code null}
 * @param geometry   the geometry in the source's coordinates (see {@link FeatureSource#crs()}): metres for RD New,
 *                   degrees with longitude as x for WGS 84 and ETRS89; {@code null} for an unlocated feature
 *                   (RFC 7946 §3.2) or a {@code NULL} geometry cell
 * @param id         the feature identifier: the GeoJSON {@code id} member (RFC 7946 §3.2) as a string, or the
 *                   GeoPackage table's integer primary key; {@code null} where the source has none
 */
public record Feature(long position, Map<String, @Nullable String> properties, @Nullable Geometry geometry,
                      @Nullable String id) {

    /** Keeps an unmodifiable copy of the properties in their order. */
    public Feature {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
