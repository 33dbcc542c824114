// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.locationtech.jts.geom.Envelope;

/**
 * One cell of a GeoParquet 1.1 bounding-box covering column, {@code STRUCT(xmin DOUBLE, ymin DOUBLE, xmax DOUBLE,
 * ymax DOUBLE)}: the extent of one row's geometry, in that geometry's CRS. Appended by {@link ParquetStaging#row}.
 */
record BboxValue(double xmin, double ymin, double xmax, double ymax) {

    /** The DuckDB type of the column. */
    static final String DUCKDB_TYPE = "STRUCT(xmin DOUBLE, ymin DOUBLE, xmax DOUBLE, ymax DOUBLE)";

    static BboxValue of(Envelope envelope) {
        return new BboxValue(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }

    /** Appends this value as the next cell of the appender's current row. */
    void appendTo(DuckDBAppender appender) throws SQLException {
        appender.beginStruct().append(xmin).append(ymin).append(xmax).append(ymax).endStruct();
    }
}
