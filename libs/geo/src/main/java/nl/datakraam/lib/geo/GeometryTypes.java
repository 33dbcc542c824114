// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The geometry types a source has yielded, named as GeoParquet 1.1 names them: {@code Point}, {@code LineString},
 * {@code Polygon}, their {@code Multi} forms and {@code GeometryCollection}, with a {@code " Z"} suffix when any
 * coordinate has a height.
 */
final class GeometryTypes {

    private final Set<String> seen = new LinkedHashSet<>();

    void add(Geometry geometry) {
        seen.add(name(geometry));
    }

    /** The names in the order first seen; unmodifiable view. */
    Set<String> seen() {
        return Collections.unmodifiableSet(seen);
    }

    static String name(Geometry geometry) {
        return hasHeight(geometry) ? geometry.getGeometryType() + " Z" : geometry.getGeometryType();
    }

    /** Whether any coordinate of a geometry has a z value. */
    static boolean hasHeight(Geometry geometry) {
        HeightFinder heights = new HeightFinder();
        geometry.apply(heights);
        return heights.found;
    }

    /** Stops at the first coordinate with a height. */
    private static final class HeightFinder implements CoordinateSequenceFilter {

        private boolean found;

        @Override
        public void filter(CoordinateSequence sequence, int i) {
            found = sequence.hasZ() && !Double.isNaN(sequence.getZ(i));
        }

        @Override
        public boolean isDone() {
            return found;
        }

        @Override
        public boolean isGeometryChanged() {
            return false;
        }
    }
}
