// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datakraam.catalog.FieldOverride;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.ingest.CrsProposal;
import nl.datakraam.ingest.IngestSettings;
import nl.datakraam.ingest.infra.GeoWriter.DeclaredCrs;
import nl.datakraam.ingest.infra.GeoWriter.DecidedCrs;
import nl.datakraam.lib.geo.GeoCode;
import nl.datakraam.lib.geo.GeoException;
import nl.datakraam.lib.geo.GeoParquetInput;
import nl.datakraam.lib.geo.GeoParquetMetadata;
import nl.datakraam.lib.tabular.Field;
import nl.datakraam.lib.tabular.FieldNames;
import nl.datakraam.lib.tabular.FieldType;
import nl.datakraam.lib.tabular.Inference;
import nl.datakraam.lib.tabular.Issue;
import nl.datakraam.lib.tabular.JsonLayout;
import nl.datakraam.lib.tabular.ProgressListener;
import nl.datakraam.lib.tabular.Severity;
import nl.datakraam.lib.tabular.TableSchema;
import nl.datakraam.lib.tabular.TabularException;
import nl.datakraam.shared.IssueCode;
import nl.datakraam.storage.BlobStore;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an uploaded Parquet file into a version "as is", in the two steps of {@link TabularWriter}: {@link #infer}
 * reads the file's schema and footer with DuckDB ({@code DESCRIBE}, {@code parquet_file_metadata},
 * {@code parquet_kv_metadata}) and maps each column to a Table Schema field; {@link #write} streams the rows through
 * {@link ParquetStaging}, which writes the version's {@code data.parquet}.
 *
 * <p>Column types (Apache Parquet logical types as DuckDB reads them) become fields thus:
 * <ul>
 *   <li>8- to 64-bit integers, signed or not: {@code integer}; 128-bit and unsigned 64-bit integers too when every
 *       value fits 64 bits, otherwise {@code string} (with an INFO issue);</li>
 *   <li>FLOAT, DOUBLE and DECIMAL: {@code number} (64-bit floating point; an INFO issue for a DECIMAL with more than
 *       15 digits, which may be rounded);</li>
 *   <li>BOOLEAN: {@code boolean}; DATE: {@code date}; TIMESTAMP (s, ms, µs; ns is cut to µs): {@code datetime};
 *       TIMESTAMP WITH TIME ZONE ({@code isAdjustedToUTC}): {@code datetime} with zone, served in UTC;</li>
 *   <li>strings, enums and UUIDs: {@code string};</li>
 *   <li>nested STRUCT, LIST, MAP, ARRAY and UNION values: {@code string} holding their JSON text, as the JSON reader
 *       keeps arrays (what a person expects to see of them in a table, a CSV file or SQL with {@code json_extract});
 *       BLOB: {@code string} in base64; TIME, INTERVAL and other types: {@code string} as DuckDB writes them; each
 *       with an INFO issue naming the column.</li>
 * </ul>
 * Field names are made by {@link FieldNames} from the column names, which become the fields' titles.
 *
 * <p>A GeoParquet file (key/value metadata {@code geo}, GeoParquet 1.0 or 1.1) keeps its geometry as
 * {@link GeoWriter} does: its primary column, in WKB, is read in the CRS its metadata declares (RD New, WGS 84 or
 * ETRS89) under the same CRS rule, and written as {@code geometry}, {@code bbox}, {@code geometry_rd}/{@code bbox_rd}
 * for RD New, and {@code geometry_wkt}. Its bounding-box covering columns are left out (they are recomputed); other
 * WKB geometry columns become WKT text in their own CRS. A primary column in a GeoArrow native encoding is refused.
 *
 * <p>A steward's field overrides are applied with DuckDB casts, each checked over the whole file first, and dropped
 * with a warning where a value does not fit, as {@link SchemaReview#applyOverrides} does for text files.
 *
 * <p>A file DuckDB cannot read (truncated, not Parquet, damaged pages) fails the ingest with {@code parquet.unreadable}
 * and a message saying what to do; nothing is committed.
 */
@Component
class ParquetUpload {

    /** The file name ending this reader handles. */
    static final String EXTENSION = "parquet";

    private static final int PROGRESS_ROWS = 10_000;
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)");

    private final BlobStore blobs;
    private final IngestSettings settings;
    private final JsonMapper json;

    ParquetUpload(BlobStore blobs, IngestSettings settings, JsonMapper json) {
        this.blobs = blobs;
        this.settings = settings;
        this.json = json;
    }

    /** Whether a file name's ending selects this reader ({@code .parquet}, any case). */
    static boolean handles(String filename) {
        return filename.toLowerCase(Locale.ROOT).endsWith("." + EXTENSION);
    }

    /** How a source column becomes a field's values. */
    enum Kind {
        INTEGER, BIG_INTEGER, FLOATING, DECIMAL, BOOLEAN, DATE, TIMESTAMP, TIMESTAMP_TZ, TEXT, OTHER_TEXT, BLOB,
        NESTED, WKB
    }

    /**
     * One column of the Parquet file that became a field.
     *
     * @param name       the column name in the file
     * @param duckDbType its type as DuckDB reads it, e.g. {@code DECIMAL(10,2)}
     */
    record SourceColumn(String name, String duckDbType, Kind kind) {
    }

    /**
     * The primary geometry column of a GeoParquet file.
     *
     * @param sourceCrs the EPSG code of its coordinates, or {@link GeoWriter#UNCONFIRMED} while the steward has yet to
     *                  confirm it in the review
     */
    record GeometryColumn(String name, int sourceCrs) {
    }

    /**
     * What {@link #infer} found.
     *
     * @param inference the fields (with the geodata notes and column issues); its layout is nominal (a Parquet file
     *                  is never read through {@link nl.datakraam.lib.tabular.RecordSource})
     * @param columns   for each field, in order, the column it comes from
     * @param geometry  the primary geometry column of a GeoParquet file; null for plain Parquet
     * @param crs       the CRS question for the review; null for plain Parquet
     */
    record ParquetSource(Inference inference, List<SourceColumn> columns, @Nullable GeometryColumn geometry,
                         @Nullable CrsProposal crs) {

        ParquetSource {
            columns = List.copyOf(columns);
        }
    }

    /**
     * Reads the file's schema and footer, never its data pages (except one geometry, to check the CRS of a
     * GeoParquet file whose metadata has no bbox, and a scan of 128-bit integer columns to see whether they fit).
     *
     * @param confirmedCrs the EPSG code the steward confirmed for a GeoParquet file that declares no CRS, or null
     * @param review       whether the job stops for a review after this pass (see {@link GeoWriter#infer})
     * @param progress     progress (bytes read, rows read), reported once
     * @throws TabularException {@code parquet.unreadable} when DuckDB cannot read the file as Parquet;
     *     {@code parquet.no-columns} for a file without columns; {@code geoparquet.*} and {@code crs.*} for GeoParquet
     *     metadata Datakraam cannot use, or a CRS that must be confirmed first
     */
    ParquetSource infer(Path raw, @Nullable Integer confirmedCrs, boolean review, ProgressListener progress)
            throws IOException {
        long size = Files.size(raw);
        try (Connection connection = connect(false)) {
            String file = literal(raw.toAbsolutePath().toString());
            Map<String, String> described = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + file + ")")) {
                while (rows.next()) {
                    described.put(rows.getString("column_name"), rows.getString("column_type"));
                }
            }
            long rowCount = single(connection, "SELECT coalesce(sum(num_rows), 0) FROM parquet_file_metadata("
                    + file + ")", rs -> rs.getLong(1), 0L);
            String geoJson = single(connection, "SELECT decode(value) FROM parquet_kv_metadata(" + file
                    + ") WHERE decode(key) = '" + GeoParquetMetadata.KEY + "'", rs -> rs.getString(1), null);

            List<Issue> notes = new ArrayList<>();
            GeoParquetInput geo = null;
            DecidedCrs decided = null;
            Set<String> wkbColumns = new HashSet<>();
            Set<String> coverings = new HashSet<>();
            if (geoJson != null) {
                geo = GeoParquetInput.parse(geoJson);
                GeoParquetInput.Column primary = geo.primary();
                checkPrimary(primary, described);
                Envelope extent = primary.bbox() != null ? primary.bbox()
                        : firstExtent(connection, file, primary.name());
                decided = GeoWriter.sourceCrs(new DeclaredCrs(() -> primary.crs(extent),
                        () -> primary.crsGuess(extent)), confirmedCrs, review, notes);
                if (review && decided.proposal().basis().equals(CrsProposal.UNDECLARED)) {
                    decided = new DecidedCrs(decided.epsg(), decided.proposal().withExtent(GeoWriter.extent(extent)));
                }
                for (GeoParquetInput.Column column : geo.columns()) {
                    if (column.isWkb()) {
                        wkbColumns.add(column.name());
                    }
                    if (column.coveringColumn() != null) {
                        coverings.add(column.coveringColumn());
                    }
                }
            } else if (confirmedCrs != null) {
                notes.add(Issue.of(Severity.WARNING, IssueCode.CRS_NO_COORDINATES, 0, 0, null,
                        Map.of("confirmed", confirmedCrs, "source", "parquet")));
            }

            List<SourceColumn> columns = new ArrayList<>();
            for (var entry : described.entrySet()) {
                String name = entry.getKey();
                String type = entry.getValue();
                if (geo != null && name.equals(geo.primary().name())) {
                    continue;
                }
                if (coverings.contains(name) && type.startsWith("STRUCT")) {
                    notes.add(Issue.of(Severity.INFO, IssueCode.PARQUET_COVERING_RECOMPUTED, 0, 0, null,
                            Map.of("name", name)));
                    continue;
                }
                columns.add(new SourceColumn(name, type, wkbColumns.contains(name) && type.equals("BLOB") ? Kind.WKB
                        : kindOf(type)));
            }
            if (columns.isEmpty() && geo == null) {
                throw new TabularException(IssueCode.PARQUET_NO_COLUMNS, 0, Map.of());
            }
            Set<String> tooLarge = tooLargeIntegers(connection, file, columns);
            Inference inference = inference(columns, tooLarge, rowCount, size, notes);
            GeometryColumn geometry = null;
            CrsProposal proposal = null;
            if (geo != null) {
                inference = GeoWriter.renamed(inference);
                geometry = new GeometryColumn(geo.primary().name(), decided.epsg());
                proposal = decided.proposal();
            }
            progress.onProgress(size / 2, rowCount);
            return new ParquetSource(inference, columns, geometry, proposal);
        } catch (SQLException e) {
            throw unreadable(e, raw);
        } catch (GeoException e) {
            throw GeoWriter.failure(e);
        }
    }

    /**
     * The inference with the dataset's field overrides applied where every value of the file fits, each checked
     * with one DuckDB scan of its column; an override that does not fit is dropped with a warning in {@code notes}
     * naming the first row that does not fit.
     *
     * @throws TabularException {@code parquet.unreadable} when the file can no longer be read
     */
    Inference applyOverrides(Path raw, ParquetSource source, Map<String, FieldOverride> overrides,
            List<VersionIssue> notes) throws IOException {
        Inference inferred = source.inference();
        if (overrides.isEmpty()) {
            return inferred;
        }
        TableSchema overridden = SchemaReview.overridden(inferred.schema(), overrides);
        Map<String, FieldOverride> fitting = new LinkedHashMap<>(overrides);
        String file = literal(raw.toAbsolutePath().toString());
        try (Connection connection = connect(false)) {
            for (int i = 0; i < overridden.fields().size(); i++) {
                Field target = overridden.fields().get(i);
                FieldOverride override = overrides.get(target.name());
                if (override == null) {
                    continue;
                }
                SourceColumn column = source.columns().get(i);
                Long misfit;
                try {
                    misfit = single(connection, "SELECT min(file_row_number) FROM read_parquet(" + file
                            + ", file_row_number = true) WHERE " + quote(column.name()) + " IS NOT NULL AND ("
                            + expression(column, target) + ") IS NULL", rs -> rs.getObject(1) == null ? null
                            : rs.getLong(1), null);
                } catch (SQLException e) {
                    // a cast DuckDB refuses outright, such as a date format it cannot parse: nothing fits
                    misfit = 0L;
                }
                if (misfit != null) {
                    fitting.remove(target.name());
                    notes.add(SchemaReview.overrideDropped(target.name(), override.type(), "row", misfit + 1,
                            inferred.sourceColumns().get(i)));
                }
            }
        } catch (SQLException e) {
            throw unreadable(e, raw);
        }
        return inferred.withSchema(SchemaReview.overridden(inferred.schema(), fitting));
    }

    /**
     * Writes {@code data.parquet} (GeoParquet 1.1 for a GeoParquet source) into the version's folder; its CSV download
     * is made from it when first asked for.
     *
     * @param reviewed the inference of {@code source}, its schema possibly changed by the steward
     * @param previous the current version's Parquet file when appending (its rows come first); refused for geodata
     * @param writing  progress (bytes, estimated from the share of rows written; rows written)
     * @return the files, with the spatial description for geodata (null otherwise)
     * @throws TabularException {@code parquet.unreadable} when a data page cannot be read;
     *     {@code version.append-geodata} when appending to geodata; {@code geoparquet.bad-geometry} for a value
     *     that is not WKB; {@code geo.not-lon-lat} for degrees out of range
     */
    GeoWrite write(Path raw, ParquetSource source, Inference reviewed, Path directory, @Nullable Path previous,
            ProgressListener writing) throws IOException, SQLException {
        GeometryColumn geometry = source.geometry();
        if (geometry != null && previous != null) {
            throw new TabularException(IssueCode.VERSION_APPEND_GEODATA, 0, Map.of());
        }
        if (geometry != null && geometry.sourceCrs() == GeoWriter.UNCONFIRMED) {
            throw new IllegalStateException("the CRS must be confirmed in the review before writing");
        }
        List<Field> fields = reviewed.schema().fields();
        GeometryCells cells = geometry == null ? null : new GeometryCells(geometry.sourceCrs());
        List<ParquetStaging.Column> columns = new ArrayList<>();
        List<String> select = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String type = ParquetStaging.Column.typeOf(field);
            columns.add(new ParquetStaging.Column(field.name(), type));
            SourceColumn column = source.columns().get(i);
            select.add(column.kind() == Kind.WKB ? expression(column, field)
                    : "CAST((" + expression(column, field) + ") AS " + type + ")");
        }
        if (cells != null) {
            columns.addAll(cells.columns());
            select.add(quote(geometry.name()));
        }
        long total = Math.max(1, reviewed.rowCount());
        long size = Files.size(raw);
        Set<String> types = new LinkedHashSet<>();
        var wkt = new WKTWriter(3);
        try (var staging = new ParquetStaging(blobs, settings, columns);
                Connection connection = connect(true);
                Statement statement = connection.createStatement()) {
            if (previous != null) {
                staging.rowsOf(previous);
            }
            ResultSet rows;
            try {
                rows = statement.executeQuery("SELECT " + (select.isEmpty() ? "NULL" : String.join(", ", select))
                        + " FROM read_parquet(" + literal(raw.toAbsolutePath().toString()) + ")");
            } catch (SQLException e) {
                throw unreadable(e, raw);
            }
            try (rows) {
                long row = 0;
                while (next(rows, raw)) {
                    row++;
                    @Nullable Object[] values = new Object[fields.size()];
                    for (int i = 0; i < fields.size(); i++) {
                        values[i] = value(rows, i + 1, fields.get(i), source.columns().get(i).kind(), wkt, row);
                    }
                    if (cells == null) {
                        staging.row(values);
                    } else {
                        byte[] wkb = bytes(rows, fields.size() + 1);
                        Geometry shape = wkb == null ? null : GeoParquetInput.decode(wkb, row);
                        if (shape != null) {
                            types.add(GeoParquetInput.geometryType(shape));
                        }
                        staging.row(cells.row(values, shape, "row", row));
                    }
                    if (row % PROGRESS_ROWS == 0) {
                        writing.onProgress(size * Math.min(row, total) / total, row);
                    }
                }
                writing.onProgress(size, row);
            }
            Path parquet = staging.written(directory, cells == null ? Map.of()
                    : Map.of(GeoParquetMetadata.KEY, cells.metadata(types)));
            return new GeoWrite(parquet, cells == null ? null : cells.spatial(types));
        } catch (GeoException e) {
            throw GeoWriter.failure(e);
        }
    }

    /** How the file was read, for the version's record: format, columns, and for GeoParquet its column and CRS. */
    String layoutJson(ParquetSource source) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("format", EXTENSION);
        description.put("columns", source.columns().stream().map(SourceColumn::name).toList());
        GeometryColumn geometry = source.geometry();
        if (geometry != null) {
            description.put("geometryColumn", geometry.name());
            description.put("crs", "EPSG:" + geometry.sourceCrs());
        }
        return json.writeValueAsString(description);
    }

    /** A DuckDB connection of its own, in memory, with the ingest's limits; streaming results when reading rows. */
    private Connection connect(boolean streaming) throws SQLException {
        var properties = new Properties();
        if (streaming) {
            properties.setProperty("jdbc_stream_results", "true");
        }
        Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + settings.duckdbMemoryLimit().toMegabytes() + "MB'");
            statement.execute("SET threads = " + settings.duckdbThreads());
            statement.execute("SET TimeZone = 'UTC'");
            // DuckDB 2 reads a GeoParquet column as its own GEOMETRY type; the WKB bytes are what is decoded here
            statement.execute("SET enable_geoparquet_conversion = false");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static void checkPrimary(GeoParquetInput.Column primary, Map<String, String> described) {
        String type = described.get(primary.name());
        if (type == null) {
            throw new TabularException(GeoCode.GEOPARQUET_INVALID_METADATA, 0, Map.of("problem", "primary-absent",
                    "primary", primary.name()));
        }
        if (!primary.isWkb() || !type.equals("BLOB")) {
            throw new TabularException(GeoCode.GEOPARQUET_ENCODING_UNSUPPORTED, 0, Map.of("column", primary.name(),
                    "encoding", primary.encoding()));
        }
    }

    /** The envelope of the first geometry of a column, or null when it has none. */
    private static @Nullable Envelope firstExtent(Connection connection, String file, String column)
            throws SQLException {
        byte[] wkb = single(connection, "SELECT " + quote(column) + " FROM read_parquet(" + file + ") WHERE "
                + quote(column) + " IS NOT NULL LIMIT 1", rs -> bytes(rs, 1), null);
        return wkb == null ? null : GeoParquetInput.decode(wkb, 1).getEnvelopeInternal();
    }

    /** The 128-bit and unsigned 64-bit integer columns with a value beyond 64 bits. */
    private static Set<String> tooLargeIntegers(Connection connection, String file, List<SourceColumn> columns)
            throws SQLException {
        Set<String> tooLarge = new HashSet<>();
        for (SourceColumn column : columns) {
            if (column.kind() == Kind.BIG_INTEGER) {
                long count = single(connection, "SELECT count(*) FROM read_parquet(" + file + ") WHERE "
                        + quote(column.name()) + " IS NOT NULL AND TRY_CAST(" + quote(column.name())
                        + " AS BIGINT) IS NULL", rs -> rs.getLong(1), 0L);
                if (count > 0) {
                    tooLarge.add(column.name());
                }
            }
        }
        return tooLarge;
    }

    private static Inference inference(List<SourceColumn> columns, Set<String> tooLarge, long rows, long size,
            List<Issue> notes) {
        List<String> titles = columns.stream().map(SourceColumn::name).toList();
        List<String> names = FieldNames.distinct(titles.stream()
                .map(title -> FieldNames.toIdentifier(title, FieldNames.MAX_LENGTH)).toList(), FieldNames.MAX_LENGTH);
        List<Field> fields = new ArrayList<>();
        List<Issue> issues = new ArrayList<>(notes);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            SourceColumn column = columns.get(i);
            FieldType type = fieldType(column.kind(), tooLarge.contains(column.name()));
            // typed values: no source formats, decimal characters or boolean spellings to describe
            fields.add(new Field(names.get(i), column.name(), type, "default", null, null, List.of(), List.of()));
            positions.add(i + 1);
            Issue issue = columnIssue(column, tooLarge.contains(column.name()), i + 1, names.get(i));
            if (issue != null) {
                issues.add(issue);
            }
        }
        return new Inference(new JsonLayout(List.of(), titles), new TableSchema(fields, List.of("")), rows, size,
                issues, positions);
    }

    private static FieldType fieldType(Kind kind, boolean tooLarge) {
        return switch (kind) {
            case INTEGER -> FieldType.INTEGER;
            case BIG_INTEGER -> tooLarge ? FieldType.STRING : FieldType.INTEGER;
            case FLOATING, DECIMAL -> FieldType.NUMBER;
            case BOOLEAN -> FieldType.BOOLEAN;
            case DATE -> FieldType.DATE;
            case TIMESTAMP -> FieldType.DATETIME;
            case TIMESTAMP_TZ -> FieldType.DATETIME_TZ;
            case TEXT, OTHER_TEXT, BLOB, NESTED, WKB -> FieldType.STRING;
        };
    }

    private static @Nullable Issue columnIssue(SourceColumn column, boolean tooLarge, int position, String field) {
        IssueCode code = switch (column.kind()) {
            case NESTED -> IssueCode.PARQUET_NESTED_AS_JSON;
            case BLOB -> IssueCode.PARQUET_BINARY_AS_BASE64;
            case OTHER_TEXT -> IssueCode.PARQUET_KEPT_AS_TEXT;
            case WKB -> IssueCode.PARQUET_GEOMETRY_AS_WKT;
            case BIG_INTEGER -> tooLarge ? IssueCode.PARQUET_INTEGER_TOO_LARGE : null;
            case DECIMAL -> decimalDigits(column.duckDbType()) > 15 ? IssueCode.PARQUET_DECIMAL_ROUNDED : null;
            case TIMESTAMP -> column.duckDbType().equals("TIMESTAMP_NS") ? IssueCode.PARQUET_NANOSECONDS_CUT : null;
            default -> null;
        };
        if (code == null) {
            return null;
        }
        return Issue.of(Severity.INFO, code, 0, position, field, Map.of("name", column.name(), "sourceType",
                column.duckDbType()));
    }

    private static int decimalDigits(String type) {
        Matcher matcher = DECIMAL.matcher(type);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** The kind of a DuckDB type name as {@code DESCRIBE} gives it. */
    static Kind kindOf(String type) {
        return switch (type) {
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER" -> Kind.INTEGER;
            case "UBIGINT", "HUGEINT", "UHUGEINT" -> Kind.BIG_INTEGER;
            case "FLOAT", "DOUBLE" -> Kind.FLOATING;
            case "BOOLEAN" -> Kind.BOOLEAN;
            case "DATE" -> Kind.DATE;
            case "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS" -> Kind.TIMESTAMP;
            case "TIMESTAMP WITH TIME ZONE" -> Kind.TIMESTAMP_TZ;
            case "VARCHAR", "UUID" -> Kind.TEXT;
            case "BLOB" -> Kind.BLOB;
            default -> {
                if (type.startsWith("DECIMAL")) {
                    yield Kind.DECIMAL;
                }
                if (type.startsWith("STRUCT") || type.startsWith("MAP") || type.startsWith("UNION")
                        || type.endsWith("]")) {
                    yield Kind.NESTED;
                }
                if (type.startsWith("ENUM")) {
                    yield Kind.TEXT;
                }
                yield Kind.OTHER_TEXT;
            }
        };
    }

    /**
     * The DuckDB expression giving a column's values as a field of {@code target}'s type, or NULL where a value
     * cannot be read so (the misfit test of {@link #applyOverrides}). Strings are trimmed before they are parsed, as
     * {@link nl.datakraam.lib.tabular.RowConverter} trims typed values.
     */
    static String expression(SourceColumn column, Field target) {
        String c = quote(column.name());
        Kind kind = column.kind();
        if (kind == Kind.WKB) {
            return target.type() == FieldType.STRING ? c : "NULL";
        }
        String text = "trim(CAST(" + c + " AS VARCHAR))";
        return switch (target.type()) {
            case STRING -> switch (kind) {
                case NESTED -> "CAST(to_json(" + c + ") AS VARCHAR)";
                case BLOB -> "to_base64(" + c + ")";
                default -> "CAST(" + c + " AS VARCHAR)";
            };
            case INTEGER -> switch (kind) {
                case INTEGER, BIG_INTEGER -> "TRY_CAST(" + c + " AS BIGINT)";
                case FLOATING, DECIMAL -> "CASE WHEN " + c + " = trunc(" + c + ") THEN TRY_CAST(" + c
                        + " AS BIGINT) END";
                case TEXT -> "CASE WHEN regexp_full_match(" + text + ", '[+-]?[0-9]+') THEN TRY_CAST(" + text
                        + " AS BIGINT) END";
                default -> "NULL";
            };
            case NUMBER -> switch (kind) {
                case INTEGER, BIG_INTEGER, FLOATING, DECIMAL -> "CAST(" + c + " AS DOUBLE)";
                case TEXT -> ",".equals(target.decimalChar())
                        ? "TRY_CAST(replace(replace(" + text + ", '.', ''), ',', '.') AS DOUBLE)"
                        : "TRY_CAST(" + text + " AS DOUBLE)";
                default -> "NULL";
            };
            case BOOLEAN -> kind == Kind.BOOLEAN ? c : "NULL";
            case DATE -> switch (kind) {
                case DATE -> c;
                case TIMESTAMP, TIMESTAMP_TZ -> "CASE WHEN CAST(" + c + " AS DATE) = " + c + " THEN CAST(" + c
                        + " AS DATE) END";
                case TEXT -> isoFormat(target.format()) ? "TRY_CAST(" + text + " AS DATE)"
                        : "CAST(try_strptime(" + text + ", " + literal(target.format()) + ") AS DATE)";
                default -> "NULL";
            };
            case DATETIME -> switch (kind) {
                case TIMESTAMP, DATE -> "CAST(" + c + " AS TIMESTAMP)";
                case TIMESTAMP_TZ -> "CAST(" + c + " AS TIMESTAMP)";
                case TEXT -> isoFormat(target.format()) ? "TRY_CAST(" + text + " AS TIMESTAMP)"
                        : "CAST(try_strptime(" + text + ", " + literal(target.format()) + ") AS TIMESTAMP)";
                default -> "NULL";
            };
            case DATETIME_TZ -> switch (kind) {
                case TIMESTAMP_TZ -> c;
                case TIMESTAMP, DATE -> "CAST(" + c + " AS TIMESTAMPTZ)";
                default -> "NULL";
            };
        };
    }

    /** Whether a date or date-time format is ISO 8601, which a DuckDB cast reads (with {@code T} or a space). */
    private static boolean isoFormat(String format) {
        return format.equals("default") || format.equals("%Y-%m-%d") || format.equals("%Y-%m-%dT%H:%M:%S");
    }

    private static @Nullable Object value(ResultSet rows, int index, Field field, Kind kind, WKTWriter wkt, long row)
            throws SQLException {
        if (kind == Kind.WKB) {
            byte[] wkb = bytes(rows, index);
            return wkb == null ? null : wkt.write(GeoParquetInput.decode(wkb, row));
        }
        Object value = switch (field.type()) {
            case STRING -> rows.getString(index);
            case INTEGER -> rows.getLong(index);
            case NUMBER -> rows.getDouble(index);
            case BOOLEAN -> rows.getBoolean(index);
            case DATE -> rows.getObject(index, LocalDate.class);
            case DATETIME -> rows.getObject(index, LocalDateTime.class);
            case DATETIME_TZ -> rows.getObject(index, OffsetDateTime.class);
        };
        return rows.wasNull() ? null : value;
    }

    private static byte @Nullable [] bytes(ResultSet rows, int index) throws SQLException {
        Object value = rows.getObject(index);
        return switch (value) {
            case null -> null;
            case byte[] bytes -> bytes;
            case Blob blob -> blob.getBytes(1, (int) blob.length());
            default -> throw new IllegalStateException("not binary: " + value.getClass().getName());
        };
    }

    private static boolean next(ResultSet rows, Path raw) {
        try {
            return rows.next();
        } catch (SQLException e) {
            throw unreadable(e, raw);
        }
    }

    /** The first column of the first row of a query, or {@code absent} when it has no row. */
    private static <T> T single(Connection connection, String sql, Reading<T> reading, T absent)
            throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? reading.read(rows) : absent;
        }
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * The failure for a file DuckDB cannot read, without the blob store's path and without a stack trace: what is
     * wrong and what to do.
     */
    static TabularException unreadable(SQLException e, Path raw) {
        String message = String.valueOf(e.getMessage());
        String first = message.lines().findFirst().orElse("").replace(raw.toAbsolutePath().toString(), "the file")
                .replace(raw.toString(), "the file");
        Map<String, Object> facts = new HashMap<>();
        if (first.contains("No magic bytes")) {
            facts.put("problem", "cut-off");
        } else if (first.contains("too small to be a Parquet file")) {
            facts.put("problem", "too-small");
        } else {
            facts.put("problem", "damaged");
            facts.put("detail", first.replaceFirst("^[A-Za-z ]*Error: ", "").strip());
        }
        return new TabularException(IssueCode.PARQUET_UNREADABLE, 0, facts);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
