// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import nl.datakraam.lib.messages.MessageCode;

/**
 * Every code of a {@link GeoException} and of a {@link CrsGuess#reason()}, with its English template
 * ({@link nl.datakraam.lib.messages.MessageTemplate} syntax). {@code position} is the 1-based position of the
 * feature (or table row) concerned, 0 for the whole source; {@code source} says which reader speaks ({@code geojson}
 * or {@code gpkg}); {@code textLine} and {@code textColumn} are the place in a JSON text where the parser stopped
 * (0 when unknown). Messages never quote attribute values.
 */
public enum GeoCode implements MessageCode {

    /** Arguments: {@code position}, {@code textLine}, {@code textColumn}. */
    JSON_TRUNCATED("json.truncated", "The file ends in the middle of {position,plural,=0{the JSON}other{feature #}}"
            + " ({textLine,plural,=0{at an unknown place}other{at line {textLine}, column {textColumn}}}): it was cut"
            + " off. Upload the complete file again."),

    /** Arguments: {@code position}, {@code textLine}, {@code textColumn}. */
    JSON_MALFORMED("json.malformed", "The file is not valid JSON {textLine,plural,=0{at an unknown place}other{at"
            + " line {textLine}, column {textColumn}}}{position,plural,=0{}other{, in feature #}}. Check that it is"
            + " GeoJSON, saved as UTF-8, and repair or export it again."),

    /** Arguments: {@code position}, {@code epsg} (the CRS the feature declares). */
    GEOJSON_CRS_MIXED("geojson.crs-mixed", "Feature {position} declares EPSG:{epsg} on its geometry, unlike the"
            + " features before it. Reproject the file to one CRS first."),

    /** Arguments: {@code position}, {@code problem} ({@code not-an-object}, {@code wrong-type},
     * {@code properties}), {@code type} (the type the member declares). */
    GEOJSON_BAD_FEATURE("geojson.bad-feature", "Feature {position} {problem,select,not-an-object{is not a JSON"
            + " object}wrong-type{has type '{type}' instead of 'Feature'}other{has 'properties' that are not a JSON"
            + " object}}. Each member of 'features' must be a GeoJSON Feature (RFC 7946 §3.2)."),

    /** Arguments: {@code problem} ({@code not-an-array}, {@code missing}). */
    GEOJSON_NO_FEATURES("geojson.no-features", "The GeoJSON file {problem,select,not-an-array{has a 'features'"
            + " member that is not an array}other{has no 'features' array}}. Export the layer again as a GeoJSON"
            + " FeatureCollection (RFC 7946 §3.3)."),

    /** Arguments: {@code problem} ({@code not-an-object}, {@code wrong-type}), {@code type}. */
    GEOJSON_NOT_A_FEATURE_COLLECTION("geojson.not-a-feature-collection", "The GeoJSON file {problem,select,"
            + "not-an-object{is not a JSON object}other{has type '{type}'}} where a FeatureCollection (RFC 7946 §3.3)"
            + " is expected. Export the layer as a GeoJSON FeatureCollection."),

    /** Arguments: {@code position}, {@code problem} ({@code collection-without-geometries},
     * {@code null-in-collection}, {@code no-coordinates}, {@code unknown-type}, {@code rings-not-array},
     * {@code ring-not-closed}, {@code not-positions}, {@code single-position}, {@code bad-position}), {@code type}. */
    GEOJSON_BAD_GEOMETRY("geojson.bad-geometry", "Feature {position} has {problem,select,"
            + "collection-without-geometries{a GeometryCollection without a 'geometries' array}"
            + "null-in-collection{a null member in a GeometryCollection}"
            + "no-coordinates{a {type} without a 'coordinates' array}"
            + "unknown-type{the unknown geometry type '{type}'}"
            + "rings-not-array{polygon rings that are not an array}"
            + "ring-not-closed{a polygon ring that is not closed or has fewer than four positions (RFC 7946 §3.1.6)}"
            + "not-positions{coordinates that are not an array of positions}"
            + "single-position{a line with a single position}"
            + "other{a position that is not an array of at least two numbers}}. Repair the geometry in the source"
            + " file (RFC 7946 §3.1), for example with ogr2ogr -makevalid."),

    /** Arguments: {@code kind} ({@code name}: a name of no known form, {@code link}, {@code shape}: a legacy
     * {@code crs} member of another form, {@code srs-id}: a GeoPackage srs_id without definition), {@code name}
     * (the name, shortened), {@code srsId}, {@code projjson}: a GeoParquet column's PROJJSON CRS without an
     * identifier Datakraam reads), {@code name} (the name, shortened), {@code named} (boolean, for {@code projjson}:
     * whether the CRS has a name), {@code srsId},
     * {@code column} (the GeoParquet column). */
    CRS_UNKNOWN("crs.unknown", "{kind,select,"
            + "projjson{The GeoParquet column '{column}' has a CRS{named,select,true{ named '{name}'}other{}} without an EPSG"
            + " identifier that Datakraam reads. Write the file with its CRS as EPSG:28992 (RD New), OGC:CRS84 or"
            + " EPSG:4326 (WGS 84), or EPSG:4258 (ETRS89), for example with 'ogr2ogr -t_srs EPSG:28992'.}"
            + "name{The file names its CRS '{name}', which is not an EPSG code or OGC CRS84. Name it as"
            + " 'urn:ogc:def:crs:EPSG::28992' (RD New), 'urn:ogc:def:crs:OGC:1.3:CRS84' (WGS 84"
            + " longitude/latitude) or 'urn:ogc:def:crs:EPSG::4258' (ETRS89), or reproject the file to one of these.}"
            + "srs-id{The GeoPackage uses srs_id {srsId}, which gpkg_spatial_ref_sys does not define. Export the layer"
            + " again with ogr2ogr.}"
            + "other{The file's 'crs' member is {kind,select,link{a link to a CRS definition}other{not of the form"
            + " type name with a properties name}}, which Datakraam cannot read. Name the CRS instead, e.g."
            + " 'urn:ogc:def:crs:EPSG::28992', or reproject the file to WGS 84 and remove the member.}}"),

    /** Arguments: {@code crs} (e.g. {@code EPSG:3857}). */
    CRS_UNSUPPORTED("crs.unsupported", "The data is in {crs}, which Datakraam does not read. Reproject it to RD New"
            + " (EPSG:28992), WGS 84 (EPSG:4326) or ETRS89 (EPSG:4258) first, for example with"
            + " 'ogr2ogr -t_srs EPSG:28992'."),

    /** Arguments: {@code sourceEpsg}, {@code targetEpsg}. */
    CRS_TRANSFORM_FAILED("crs.transform-failed", "A coordinate cannot be transformed from EPSG:{sourceEpsg} to"
            + " EPSG:{targetEpsg}: it is not a finite position in EPSG:{sourceEpsg}. Check that the source CRS is"
            + " right."),

    /** Arguments: {@code source} ({@code geojson}, {@code gpkg}, {@code geoparquet}), {@code column} (for
     * {@code geoparquet}: the geometry column), {@code lonLatRequired} (boolean: the format prescribes
     * longitude/latitude), {@code guessEpsg} and {@code reason} (a {@link CrsGuess}'s; absent when the coordinates fit
     * no CRS), {@code review} (boolean: whether the steward can still confirm the CRS in a review before anything is
     * stored; false as this library raises it, a caller that offers such a review sets it). */
    CRS_UNDECLARED("crs.undeclared", "{source,select,gpkg{The GeoPackage}geoparquet{The GeoParquet column"
            + " '{column}'}other{The GeoJSON file}} declares no CRS{lonLatRequired,select,true{, and its coordinates"
            + " are not longitude/latitude as the format requires}other{}}. {guessEpsg,plural,=0{Its coordinates fit"
            + " neither RD New nor longitude/latitude; reproject the file to EPSG:28992 or EPSG:4326 and declare it"
            + "{review,select,true{, or confirm its CRS in the review if you know it (28992, 4326 or 4258)}other{}}.}"
            + "other{They look like EPSG:{guessEpsg}: {reason} {review,select,true{Confirm the CRS in the review"
            + " (crs={guessEpsg} if that is right); nothing is stored before that.}other{Ask the steward to confirm"
            + " the CRS before the data is stored.}}}}"),

    /** Arguments: {@code source}, {@code column}, {@code declared} (EPSG code), {@code guessEpsg}, {@code reason},
     * {@code review}, as {@link #CRS_UNDECLARED}. */
    CRS_CONTRADICTED("crs.contradicted", "{source,select,gpkg{The GeoPackage}geoparquet{The GeoParquet column"
            + " '{column}'}other{The GeoJSON file}} declares EPSG:{declared}, but the coordinates of its first"
            + " geometry cannot be in that CRS. {guessEpsg,plural,=0{Its coordinates fit neither RD New nor"
            + " longitude/latitude; reproject the file to EPSG:28992 or EPSG:4326 and declare it{review,select,true{,"
            + " or confirm its CRS in the review if you know it (28992, 4326 or 4258)}other{}}.}other{They look like"
            + " EPSG:{guessEpsg}: {reason} {review,select,true{Confirm the CRS in the review (crs={guessEpsg} if that"
            + " is right); nothing is stored before that.}other{Ask the steward to confirm the CRS before the data is"
            + " stored.}}}}"),

    /** Arguments: {@code position}, {@code columnName}. */
    CSV_BAD_COORDINATE("csv.bad-coordinate", "Row {position} has a value in column '{columnName}' that is not a"
            + " number. Correct it, or leave it empty for a row without a location."),

    /** Arguments: {@code problem} ({@code unopenable}, {@code no-gpkg-tables}, {@code not-sqlite}). */
    GPKG_NOT_A_GEOPACKAGE("gpkg.not-a-geopackage", "The file {problem,select,unopenable{cannot be opened as an"
            + " SQLite database}no-gpkg-tables{is an SQLite database without the GeoPackage tables gpkg_contents,"
            + " gpkg_geometry_columns and gpkg_spatial_ref_sys}other{is not an SQLite database}}, so it is not a"
            + " GeoPackage (OGC 12-128r18). Export the layer as a GeoPackage, for example with ogr2ogr -f GPKG."),

    /** Arguments: {@code position}. */
    GPKG_UNREADABLE("gpkg.unreadable", "SQLite cannot read the GeoPackage{position,plural,=0{}other{ at feature #}};"
            + " the file may be damaged or incomplete. Upload it again, or export it again with ogr2ogr -f GPKG."),

    GPKG_NO_FEATURE_TABLE("gpkg.no-feature-table", "The GeoPackage has no feature table in gpkg_contents (it may"
            + " hold only tiles or attributes). Upload a GeoPackage with a vector layer."),

    /** Arguments: {@code table} (asked for), {@code tables}. */
    GPKG_TABLE_NOT_FOUND("gpkg.table-not-found", "The GeoPackage has no feature table named '{table}'; it has"
            + " {tables}."),

    /** Arguments: {@code table}. */
    GPKG_NO_GEOMETRY_COLUMN("gpkg.no-geometry-column", "The GeoPackage lists '{table}' as a feature table but"
            + " gpkg_geometry_columns has no row for it. Export the layer again with ogr2ogr -f GPKG."),

    /** Arguments: {@code position}, {@code problem} ({@code no-header}, {@code version}, {@code extended-type},
     * {@code envelope}, {@code cut-off}, {@code not-wkb}), {@code version}, {@code envelope}. */
    GPKG_BAD_GEOMETRY("gpkg.bad-geometry", "The geometry of feature {position} {problem,select,"
            + "no-header{does not start with the GeoPackage header 'GP' (is it a Spatialite or plain WKB blob?)}"
            + "version{has header version {version}, but only version 0 (GeoPackage 1.x) is known}"
            + "extended-type{uses an extended geometry type (a GeoPackage extension such as curves)}"
            + "envelope{has an invalid envelope indicator {envelope}}"
            + "cut-off{ends inside its header}"
            + "other{is not valid WKB}}. Repair the GeoPackage, for example by exporting it again as a standard"
            + " GeoPackage with ogr2ogr."),

    /** Arguments: {@code problem} ({@code not-json}, {@code no-primary}: no {@code primary_column} or
     * {@code columns}, {@code primary-not-described}: the primary column is not among {@code columns},
     * {@code primary-absent}: the file has no column of that name), {@code primary} (the primary column's name). */
    GEOPARQUET_INVALID_METADATA("geoparquet.invalid-metadata", "The file is not valid GeoParquet: {problem,select,"
            + "not-json{its 'geo' metadata is not valid JSON}"
            + "no-primary{its 'geo' metadata lacks 'primary_column' or 'columns'}"
            + "primary-not-described{its primary column '{primary}' is not among the described columns}"
            + "other{its metadata names '{primary}' as the geometry column, but the file has no such column}}."
            + " Export it again with a GeoParquet writer (GDAL 3.8+, GeoPandas), or without the 'geo' metadata as"
            + " plain Parquet."),

    /** Arguments: {@code column}, {@code encoding} (the GeoParquet encoding, e.g. {@code point}). */
    GEOPARQUET_ENCODING_UNSUPPORTED("geoparquet.encoding-unsupported", "The geometry column '{column}' is stored in"
            + " the GeoArrow encoding '{encoding}'. Datakraam reads GeoParquet geometry as WKB: write the file again"
            + " with WKB encoding (GDAL: -lco GEOMETRY_ENCODING=WKB; GeoPandas: to_parquet(...,"
            + " geometry_encoding='WKB'))."),

    /** Arguments: {@code position} (the row). */
    GEOPARQUET_BAD_GEOMETRY("geoparquet.bad-geometry", "Row {position} has a geometry that is not valid WKB. Check"
            + " the file with the tool that wrote it, or export it again."),

    /** A reason of a {@link CrsGuess}, from the extent of a geometry. */
    GUESS_DUTCH_LON_LAT("crs-guess.dutch-lon-lat", "The coordinates lie between longitude 3 and 7.5 and latitude 50.5"
            + " and 53.8 degrees: WGS 84 longitude/latitude within the Netherlands."),

    /** A reason of a {@link CrsGuess}, from the extent of a geometry. */
    GUESS_RD_NEW("crs-guess.rd-new", "The coordinates lie between x 0 and 300,000 and y 289,000 and 629,000: metres"
            + " in RD New (EPSG:28992), the Dutch national grid."),

    /** A reason of a {@link CrsGuess}, from the extent of a geometry. */
    GUESS_SWAPPED("crs-guess.swapped", "The coordinates fit WGS 84 within the Netherlands only with x and y swapped:"
            + " latitude is written first. Check the axis order before accepting."),

    /** A reason of a {@link CrsGuess}, from the extent of a geometry. */
    GUESS_LON_LAT_ABROAD("crs-guess.lon-lat-abroad", "The coordinates fit longitude/latitude in degrees, but lie"
            + " outside the Netherlands."),

    /** A reason of a {@link CrsGuess} for two columns. Arguments: {@code xName}, {@code yName}, {@code fitting},
     * {@code sampled}, {@code namesAgree} (boolean). */
    GUESS_COLUMNS_LON_LAT("crs-guess.columns-lon-lat", "Columns '{xName}' and '{yName}' hold longitude 3 to 7.5 and"
            + " latitude 50.5 to 53.8 degrees (WGS 84 within the Netherlands) in {fitting} of {sampled} sampled rows"
            + "{namesAgree,select,true{}other{, although their names suggest metres}}."),

    /** A reason of a {@link CrsGuess} for two columns. Arguments as {@link #GUESS_COLUMNS_LON_LAT}. */
    GUESS_COLUMNS_RD_NEW("crs-guess.columns-rd-new", "Columns '{xName}' and '{yName}' hold x 0 to 300,000 and"
            + " y 289,000 to 629,000 metres (RD New, EPSG:28992) in {fitting} of {sampled} sampled rows"
            + "{namesAgree,select,true{}other{, although their names suggest degrees}}."),

    /** A reason of a {@link CrsGuess} for two columns. Arguments: {@code xName}, {@code yName} (as named in the
     * file), {@code lonName} (the column that holds the longitudes). */
    GUESS_COLUMNS_SWAPPED("crs-guess.columns-swapped", "Columns '{xName}' and '{yName}' fit WGS 84 within the"
            + " Netherlands only with x and y swapped: '{lonName}' holds the longitudes. Check before accepting.");

    private final String key;
    private final String englishTemplate;

    GeoCode(String key, String englishTemplate) {
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
