// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Statistics of one field (column). Which parts are present depends on {@code kind}; absent parts are null or
 * empty lists. Values ({@code min}, {@code max}, quantiles, top values) are JSON scalars: a {@link Long},
 * {@link java.math.BigInteger}, {@link Double} or {@link java.math.BigDecimal} for numbers, a {@link Boolean} for
 * booleans, and text otherwise (ISO 8601 for dates and times, in UTC where the type has a zone). Text longer than
 * 100 characters is cut and ends in {@code …}.
 *
 * <table>
 *   <caption>What each kind gets</caption>
 *   <tr><th>kind</th><th>DuckDB types</th><th>besides count and nulls</th></tr>
 *   <tr><td>{@code number}</td><td>integers, DECIMAL, FLOAT, DOUBLE</td><td>distinct, min, max, mean,
 *       quantiles, top values, histogram</td></tr>
 *   <tr><td>{@code string}</td><td>VARCHAR</td><td>distinct, min, max, lengths, top values, patterns</td></tr>
 *   <tr><td>{@code date}, {@code datetime}</td><td>DATE; TIMESTAMP (any precision, with or without zone), TIME</td>
 *       <td>distinct, min, max, quantiles, top values</td></tr>
 *   <tr><td>{@code boolean}</td><td>BOOLEAN</td><td>distinct, top values</td></tr>
 *   <tr><td>{@code geometry}</td><td>a column named {@code geometry…} of type GEOMETRY (GeoParquet read by
 *       DuckDB), BLOB (WKB) or VARCHAR (WKT)</td><td>{@code geometry}: types, bounding box, CRS, empty and
 *       invalid geometries</td></tr>
 *   <tr><td>{@code other}</td><td>anything else (other BLOBs, lists, structs)</td><td>nothing</td></tr>
 * </table>
 *
 * @param name          the column name in the Parquet file
 * @param type          its DuckDB type, e.g. {@code BIGINT}, {@code VARCHAR}, {@code DATE}
 * @param kind          {@code number}, {@code string}, {@code date}, {@code datetime}, {@code boolean},
 *                      {@code geometry} or {@code other}
 * @param count         non-null values
 * @param nulls         null values; {@code count + nulls} is the file's row count
 * @param distinct      distinct non-null values; null for geometry and other
 * @param min           smallest value (lexicographic for strings)
 * @param max           largest value
 * @param mean          arithmetic mean, numbers only
 * @param quantiles     25th, 50th and 75th percentile: interpolated for numbers, actual values for dates and times;
 *                      exact, or estimated (and labelled so) when {@code distinct} is estimated
 * @param lengths       lengths in characters, strings only
 * @param topValues     the most frequent values, most frequent first (ties by value), at most
 *                      {@link ProfilingSettings#topValues()}; when {@code distinct} is estimated, these are the
 *                      candidates DuckDB's {@code approx_top_k} found, counted exactly, without values that occur
 *                      once: where nearly every value is rare they may miss some of the most frequent
 * @param histogram     equal-width bins with rounded bounds, numbers only; bins may be a few more than
 *                      {@link ProfilingSettings#histogramBins()} because the bounds are rounded
 * @param patterns      the most frequent shapes of strings: every letter becomes {@code A}, every digit {@code 9},
 *                      other characters stay ({@code 9999 AA} for {@code 9712 CP}); values longer than
 *                      40 characters give the shape of their start followed by
 *                      {@code …}
 * @param patternSample null when the pattern counts cover all values; otherwise the size of the random sample of
 *                      values they were counted in (for fields with more distinct values than
 *                      {@link ProfilingSettings#exactDistinctLimit()})
 * @param geometry      types, extent and validity of the values of a geometry field with at least one value; null for
 *                      other kinds and for a geometry field without values
 */
public record FieldProfile(String name, String type, String kind, long count, long nulls,
        @Nullable DistinctCount distinct, @Nullable Object min, @Nullable Object max, @Nullable Double mean,
        @Nullable Quantiles quantiles, @Nullable Lengths lengths, List<ValueCount> topValues,
        List<HistogramBin> histogram, List<ValueCount> patterns, @Nullable Long patternSample,
        @Nullable GeometrySummary geometry) {

    public FieldProfile {
        topValues = List.copyOf(topValues);
        histogram = List.copyOf(histogram);
        patterns = List.copyOf(patterns);
    }

    /**
     * The number of distinct values, exact or estimated.
     *
     * @param estimated true when counted by HyperLogLog ({@code approx_count_distinct}, typically within a few
     *                  percent), because the field has more distinct values than the exact limit
     */
    public record DistinctCount(long count, boolean estimated) {
    }

    /**
     * The 25th, 50th (median) and 75th percentile.
     *
     * @param estimated false when computed exactly (fields with at most {@link ProfilingSettings#exactDistinctLimit()}
     *                  distinct values); true when estimated by DuckDB's {@code approx_quantile} (a t-digest in
     *                  bounded memory; typically within a fraction of a percent of the values' rank). Never null
     *                  once constructed: absent (null) in reports stored before it existed, which were exact, it
     *                  reads as false
     */
    public record Quantiles(Object p25, Object p50, Object p75, Boolean estimated) {

        public Quantiles {
            estimated = Boolean.TRUE.equals(estimated);
        }
    }

    /**
     * Lengths of strings in characters (Unicode code points).
     *
     * @param mean arithmetic mean
     */
    public record Lengths(long min, long max, double mean) {
    }

    /** A value (or pattern) and how many rows hold it. */
    public record ValueCount(Object value, long count) {
    }

    /**
     * One bin of a histogram: values above {@code lower} up to and including {@code upper} (the first bin includes
     * its lower bound, the field's minimum).
     */
    public record HistogramBin(double lower, double upper, long count) {
    }

    /**
     * The geometries of a geometry field, read one by one with JTS from WKB (GEOMETRY and BLOB columns) or WKT
     * (VARCHAR columns). A value JTS cannot read counts as invalid, with the reason {@code Unreadable WKB} or
     * {@code Unreadable WKT}, and in no other figure.
     *
     * @param types        geometry types as JTS and the OGC name them ({@code Point}, {@code MultiPolygon},
     *                     {@code GeometryCollection}, …) with their counts, most frequent first (ties by name);
     *                     empty geometries count under their type
     * @param bbox         the extent of all non-empty geometries in the column's own coordinates (x/y: easting and
     *                     northing in metres for RD New, longitude and latitude in degrees for WGS 84); null when
     *                     there is no non-empty geometry
     * @param epsg         the column's CRS as an EPSG code, from the file's GeoParquet {@code geo} metadata:
     *                     4326 when it leaves the CRS out (OGC:CRS84, longitude/latitude), 28992 for RD New; null
     *                     when the metadata does not describe the column (such as {@code geometry_wkt}) or gives no
     *                     EPSG code
     * @param empty        empty geometries ({@code POINT EMPTY}, {@code POLYGON EMPTY}, …); JTS counts them valid
     * @param invalid      geometries that JTS's {@code IsValidOp} (OGC Simple Features rules) rejects, plus
     *                     unreadable values
     * @param invalidReason the reason of the first invalid geometry (lowest row), as JTS words it, without its
     *                     location: {@code Self-intersection}, {@code Ring Self-intersection},
     *                     {@code Too few distinct points in geometry component}, …; null when none is invalid
     * @param invalidRows  up to five invalid rows, by 1-based position in the data, ascending
     */
    public record GeometrySummary(List<ValueCount> types, @Nullable Bbox bbox, @Nullable Integer epsg, long empty,
            long invalid, @Nullable String invalidReason, List<Long> invalidRows) {

        public GeometrySummary {
            types = List.copyOf(types);
            invalidRows = List.copyOf(invalidRows);
        }
    }

    /** A bounding box: the smallest and largest x and y, in the coordinates of its column. */
    public record Bbox(double minX, double minY, double maxX, double maxY) {
    }
}
