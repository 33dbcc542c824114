// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One feature of a geodata version.
 *
 * @param id         its number in the version: the row's position in the data, counted from 1; stable for the version
 * @param properties its attribute fields (not the geometry columns) in schema order, values as in {@link QueryResult}
 * @param wkb        its geometry as ISO WKB, in WGS 84 longitude/latitude or, when asked for, RD New; null without one
 */
public record FeatureRow(long id, Map<String, @Nullable Object> properties, byte @Nullable [] wkb) {
}
