// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The download formats of a version. Ingest writes only {@link #PARQUET} (GeoParquet for geodata); every other format
 * is written from that file on its first download and then kept (the query module's {@code DerivedDistributions}).
 * Each format is one {@code dcat:Distribution} with an EU file-type IRI ({@code dct:format}) and an IANA media type
 * ({@code dcat:mediaType}).
 */
public enum DistributionFormat {
    /** Apache Parquet; GeoParquet 1.1 for geodata. */
    PARQUET("parquet", "application/vnd.apache.parquet", "data.parquet", "PARQUET", false),
    /** CSV, UTF-8 without byte order mark, RFC 4180, ISO dates, decimal point. */
    CSV("csv", "text/csv", "data.csv", "CSV", false),
    /** "CSV voor Excel (NL)": {@code ;}, decimal comma, UTF-8 byte order mark, dates dd-mm-yyyy. */
    CSV_EXCEL_NL("csv-excel-nl", "text/csv", "data-excel-nl.csv", "CSV", false),
    /** A JSON array of one object per row (RFC 8259). */
    JSON("json", "application/json", "data.json", "JSON", false),
    /** Office Open XML spreadsheet, one sheet; offered up to {@link #XLSX_MAX_ROWS} rows. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data.xlsx", "XLSX", false),
    /** GeoJSON FeatureCollection in WGS 84 (RFC 7946); geodata only. */
    GEOJSON("geojson", "application/geo+json", "data.geojson", "GEOJSON", true),
    /** OGC GeoPackage 1.3 with one feature table in WGS 84 (EPSG:4326); geodata only. */
    GPKG("gpkg", "application/geopackage+sqlite3", "data.gpkg", "GPKG", true);

    /** Data rows a worksheet holds: Excel's 1,048,576 rows less the header. */
    public static final long XLSX_MAX_ROWS = 1_048_575;

    private final String code;
    private final String mediaType;
    private final String fileName;
    private final String fileType;
    private final boolean geodataOnly;

    DistributionFormat(String code, String mediaType, String fileName, String fileType, boolean geodataOnly) {
        this.code = code;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.fileType = fileType;
        this.geodataOnly = geodataOnly;
    }

    /** The short name, as in {@code ?format=} and {@link Distribution#format()}. */
    public String code() {
        return code;
    }

    /** The IANA media type. */
    public String mediaType() {
        return mediaType;
    }

    /** The file's name in the version's folder of the blob store. */
    public String fileName() {
        return fileName;
    }

    /** The code of the format in the EU file-type list ({@code CSV}, {@code GPKG} …). */
    public String fileType() {
        return fileType;
    }

    /** Whether only geodata is offered in this format. */
    public boolean geodataOnly() {
        return geodataOnly;
    }

    /** The format of a short name; empty for a name no format has. */
    public static Optional<DistributionFormat> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    /**
     * The formats made from a version's Parquet file on first download, in the order offered.
     *
     * @param geodata  whether the version has geometry (GeoJSON and GeoPackage are offered then)
     * @param rowCount the version's rows (XLSX only up to {@link #XLSX_MAX_ROWS})
     */
    public static List<DistributionFormat> derived(boolean geodata, long rowCount) {
        return Arrays.stream(values())
                .filter(f -> f != PARQUET && (geodata || !f.geodataOnly) && (f != XLSX || rowCount <= XLSX_MAX_ROWS))
                .toList();
    }
}
