// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import nl.datakraam.lib.messages.MessageCode;

/**
 * The codes the platform itself puts on a version's issues and on failed jobs, beside those of {@code libs/tabular}
 * ({@code TabularCode}) and {@code libs/geo} ({@code GeoCode}); {@link MessageCodes} lists them all. The English
 * template is the default; the interface renders {@code issue.<key>} of the message bundles. {@code epsg} arguments
 * are EPSG codes (28992 RD New, 4326 WGS 84, 4258 ETRS89).
 */
public enum IssueCode implements MessageCode {

    /** Arguments: {@code current}, {@code next} (the fields, each as "name (type)"). */
    VERSION_APPEND_MISMATCH("version.append-mismatch", "Appending needs the same fields with the same types as the"
            + " current version; the current version has {current}, this file has {next}. Upload it as a replacement"
            + " (mode=replace), or fix the file."),

    VERSION_APPEND_GEODATA("version.append-geodata", "Rows cannot be appended to geodata yet. Upload the whole file"
            + " as a new version instead (mode=replace)."),

    /** Arguments: {@code count} (feature tables), {@code table} (the one read). */
    GPKG_FIRST_TABLE("gpkg.first-table", "The GeoPackage has {count} feature tables; the first, {table}, was read."
            + " Upload the others as GeoPackages of their own."),

    /** Arguments: {@code problem} ({@code undeclared}, {@code contradicted}), {@code epsg} (confirmed). */
    CRS_CONFIRMED("crs.confirmed", "{problem,select,contradicted{The CRS the file declares does not fit its"
            + " coordinates}other{The file does not declare its CRS}}; EPSG:{epsg} was used, as confirmed with"
            + " crs={epsg}."),

    /** Arguments: {@code declared}, {@code confirmed}. */
    CRS_CONFLICT("crs.conflict", "The file declares EPSG:{declared}, but crs={confirmed} was given. Upload it again"
            + " without crs to use the file's own CRS, or correct the CRS in the file first."),

    /** Arguments: {@code confirmed}, {@code source} ({@code parquet}: a Parquet file without GeoParquet geometry;
     * absent for a table). */
    CRS_NO_COORDINATES("crs.no-coordinates", "crs={confirmed} was given, but {source,select,parquet{this Parquet"
            + " file has no GeoParquet geometry}other{no two columns hold coordinates (names such as x and y, lon and"
            + " lat, with values in the range of RD New or of WGS 84 in the Netherlands)}}, so the data was stored"
            + " without geometry."),

    /** Arguments: {@code xName}, {@code yName}, {@code guessEpsg}, {@code confidence} ({@code high}, {@code medium},
     * {@code low}), {@code reason} (a message). */
    GEO_COORDINATES_PROPOSED("geo.coordinates-proposed", "Columns '{xName}' and '{yName}' look like coordinates in"
            + " EPSG:{guessEpsg} (confidence {confidence}): {reason} They were stored as plain values. To add point"
            + " geometry (in WGS 84, with the source coordinates kept), confirm with crs={guessEpsg}: upload the file"
            + " again with that form field, or --crs={guessEpsg} for the import command, or in a schema review."),

    /** Arguments: {@code xName}, {@code yName}, {@code epsg}. */
    GEO_POINTS_ADDED("geo.points-added", "Point geometry was made from columns '{xName}' and '{yName}' in"
            + " EPSG:{epsg}, as confirmed with crs={epsg}: column geometry holds it in WGS 84{epsg,select,28992{,"
            + " geometry_rd as given}other{}}."),

    /** Arguments: {@code guessEpsg}, {@code confirmed}, {@code reason} (a message). */
    CRS_CONFIRMED_UNLIKE_GUESS("crs.confirmed-unlike-guess", "The coordinates look like EPSG:{guessEpsg} rather than"
            + " the confirmed EPSG:{confirmed}: {reason} Check the data on a map; if it lies in the wrong place,"
            + " upload the file again with crs={guessEpsg}."),

    /** Arguments: {@code unit} ({@code feature}, {@code row} of a GeoParquet file, {@code line}), {@code epsg}.
     * Position: {@code line}. */
    GEO_NOT_LON_LAT("geo.not-lon-lat", "{unit,select,feature{Feature}row{Row}other{The record at line}} {line} has"
            + " coordinates beyond longitude ±180 or latitude ±90, so they cannot be in EPSG:{epsg}. Check the CRS:"
            + " RD New coordinates are confirmed with crs=28992."),

    /** Arguments: {@code type} (the type chosen in the review), {@code unit} ({@code line}, {@code row},
     * {@code feature}). Positions: {@code line},
     * {@code column}, {@code field}. */
    SCHEMA_OVERRIDE_DROPPED("schema.override-dropped", "Field {field} was set to {type} in a schema review, but the"
            + " value on {unit,select,row{row}feature{feature}other{line}} {line} of this file does not fit that; the"
            + " detected type is used. Review the schema if needed."),

    /** Arguments: {@code fields}. No longer raised since overrides apply to geodata attributes too; kept so that
     * versions stored before that still read in both languages. */
    SCHEMA_OVERRIDES_NOT_APPLIED("schema.overrides-not-applied", "The field types chosen in an earlier review"
            + " ({fields}) are not applied to the attributes of GeoJSON and GeoPackage files yet; the inferred types"
            + " are used."),

    /** Arguments: {@code type}. Position: {@code field}. */
    SCHEMA_FIELD_ADDED("schema.field-added", "Field {field} ({type}) is new in this version."),

    /** Position: {@code field}. */
    SCHEMA_FIELD_REMOVED("schema.field-removed", "Field {field} of the previous version is missing from this one."),

    /** Arguments: {@code before}, {@code after} (types). Position: {@code field}. */
    SCHEMA_FIELD_RETYPED("schema.field-retyped", "Field {field} was {before} and is now {after}; queries and charts"
            + " that use it may need changing."),

    /** A Parquet upload DuckDB cannot read. Arguments: {@code problem} ({@code cut-off}: the footer is missing,
     * {@code too-small}, {@code damaged}), {@code detail} (for {@code damaged}: DuckDB's first line, without paths;
     * it names structures, not values). */
    PARQUET_UNREADABLE("parquet.unreadable", "This file cannot be read as Parquet: {problem,select,cut-off{its end is"
            + " missing, so it was cut off (an interrupted download or copy) or it is not Parquet at all}too-small{it"
            + " is too small to be a Parquet file}other{it is damaged or uses a feature DuckDB does not read"
            + " ({detail})}}. Nothing was stored. Export the complete table again as Parquet (or as CSV) and upload"
            + " that."),

    PARQUET_NO_COLUMNS("parquet.no-columns", "The Parquet file has no columns. Export the table again with its"
            + " columns."),

    /** Arguments: {@code name} (the column as named in the file), {@code sourceType} (its DuckDB type). Positions:
     * {@code column}, {@code field}. */
    PARQUET_NESTED_AS_JSON("parquet.nested-as-json", "Column '{name}' ({sourceType}) holds nested values; they are"
            + " stored as JSON text."),

    /** Arguments as {@link #PARQUET_NESTED_AS_JSON}. */
    PARQUET_BINARY_AS_BASE64("parquet.binary-as-base64", "Column '{name}' ({sourceType}) holds binary values; they"
            + " are stored as base64 text."),

    /** Arguments as {@link #PARQUET_NESTED_AS_JSON}. */
    PARQUET_KEPT_AS_TEXT("parquet.kept-as-text", "Column '{name}' ({sourceType}) has no Table Schema type here; its"
            + " values are stored as text."),

    /** Arguments as {@link #PARQUET_NESTED_AS_JSON}. */
    PARQUET_GEOMETRY_AS_WKT("parquet.geometry-as-wkt", "Column '{name}' ({sourceType}) is a further geometry column;"
            + " it is stored as WKT text in its own CRS."),

    /** Arguments as {@link #PARQUET_NESTED_AS_JSON}. */
    PARQUET_INTEGER_TOO_LARGE("parquet.integer-too-large", "Column '{name}' ({sourceType}) has values beyond 64-bit"
            + " integers; they are stored as text."),

    /** Arguments as {@link #PARQUET_NESTED_AS_JSON}. */
    PARQUET_DECIMAL_ROUNDED("parquet.decimal-rounded", "Column '{name}' ({sourceType}) is stored as a 64-bit"
            + " floating-point number; values with more than 15 significant digits may be rounded."),

    /** Arguments as {@link #PARQUET_NESTED_AS_JSON}. */
    PARQUET_NANOSECONDS_CUT("parquet.nanoseconds-cut", "Column '{name}' ({sourceType}) is stored with microseconds;"
            + " nanoseconds are cut off."),

    /** Arguments: {@code name} (the covering column). */
    PARQUET_COVERING_RECOMPUTED("parquet.covering-recomputed", "Column '{name}' is the bounding-box covering of a"
            + " geometry column; it was left out, as bbox is computed again from the geometry."),

    /** A job's failure. Arguments: {@code job} (its id). */
    INTERNAL_ERROR("internal-error", "The job stopped on an unexpected error (job {job}). Nothing was changed. Try"
            + " again, or give the job id to the administrator."),

    /** A job's failure: the data of a version could not be profiled. Arguments: {@code job}. */
    UNREADABLE("unreadable", "The data of this version could not be profiled (job {job}). The data itself is"
            + " unaffected; give the job id to the administrator."),

    /** A job's end on request. */
    CANCELLED("cancelled", "Cancelled on request. Nothing was published.");

    private final String key;
    private final String englishTemplate;

    IssueCode(String key, String englishTemplate) {
        this.key = key;
        this.englishTemplate = englishTemplate;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishTemplate() {
        return englishTemplate;
    }
}
