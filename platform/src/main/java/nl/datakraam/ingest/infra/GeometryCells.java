// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.lib.geo.GeoParquetMetadata;
import nl.datakraam.lib.geo.GeoParquetWkb;
import nl.datakraam.lib.geo.Reprojection;
import nl.datakraam.lib.tabular.TabularException;
import nl.datakraam.shared.IssueCode;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * The geometry cells of each row, and the extents and metadata of the columns. One per write; not thread-safe.
 */
final class GeometryCells {

    private final int sourceCrs;
    private final boolean keepSource;
    private final Reprojection toWgs84;
    private final WKTWriter wkt = new WKTWriter(3);
    private final Envelope extent = new Envelope();
    private final Envelope sourceExtent = new Envelope();

    GeometryCells(int sourceCrs) {
        this.sourceCrs = sourceCrs;
        this.keepSource = sourceCrs == Reprojection.RD_NEW;
        this.toWgs84 = Reprojection.of(sourceCrs, Reprojection.WGS84);
    }

    List<ParquetStaging.Column> columns() {
        List<ParquetStaging.Column> columns = new ArrayList<>();
        columns.add(new ParquetStaging.Column(VersionSpatial.GEOMETRY, "BLOB"));
        columns.add(new ParquetStaging.Column(VersionSpatial.BBOX, BboxValue.DUCKDB_TYPE));
        if (keepSource) {
            columns.add(new ParquetStaging.Column(VersionSpatial.GEOMETRY_RD, "BLOB"));
            columns.add(new ParquetStaging.Column(VersionSpatial.BBOX_RD, BboxValue.DUCKDB_TYPE));
        }
        columns.add(new ParquetStaging.Column(VersionSpatial.GEOMETRY_WKT, "VARCHAR"));
        return columns;
    }

    /**
     * The attributes followed by the geometry cells, all null for a row without geometry.
     *
     * @param unit     what {@code position} counts, for a message: {@code feature}, {@code row} or {@code line}
     * @param position the row's 1-based position
     * @throws TabularException {@code geo.not-lon-lat} for coordinates beyond ±180°/±90° in a CRS of degrees
     */
    @Nullable Object[] row(@Nullable Object[] attributes, @Nullable Geometry geometry, String unit, long position) {
        @Nullable Object[] row = Arrays.copyOf(attributes, attributes.length + (keepSource ? 5 : 3));
        if (geometry == null) {
            return row;
        }
        if (!keepSource && !geometry.isEmpty() && !lonLat(geometry.getEnvelopeInternal())) {
            throw new TabularException(IssueCode.GEO_NOT_LON_LAT, position, Map.of("unit", unit, "epsg", sourceCrs));
        }
        Geometry wgs84 = toWgs84.apply(geometry);
        int i = attributes.length;
        row[i++] = GeoParquetWkb.encode(wgs84);
        row[i++] = bbox(wgs84, extent);
        if (keepSource) {
            row[i++] = GeoParquetWkb.encode(geometry);
            row[i++] = bbox(geometry, sourceExtent);
        }
        row[i] = wkt.write(wgs84);
        return row;
    }

    String metadata(Set<String> types) {
        List<GeoParquetMetadata.Column> columns = new ArrayList<>();
        columns.add(new GeoParquetMetadata.Column(VersionSpatial.GEOMETRY, Reprojection.WGS84, types, extent, VersionSpatial.BBOX));
        if (keepSource) {
            columns.add(new GeoParquetMetadata.Column(VersionSpatial.GEOMETRY_RD, Reprojection.RD_NEW, types, sourceExtent,
                    VersionSpatial.BBOX_RD));
        }
        return GeoParquetMetadata.json(VersionSpatial.GEOMETRY, columns);
    }

    VersionSpatial spatial(Set<String> types) {
        return new VersionSpatial(sourceCrs, extent.isNull() ? null : new VersionSpatial.Bbox(extent.getMinX(),
                extent.getMinY(), extent.getMaxX(), extent.getMaxY()), List.copyOf(types));
    }

    private static @Nullable BboxValue bbox(Geometry geometry, Envelope total) {
        if (geometry.isEmpty()) {
            return null;
        }
        Envelope envelope = geometry.getEnvelopeInternal();
        total.expandToInclude(envelope);
        return BboxValue.of(envelope);
    }

    private static boolean lonLat(Envelope envelope) {
        return envelope.getMinX() >= -180 && envelope.getMaxX() <= 180 && envelope.getMinY() >= -90
                && envelope.getMaxY() <= 90;
    }
}
