// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.datakraam.catalog.DistributionFormat;
import nl.datakraam.catalog.VersionSpatial;
import org.jspecify.annotations.Nullable;

/** Writes one {@link DistributionFormat} of a version from its Parquet file. */
public final class DistributionWriters {

    private DistributionWriters() {
    }

    /**
     * Writes {@code format} of a version into {@code target} (absent). The tabular formats hold the attribute fields
     * and, for geodata, {@value VersionSpatial#GEOMETRY_WKT} after them (WGS 84 as WKT, as QGIS reads it); GeoJSON and
     * GeoPackage hold the attribute fields and the geometry.
     *
     * @param fields  the schema's field names, in order
     * @param spatial the version's geometry; null for a version without
     * @param name    the table name, for the GeoPackage layer and the XLSX sheet
     * @throws IllegalArgumentException for {@link DistributionFormat#PARQUET}, or a geodata format without geometry
     * @throws SQLException when DuckDB cannot read the Parquet file (or SQLite cannot write a GeoPackage)
     */
    public static void write(DistributionFormat format, Path parquet, List<String> fields,
            @Nullable VersionSpatial spatial, String name, Path target, ParquetExport.Resources resources)
            throws SQLException, IOException {
        if (format.geodataOnly() && spatial == null) {
            throw new IllegalArgumentException(format.code() + " is only made of geodata");
        }
        List<String> tabular = new ArrayList<>(fields);
        if (spatial != null) {
            tabular.add(VersionSpatial.GEOMETRY_WKT);
        }
        switch (format) {
            case CSV -> ParquetExport.csv(parquet, tabular, target, resources);
            case CSV_EXCEL_NL -> ParquetExport.csvExcelNl(parquet, tabular, target, resources);
            case JSON -> ParquetExport.json(parquet, tabular, target, resources);
            case XLSX -> XlsxWriter.write(parquet, tabular, name, target, resources);
            case GEOJSON -> GeoJsonWriter.write(parquet, fields, target, resources);
            case GPKG -> GeoPackageWriter.write(parquet, fields, name, java.util.Objects.requireNonNull(spatial), target,
                    resources);
            case PARQUET -> throw new IllegalArgumentException("the Parquet file is written by ingest");
        }
    }
}
