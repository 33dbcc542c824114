// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.ReadableTable;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.query.infra.DuckDbSandbox;
import nl.datakraam.query.infra.FeatureReader;
import nl.datakraam.query.infra.SandboxTable;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import nl.datakraam.storage.BlobStore;
import org.springframework.stereotype.Service;

/** Read-only SQL and row pages over the datasets the caller may read. Thread-safe. */
@Service
public class QueryService {

    /** Most rows one page of {@link #rows} may ask for. */
    public static final int MAX_PAGE = 1000;

    /** Most features one page of {@link #features} may ask for (OGC API – Features' example maximum). */
    public static final int MAX_FEATURES = 10_000;

    private final Catalog catalog;
    private final BlobStore blobs;
    private final DuckDbSandbox sandbox;
    private final QuerySettings settings;
    private final AuditLog audit;
    private final FeatureReader features;

    QueryService(Catalog catalog, BlobStore blobs, DuckDbSandbox sandbox, QuerySettings settings,
            FeatureReader features, AuditLog audit) {
        this.audit = audit;
        this.catalog = catalog;
        this.blobs = blobs;
        this.sandbox = sandbox;
        this.settings = settings;
        this.features = features;
    }

    /**
     * Runs one SELECT statement. Every dataset the caller may read is a view named by its {@code tableName}; no
     * other data is reachable. Each non-public dataset the statement names is recorded in the audit log
     * ({@code query.run}).
     *
     * @throws PlatformException {@link ErrorCode#QUERY_REJECTED} for anything but a single SELECT,
     *     {@link ErrorCode#QUERY_FAILED} when DuckDB cannot run it (message says why), {@link ErrorCode#QUERY_TIMEOUT}
     *     past the time limit
     */
    public QueryResult run(String sql, Caller caller) {
        List<ReadableTable> readable = catalog.readableTables(caller);
        QueryResult result = sandbox.select(readable.stream().map(this::sandboxTable).toList(), sql,
                settings.rowLimit());
        for (ReadableTable table : readable) {
            if (names(sql, table.tableName())) {
                audit.recordRead(caller, "query.run", table.datasetId().value(), table.versionId(),
                        table.accessLevel());
            }
        }
        return result;
    }

    /**
     * Whether the SQL names the table: its name as a whole word, case-insensitively (quoted or not). May say yes for
     * a name inside a string literal; then the audit log has one entry too many, never one too few.
     */
    static boolean names(String sql, String tableName) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(tableName) + "(?![A-Za-z0-9_])",
                Pattern.CASE_INSENSITIVE).matcher(sql).find();
    }

    /**
     * A page of the current version's rows, in file order.
     *
     * @param limit  1..{@value #MAX_PAGE}
     * @param offset 0 or more
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent or not readable by the caller,
     *     {@link ErrorCode#DATASET_HAS_NO_DATA} before its first version, {@link ErrorCode#INVALID_PARAMETER} for
     *     limits out of range
     */
    public RowsPage rows(DatasetId id, int limit, long offset, Caller caller) {
        RequestCode.checkPage(limit, offset, MAX_PAGE);
        Dataset dataset = catalog.get(id, caller);
        DatasetVersion version = currentVersion(dataset);
        var table = table(dataset, version);
        QueryResult page = sandbox.select(List.of(table),
                "SELECT * FROM " + DuckDbSandbox.quote(dataset.tableName()) + " LIMIT " + limit + " OFFSET " + offset,
                limit);
        // the fields as /schema serves them, so that both say the same (geometry: string, binary)
        List<ResultField> fields = version.schema().asServed(version.spatial()).fields().stream()
                .map(field -> new ResultField(field.name(), field.type(), field.format())).toList();
        return new RowsPage(fields, page.rows(), version.rowCount());
    }

    /**
     * A page of a geodata dataset's current features, in the data's order (OGC API – Features items).
     *
     * @param rd     return the geometries in RD New ({@code geometry_rd}) rather than WGS 84; only for a version from
     *               an RD New source ({@link VersionSpatial#keepsRdNew()})
     * @param limit  1..10000
     * @param offset 0 or more
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent, not readable by the caller or without
     *     geometry, {@link ErrorCode#DATASET_HAS_NO_DATA} before its first version, {@link ErrorCode#INVALID_PARAMETER}
     *     for paging out of range, the sandbox's faults ({@link DuckDbSandbox#session})
     * @throws IllegalArgumentException for RD New geometry or boxes on a version without them, or a filter on a field
     *     the version does not have
     */
    public FeaturePage features(DatasetId id, FeatureFilter filter, boolean rd, int limit, long offset,
            Caller caller) {
        RequestCode.checkPage(limit, offset, MAX_FEATURES);
        Dataset dataset = catalog.get(id, caller);
        DatasetVersion version = currentVersion(dataset);
        VersionSpatial spatial = spatial(id, version, rd || filter.rd());
        List<String> attributes = attributes(version);
        filter.properties().keySet().forEach(field -> requireField(attributes, field));
        if (filter.period() != null) {
            requireField(attributes, filter.period().field());
        }
        return features.page(table(dataset, version), attributes, geometryColumn(rd), filter,
                filter.rd() ? VersionSpatial.BBOX_RD : VersionSpatial.BBOX, geometryColumn(filter.rd()), limit,
                offset);
    }

    /**
     * One feature of a geodata dataset's current version by its id (its row's position, from 1); empty when there
     * is no such feature.
     *
     * @throws PlatformException as {@link #features}
     */
    public Optional<FeatureRow> feature(DatasetId id, long featureId, boolean rd, Caller caller) {
        Dataset dataset = catalog.get(id, caller);
        DatasetVersion version = currentVersion(dataset);
        spatial(id, version, rd);
        return features.feature(table(dataset, version), attributes(version), geometryColumn(rd), featureId);
    }

    /**
     * The least and greatest value of one field of a dataset's current version.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND}, {@link ErrorCode#DATASET_HAS_NO_DATA}
     * @throws IllegalArgumentException for a field the version does not have
     */
    public ValueRange range(DatasetId id, String field, Caller caller) {
        Dataset dataset = catalog.get(id, caller);
        DatasetVersion version = currentVersion(dataset);
        requireField(attributes(version), field);
        return features.range(table(dataset, version), field);
    }

    private static DatasetVersion currentVersion(Dataset dataset) {
        DatasetVersion version = dataset.currentVersion();
        if (version == null) {
            throw new PlatformException(ErrorCode.DATASET_HAS_NO_DATA,
                    "This dataset has no data yet; its first version is still being ingested or failed.",
                    Map.of("datasetId", dataset.id().toString()));
        }
        return version;
    }

    private SandboxTable table(Dataset dataset, DatasetVersion version) {
        Path parquet = DerivedDistributions.parquetOf(blobs, dataset, version);
        return new SandboxTable(dataset.tableName(), parquet);
    }

    private static VersionSpatial spatial(DatasetId id, DatasetVersion version, boolean rd) {
        VersionSpatial spatial = version.spatial();
        if (spatial == null) {
            throw new PlatformException(ErrorCode.DATASET_NOT_FOUND, "This dataset has no geometry.",
                    Map.of("datasetId", id.toString()));
        }
        if (rd && !spatial.keepsRdNew()) {
            throw new IllegalArgumentException("Version " + version.id() + " keeps no RD New geometry");
        }
        return spatial;
    }

    private static String geometryColumn(boolean rd) {
        return rd ? VersionSpatial.GEOMETRY_RD : VersionSpatial.GEOMETRY;
    }

    /** The version's own fields, without the geometry columns the data carries after them. */
    private static List<String> attributes(DatasetVersion version) {
        return version.schema().fields().stream().map(SchemaField::name).toList();
    }

    private static void requireField(List<String> attributes, String field) {
        if (!attributes.contains(field)) {
            throw new IllegalArgumentException("No field " + field);
        }
    }

    private SandboxTable sandboxTable(ReadableTable table) {
        return new SandboxTable(table.tableName(), blobs.path(table.parquetBlobKey()));
    }
}
