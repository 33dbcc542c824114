// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import nl.datakraam.catalog.FieldOverride;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.ingest.CrsProposal;
import nl.datakraam.ingest.IngestSettings;
import nl.datakraam.ingest.infra.GeoInference.Features;
import nl.datakraam.ingest.infra.GeoInference.GeometrySource;
import nl.datakraam.ingest.infra.GeoInference.Points;
import nl.datakraam.lib.geo.CoordinateColumns;
import nl.datakraam.lib.geo.CrsGuess;
import nl.datakraam.lib.geo.Feature;
import nl.datakraam.lib.geo.FeatureSource;
import nl.datakraam.lib.geo.GeoCode;
import nl.datakraam.lib.geo.GeoException;
import nl.datakraam.lib.geo.GeoParquetMetadata;
import nl.datakraam.lib.geo.Reprojection;
import nl.datakraam.lib.tabular.CsvRecord;
import nl.datakraam.lib.tabular.Field;
import nl.datakraam.lib.tabular.Inference;
import nl.datakraam.lib.tabular.Issue;
import nl.datakraam.lib.tabular.JsonLayout;
import nl.datakraam.lib.tabular.ProgressListener;
import nl.datakraam.lib.tabular.RecordSource;
import nl.datakraam.lib.tabular.RowConverter;
import nl.datakraam.lib.tabular.Severity;
import nl.datakraam.lib.tabular.TableSchema;
import nl.datakraam.lib.tabular.TabularCode;
import nl.datakraam.lib.tabular.TabularException;
import nl.datakraam.lib.tabular.TabularInference;
import nl.datakraam.shared.IssueCode;
import nl.datakraam.storage.BlobStore;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns geodata into a version's data files, in the two steps of {@link TabularWriter}: {@link #infer} reads the
 * upload once (twice for GeoJSON) and infers its attributes' Table Schema with {@code libs/tabular}, exactly as for a
 * CSV file; {@link #write} reads it again and writes GeoParquet 1.1 and a CSV through {@link ParquetStaging}.
 *
 * <p>What is geodata: a {@code .geojson} file, a {@code .gpkg} file (its first feature table), a {@code .json} file
 * that is a GeoJSON FeatureCollection, and a table (CSV, workbook, JSON array) with two coordinate columns such as
 * {@code x}/{@code y} or {@code lon}/{@code lat} once the steward has confirmed their CRS. For such a table without a
 * confirmation, the proposal becomes an INFO issue and the table is stored without geometry.
 *
 * <p>The CRS rule: a CRS the file declares (or that its format implies: WGS 84 for GeoJSON) is used when the
 * coordinates fit it. When the file declares none that fits, {@code libs/geo} proposes one from the coordinates, and
 * this writer does not apply it: the ingest fails with the proposal and how to confirm it ({@code crs=28992} on the
 * upload). A confirmed CRS that contradicts the one a file declares fails the ingest too.
 *
 * <p>The Parquet file holds, after the attribute fields: {@code geometry} (ISO WKB, WGS 84 longitude/latitude, the
 * primary column), {@code bbox} (its GeoParquet 1.1 covering struct), for a source in RD New also
 * {@code geometry_rd} and {@code bbox_rd} in EPSG:28992 as stored in the source, and {@code geometry_wkt} (the WGS 84
 * geometry as WKT, for SQL without a spatial extension); its footer has the {@code geo} metadata. The CSV holds the
 * attributes and {@code geometry_wkt}, which QGIS reads as a WKT geometry column. ETRS89 is stored as WGS 84 (they
 * differ by less than a metre in the Netherlands; see {@link Reprojection}).
 */
@Component
class GeoWriter {

    static final String GEOMETRY = VersionSpatial.GEOMETRY;
    static final String BBOX = VersionSpatial.BBOX;
    static final String GEOMETRY_RD = VersionSpatial.GEOMETRY_RD;
    static final String BBOX_RD = VersionSpatial.BBOX_RD;
    static final String GEOMETRY_WKT = VersionSpatial.GEOMETRY_WKT;

    /** Column names the geometry takes; an attribute of the same name is renamed. */
    private static final Set<String> GEOMETRY_COLUMNS = Set.of(GEOMETRY, BBOX, GEOMETRY_RD, BBOX_RD, GEOMETRY_WKT);
    private static final String GEOJSON = "geojson";
    private static final String GEOPACKAGE = "gpkg";
    private static final int SAMPLE_ROWS = 1_000;
    private static final int PROGRESS_ROWS = 10_000;
    /** The source CRS of geodata whose CRS the steward has yet to confirm in the review; never written. */
    static final int UNCONFIRMED = 0;

    private final BlobStore blobs;
    private final IngestSettings settings;
    private final TabularWriter tabular;
    private final JsonMapper json;

    GeoWriter(BlobStore blobs, IngestSettings settings, TabularWriter tabular, JsonMapper json) {
        this.blobs = blobs;
        this.settings = settings;
        this.tabular = tabular;
        this.json = json;
    }

    /**
     * Reads an upload once and infers its attributes' schema: a GeoJSON or GeoPackage file as features, anything
     * else through {@link TabularWriter#infer}, followed by a search for coordinate columns.
     *
     * @param filename     the name the file was uploaded under; {@code .geojson} and {@code .gpkg} select the geodata
     *                     readers, a {@code .json} file turns out to be GeoJSON when the JSON table reader says so
     * @param confirmedCrs the EPSG code the steward confirmed for a file that does not declare one (or for
     *                     coordinate columns), or null
     * @param review       whether the job stops for the steward's review after this pass: geodata whose CRS must be
     *                     confirmed first then yields a proposal ({@link CrsProposal#required()}) instead of failing,
     *                     and must not be written before a CRS is confirmed
     * @param inferring    progress (bytes read, rows read)
     * @return the attributes' inference, with the geodata notes first among its issues, where the geometry comes
     *     from (null when the version gets none), and the CRS proposal for the review
     * @throws TabularException when the file cannot be read, when its CRS must be confirmed first and
     *     {@code review} is false ({@code crs.undeclared}, {@code crs.contradicted}: the message names the proposal
     *     and how to confirm it), or when the confirmed CRS contradicts the file's ({@code crs.conflict})
     */
    GeoInference infer(Path raw, String filename, @Nullable Integer confirmedCrs, boolean review,
            ProgressListener inferring) throws IOException {
        String ending = ending(filename);
        if (ending.equals(GEOJSON) || ending.equals(GEOPACKAGE)) {
            return inferFeatures(raw, ending, confirmedCrs, review, inferring);
        }
        Inference inference;
        try {
            inference = tabular.infer(raw, filename, inferring);
        } catch (TabularException e) {
            if (e.is(TabularCode.JSON_GEOJSON)) {
                return inferFeatures(raw, GEOJSON, confirmedCrs, review, inferring);
            }
            throw e;
        }
        return withCoordinates(raw, inference, confirmedCrs, review);
    }

    /**
     * Writes {@code data.parquet} (GeoParquet 1.1) into the version's folder; its CSV download (the attributes and
     * {@code geometry_wkt}) is made from it when first asked for.
     *
     * @param source    what {@link #infer} found; its geometry must not be null
     * @param reviewed  the attributes' inference, its schema possibly changed by the steward
     * @param previous  the current version's Parquet when appending; geodata cannot be appended yet, so this fails
     * @param writing   progress (bytes read, rows written)
     * @throws TabularException when a value does not fit the reviewed schema, a coordinate is not a number or not in
     *     the source CRS, or when appending
     */
    GeoWrite write(Path raw, GeoInference source, Inference reviewed, Path directory, @Nullable Path previous,
            ProgressListener writing) throws IOException, SQLException {
        GeometrySource geometry = source.geometry();
        if (geometry == null) {
            throw new IllegalArgumentException("not geodata: write it with TabularWriter");
        }
        if (geometry.sourceCrs() == UNCONFIRMED) {
            throw new IllegalStateException("the CRS must be confirmed in the review before writing");
        }
        if (previous != null) {
            throw new TabularException(IssueCode.VERSION_APPEND_GEODATA, 0, Map.of());
        }
        List<Field> fields = reviewed.schema().fields();
        var converter = new RowConverter(reviewed);
        var cells = new GeometryCells(geometry.sourceCrs());
        List<ParquetStaging.Column> columns = new ArrayList<>();
        fields.forEach(field -> columns.add(
                new ParquetStaging.Column(field.name(), ParquetStaging.Column.typeOf(field))));
        columns.addAll(cells.columns());
        try (var staging = new ParquetStaging(blobs, settings, columns)) {
            Set<String> types = switch (geometry) {
                case Features features -> writeFeatures(raw, features, converter, cells, staging, writing);
                case Points points -> writePoints(raw, reviewed, points, converter, cells, staging, writing);
            };
            Path parquet = staging.written(directory, Map.of(GeoParquetMetadata.KEY, cells.metadata(types)));
            return new GeoWrite(parquet, cells.spatial(types));
        } catch (GeoException e) {
            throw failure(e);
        }
    }

    /**
     * How a GeoJSON or GeoPackage file was read, for the version's record: format, table and CRS; null for a table,
     * whose layout the tabular path describes.
     */
    @Nullable String layoutJson(GeoInference source) {
        if (!(source.geometry() instanceof Features features)) {
            return null;
        }
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("format", features.format());
        if (features.table() != null) {
            description.put("table", features.table());
        }
        description.put("crs", "EPSG:" + features.sourceCrs());
        return json.writeValueAsString(description);
    }

    /**
     * The inference with the dataset's field overrides applied where every value still fits, exactly as for a
     * tabular file ({@link SchemaReview#applyOverrides}): a GeoJSON or GeoPackage file's attributes are read again
     * through the geodata reader, a table's through its own reader. Each override that no longer fits is dropped with
     * a warning in {@code notes} naming the first feature (or line) that does not fit.
     *
     * @param source what {@link #infer} found
     * @throws TabularException when the file can no longer be read
     */
    Inference applyOverrides(Path raw, GeoInference source, Map<String, FieldOverride> overrides,
            List<VersionIssue> notes) throws IOException {
        Inference inferred = source.inference();
        if (!(source.geometry() instanceof Features features)) {
            return SchemaReview.applyOverrides(raw, inferred, overrides, notes);
        }
        try {
            return SchemaReview.applyOverrides(() -> new FeatureRecords(open(raw, features.format(),
                    features.table()), features.withId(), features.keys(), inferred.layout()), "feature", inferred,
                    overrides, notes);
        } catch (GeoException e) {
            throw failure(e);
        }
    }

    private GeoInference inferFeatures(Path raw, String format, @Nullable Integer confirmed, boolean review,
            ProgressListener progress) throws IOException {
        try {
            long size = Files.size(raw);
            List<Issue> notes = new ArrayList<>();
            String table = null;
            if (format.equals(GEOPACKAGE)) {
                List<String> tables = FeatureSource.geoPackageFeatureTables(raw);
                table = tables.isEmpty() ? null : tables.getFirst();
                if (tables.size() > 1) {
                    notes.add(Issue.of(Severity.INFO, IssueCode.GPKG_FIRST_TABLE, 0, 0, null,
                            Map.of("count", tables.size(), "table", table)));
                }
            }
            DecidedCrs crs;
            Set<String> keys = new LinkedHashSet<>();
            boolean withId = false;
            var extent = new Envelope();
            try (FeatureSource features = open(raw, format, table)) {
                crs = sourceCrs(new DeclaredCrs(features::crs, features::crsGuess), confirmed, review, notes);
                // the review refuses a CRS the coordinates cannot be in; it needs their range over every feature
                boolean ranged = review && crs.proposal().basis().equals(CrsProposal.UNDECLARED);
                // a GeoPackage row has every column of its table; GeoJSON features may each have other members
                for (Feature feature = features.next(); feature != null;
                        feature = format.equals(GEOPACKAGE) && !ranged ? null : features.next()) {
                    if (ranged && feature.geometry() != null && !feature.geometry().isEmpty()) {
                        extent.expandToInclude(feature.geometry().getEnvelopeInternal());
                    }
                    keys.addAll(feature.properties().keySet());
                    withId |= feature.id() != null;
                    if (feature.position() % PROGRESS_ROWS == 0) {
                        progress.onProgress(features.bytesRead() / 2, feature.position());
                    }
                }
            }
            long offset = format.equals(GEOPACKAGE) ? 0 : size / 2;
            int share = format.equals(GEOPACKAGE) ? 1 : 2;
            List<String> keyList = List.copyOf(keys);
            var layout = new JsonLayout(List.of(table == null ? "features" : table),
                    FeatureRecords.titles(withId, keyList));
            Inference inference;
            try (var records = new FeatureRecords(open(raw, format, table), withId, keyList, layout)) {
                inference = TabularInference.infer(records, "feature",
                        (bytes, rows) -> progress.onProgress(offset + bytes / share, rows));
            }
            return new GeoInference(withNotes(renamed(inference), notes),
                    new Features(format, table, withId, keyList, crs.epsg()), crs.proposal().withExtent(extent(extent)));
        } catch (GeoException e) {
            throw failure(e);
        }
    }

    /** The CRS a source is read in (or {@link #UNCONFIRMED}), and the proposal the review shows. */
    record DecidedCrs(int epsg, CrsProposal proposal) {
    }

    /**
     * What a source says about its CRS, as {@link FeatureSource#crs()} and {@link FeatureSource#crsGuess()} say it
     * (or a GeoParquet column): {@code crs} throws {@link GeoException} {@code crs.undeclared} or
     * {@code crs.contradicted} when the CRS must be confirmed, and {@code guess} then proposes one.
     */
    record DeclaredCrs(IntSupplier crs, Supplier<Optional<CrsGuess>> guess) {
    }

    /**
     * The CRS to read a source in: the one it declares, or the steward's confirmation where it declares none that
     * fits. Never the guess by itself: without a confirmation, such a source fails, or, before a review, is
     * {@link #UNCONFIRMED} with a proposal that requires one.
     */
    static DecidedCrs sourceCrs(DeclaredCrs source, @Nullable Integer confirmed, boolean review,
            List<Issue> notes) {
        int declared;
        try {
            declared = source.crs().getAsInt();
        } catch (GeoException e) {
            if (!e.is(GeoCode.CRS_UNDECLARED) && !e.is(GeoCode.CRS_CONTRADICTED)) {
                throw e;
            }
            Optional<CrsGuess> guess = source.guess().get();
            CrsProposal proposal = CrsProposal.suggested(CrsProposal.UNDECLARED, guess.map(CrsGuess::epsg)
                    .orElse(null), guess.map(g -> g.confidence().name()).orElse(null),
                    guess.map(CrsGuess::reason).orElse(null), List.of(), confirmed);
            if (confirmed == null && review) {
                // the same fault as without a review, said as a question the review answers
                Map<String, Object> arguments = new HashMap<>(e.arguments());
                arguments.put("review", true);
                notes.add(Issue.of(Severity.WARNING, e.messageCode(), 0, 0, null, arguments));
                return new DecidedCrs(UNCONFIRMED, proposal);
            }
            if (confirmed == null) {
                // the message says how to confirm the proposal: crs on the upload, --crs for the import command
                throw failure(e);
            }
            notes.add(Issue.of(Severity.INFO, IssueCode.CRS_CONFIRMED, 0, 0, null, Map.of("problem",
                    e.is(GeoCode.CRS_UNDECLARED) ? "undeclared" : "contradicted", "epsg", confirmed)));
            guess.filter(g -> !sameCrs(g.epsg(), confirmed)).ifPresent(g -> notes.add(unlikeGuess(confirmed, g)));
            return new DecidedCrs(confirmed, proposal);
        }
        if (confirmed != null && !sameCrs(declared, confirmed)) {
            throw new TabularException(IssueCode.CRS_CONFLICT, 0, Map.of("declared", declared, "confirmed", confirmed));
        }
        return new DecidedCrs(declared, CrsProposal.declared(declared, confirmed));
    }

    /**
     * For a table: looks for coordinate columns in its first {@value #SAMPLE_ROWS} records. Without a confirmed CRS
     * the proposal becomes an INFO issue; with one, the table gets point geometry. Before a review, the proposal
     * also gets the range of the columns' values over the whole file, read once more, so that the review can refuse
     * a CRS they cannot be in.
     */
    private GeoInference withCoordinates(Path raw, Inference inference, @Nullable Integer confirmed, boolean review)
            throws IOException {
        List<Field> fields = inference.schema().fields();
        List<List<String>> sample = new ArrayList<>();
        try (RecordSource records = RecordSource.open(raw, inference.layout())) {
            for (CsvRecord record = records.next(); record != null && sample.size() < SAMPLE_ROWS;
                    record = records.next()) {
                sample.add(aligned(record, inference.sourceColumns()));
            }
        }
        Optional<CoordinateColumns> found = CoordinateColumns.detect(fields.stream().map(Field::title).toList(),
                sample);
        List<Issue> notes = new ArrayList<>();
        if (found.isEmpty()) {
            if (confirmed != null) {
                notes.add(Issue.of(Severity.WARNING, IssueCode.CRS_NO_COORDINATES, 0, 0, null,
                        Map.of("confirmed", confirmed)));
            }
            return new GeoInference(withNotes(inference, notes), null, null);
        }
        CoordinateColumns columns = found.get();
        CrsGuess guess = columns.crs();
        Field x = fields.get(columns.xColumn());
        int position = inference.sourceColumns().get(columns.xColumn());
        CrsProposal proposal = CrsProposal.suggested(CrsProposal.COORDINATES, guess.epsg(),
                guess.confidence().name(), guess.reason(), List.of(x.name(), fields.get(columns.yColumn()).name()),
                confirmed);
        if (review) {
            proposal = proposal.withExtent(extent(extentOf(raw, inference, columns)));
        }
        if (confirmed == null) {
            notes.add(Issue.of(Severity.INFO, IssueCode.GEO_COORDINATES_PROPOSED, 0, position, x.name(),
                    Map.of("xName", columns.xName(), "yName", columns.yName(), "guessEpsg", guess.epsg(),
                            "confidence", guess.confidence().name().toLowerCase(Locale.ROOT), "reason",
                            guess.reason())));
            return new GeoInference(withNotes(inference, notes), null, proposal);
        }
        notes.add(Issue.of(Severity.INFO, IssueCode.GEO_POINTS_ADDED, 0, position, x.name(),
                Map.of("xName", columns.xName(), "yName", columns.yName(), "epsg", confirmed)));
        if (!sameCrs(guess.epsg(), confirmed)) {
            notes.add(unlikeGuess(confirmed, guess));
        }
        return new GeoInference(withNotes(renamed(inference), notes), new Points(columns, confirmed), proposal);
    }

    /** The range of a table's coordinate values over all its records. */
    private static Envelope extentOf(Path raw, Inference inference, CoordinateColumns columns) throws IOException {
        var extent = new Envelope();
        try (RecordSource records = RecordSource.open(raw, inference.layout())) {
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                columns.extend(extent, aligned(record, inference.sourceColumns()));
            }
        }
        return extent;
    }

    /** An extent as a proposal states it; null for an empty one. */
    static CrsProposal.@Nullable Extent extent(@Nullable Envelope envelope) {
        return envelope == null || envelope.isNull() ? null : new CrsProposal.Extent(envelope.getMinX(),
                envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }

    private Set<String> writeFeatures(Path raw, Features source, RowConverter converter, GeometryCells cells,
            ParquetStaging staging, ProgressListener writing) throws IOException, SQLException {
        try (FeatureSource features = open(raw, source.format(), source.table())) {
            long rows = 0;
            for (Feature feature = features.next(); feature != null; feature = features.next()) {
                var attributes = converter.convert(FeatureRecords.record(feature, source.withId(), source.keys()));
                staging.row(cells.row(attributes, feature.geometry(), "feature", feature.position()));
                if (++rows % PROGRESS_ROWS == 0) {
                    writing.onProgress(features.bytesRead(), rows);
                }
            }
            writing.onProgress(features.bytesRead(), rows);
            return features.geometryTypes();
        }
    }

    private Set<String> writePoints(Path raw, Inference reviewed, Points source, RowConverter converter,
            GeometryCells cells, ParquetStaging staging, ProgressListener writing) throws IOException, SQLException {
        boolean located = false;
        try (RecordSource records = RecordSource.open(raw, reviewed.layout())) {
            long rows = 0;
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                Point point = source.columns().point(aligned(record, reviewed.sourceColumns()), record.line());
                located |= point != null;
                staging.row(cells.row(converter.convert(record), point, "line", record.line()));
                if (++rows % PROGRESS_ROWS == 0) {
                    writing.onProgress(records.bytesRead(), rows);
                }
            }
            writing.onProgress(records.bytesRead(), rows);
        }
        return located ? Set.of("Point") : Set.of();
    }

    private static FeatureSource open(Path raw, String format, @Nullable String table) throws IOException {
        if (!format.equals(GEOPACKAGE)) {
            return FeatureSource.openGeoJson(raw);
        }
        return table == null ? FeatureSource.openGeoPackage(raw) : FeatureSource.openGeoPackage(raw, table);
    }

    /** A record's values in field order (the fields' source columns), empty where the record is short. */
    private static List<String> aligned(CsvRecord record, List<Integer> sourceColumns) {
        List<String> values = new ArrayList<>(sourceColumns.size());
        for (int column : sourceColumns) {
            values.add(column - 1 < record.values().size() ? record.values().get(column - 1) : "");
        }
        return values;
    }

    /** The inference with fields named like a geometry column renamed ({@code geometry} → {@code geometry_2}). */
    static Inference renamed(Inference inference) {
        List<Field> fields = inference.schema().fields();
        Set<String> taken = new HashSet<>(GEOMETRY_COLUMNS);
        fields.forEach(field -> taken.add(field.name()));
        List<Field> result = new ArrayList<>();
        for (Field field : fields) {
            if (!GEOMETRY_COLUMNS.contains(field.name())) {
                result.add(field);
                continue;
            }
            String name = field.name() + "_2";
            for (int n = 3; !taken.add(name); n++) {
                name = field.name() + "_" + n;
            }
            result.add(new Field(name, field.title(), field.type(), field.format(), field.decimalChar(),
                    field.groupChar(), field.trueValues(), field.falseValues(), field.missingValues()));
        }
        return result.equals(fields) ? inference
                : inference.withSchema(new TableSchema(result, inference.schema().missingValues()));
    }

    /** The inference with the geodata notes before its own issues. */
    private static Inference withNotes(Inference inference, List<Issue> notes) {
        if (notes.isEmpty()) {
            return inference;
        }
        List<Issue> issues = new ArrayList<>(notes);
        issues.addAll(inference.issues());
        return new Inference(inference.layout(), inference.schema(), inference.rowCount(), inference.byteCount(),
                issues, inference.sourceColumns());
    }

    private static Issue unlikeGuess(int confirmed, CrsGuess guess) {
        return Issue.of(Severity.WARNING, IssueCode.CRS_CONFIRMED_UNLIKE_GUESS, 0, 0, null,
                Map.of("guessEpsg", guess.epsg(), "confirmed", confirmed, "reason", guess.reason()));
    }

    /** Whether two CRSs store the same coordinates: equal, or both WGS 84 / ETRS89 degrees. */
    private static boolean sameCrs(int a, int b) {
        return a == b || a != Reprojection.RD_NEW && b != Reprojection.RD_NEW;
    }

    /** A fault of {@code libs/geo} as an ingest failure, with its code, position and facts. */
    static TabularException failure(GeoException e) {
        Map<String, Object> arguments = new HashMap<>(e.arguments());
        arguments.put("unit", e.is(GeoCode.CSV_BAD_COORDINATE) ? "line" : "feature");
        return new TabularException(e.messageCode(), e.position(), arguments, e);
    }

    private static String ending(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
