// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * Which features of a geodata version to select (OGC API – Features, Part 1, §7.15.3–7.15.5: {@code bbox},
 * {@code datetime} and property filters); all conditions must hold.
 *
 * @param areas      a feature is selected when its geometry intersects one of these polygons: the rectangles of a
 *                   {@code bbox} (two for a CRS84 box across the antimeridian), or a box in another CRS as its
 *                   outline transformed; empty selects regardless of geometry. Coordinates in WGS 84
 *                   longitude/latitude, or in RD New metres when {@code rd}
 * @param rd         whether {@code areas} are in RD New; then they are compared with the version's
 *                   {@code geometry_rd}, which only a version from an RD New source has
 * @param period     the temporal condition, or null for none
 * @param properties field name → value the field must equal: a {@link Long} for integer fields, a {@link Double}
 *                   for number fields, a {@link Boolean} for boolean fields, otherwise a {@link String} compared with
 *                   the value as the rows API writes it
 */
public record FeatureFilter(List<Geometry> areas, boolean rd, @Nullable Period period, Map<String, Object> properties) {

    public FeatureFilter {
        areas = List.copyOf(areas);
        properties = Map.copyOf(properties);
    }

    /** Selects every feature. */
    public static FeatureFilter none() {
        return new FeatureFilter(List.of(), false, null, Map.of());
    }

    /**
     * Features whose value of a date or datetime field lies in a closed interval, in UTC; a date counts as its whole
     * day. An open end is null.
     *
     * @param field     the field's name
     * @param dateField true for a field of type {@code date}, false for {@code datetime}
     * @param start     ISO 8601 local date-time in UTC ({@code 2018-02-12T00:00:00}), or null for an open start
     * @param end       the same, or null for an open end
     */
    public record Period(String field, boolean dateField, @Nullable String start, @Nullable String end) {
    }
}
