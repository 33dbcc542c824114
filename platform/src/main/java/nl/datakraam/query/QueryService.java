// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.DistributionFormat;
import nl.datakraam.catalog.ReadableTable;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.query.infra.DuckDbSandbox;
import nl.datakraam.query.infra.DistributionWriters;
import nl.datakraam.query.infra.FeatureReader;
import nl.datakraam.query.infra.JdbcQueryHistory;
import nl.datakraam.query.infra.ParquetExport;
import nl.datakraam.query.infra.SandboxTable;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.QueryCode;
import nl.datakraam.shared.RequestCode;
import nl.datakraam.storage.BlobStore;
import org.jspecify.annotations.Nullable;
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

    /** Excel's most rows on a sheet, less the header row. */
    private static final long XLSX_ROWS = DistributionFormat.XLSX_MAX_ROWS;

    private final JdbcQueryHistory history;
    private final Clock clock;

    QueryService(Catalog catalog, BlobStore blobs, DuckDbSandbox sandbox, QuerySettings settings,
            FeatureReader features, AuditLog audit, JdbcQueryHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
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
        audit(sql, readable, caller, "query.run");
        return result;
    }

    /**
     * One page of the answer to one SELECT, as {@link #run(String, Caller)}, cancellable by its run id, and
     * remembered in the caller's history (the first page of each run, for signed-in callers).
     *
     * @param limit  rows at most, 1..{@link QuerySettings#rowLimit()}
     * @param offset rows of the answer to skip, 0 or more
     * @param runId  chosen by the client, so that it can cancel the run ({@link #cancel}); null for none
     * @throws PlatformException as {@link #run(String, Caller)}; {@link ErrorCode#INVALID_PARAMETER} for a limit or
     *     offset out of range, {@link ErrorCode#QUERY_CANCELLED} when the caller cancelled it
     */
    public QueryResult run(String sql, int limit, long offset, @Nullable UUID runId, Caller caller) {
        checkPage(limit, offset);
        List<ReadableTable> readable = catalog.readableTables(caller);
        Instant started = clock.instant();
        long start = System.nanoTime();
        QueryResult result;
        try {
            result = sandbox.select(readable.stream().map(this::sandboxTable).toList(), sql, limit, offset,
                    run(runId, caller));
        } catch (PlatformException e) {
            remember(caller, offset, sql, started, start, null, e);
            throw e;
        }
        audit(sql, readable, caller, "query.run");
        remember(caller, offset, sql, started, start, (long) result.rows().size(), null);
        return result;
    }

    /**
     * The whole answer to one SELECT as a file, within the sandbox's limits and at most
     * {@link QuerySettings#exportRowLimit()} rows; each non-public dataset the statement names is recorded in the
     * audit log ({@code query.export}). The caller deletes the file's directory ({@link QueryExport#close}).
     *
     * @param format {@code csv} (RFC 4180, UTF-8, as the dataset CSV download), {@code parquet} or {@code xlsx}
     * @throws PlatformException as {@link #run(String, Caller)}; {@link ErrorCode#QUERY_REJECTED} for another format,
     *     {@link ErrorCode#QUERY_FAILED} for an answer with more rows than an export may hold
     */
    public QueryExport export(String sql, String format, @Nullable UUID runId, Caller caller) {
        DistributionFormat target = switch (format) {
            case "csv" -> DistributionFormat.CSV;
            case "xlsx" -> DistributionFormat.XLSX;
            case "parquet" -> DistributionFormat.PARQUET;
            default -> throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.EXPORT_FORMAT,
                    Map.of("format", format));
        };
        List<ReadableTable> readable = catalog.readableTables(caller);
        long maxRows = target == DistributionFormat.XLSX ? Math.min(settings.exportRowLimit(), XLSX_ROWS)
                : settings.exportRowLimit();
        Path directory;
        try {
            directory = Files.createTempDirectory("datakraam-export-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = directory.resolve("answer." + target.code());
        try {
            long rows = sandbox.export(readable.stream().map(this::sandboxTable).toList(), sql, maxRows,
                    run(runId, caller), (parquet, columns, count) -> {
                        if (target == DistributionFormat.PARQUET) {
                            Files.copy(parquet, file);
                        } else {
                            DistributionWriters.write(target, parquet,
                                    columns.stream().map(ParquetExport.Column::name).toList(), null, "antwoord",
                                    file, new ParquetExport.Resources(settings.memoryLimit().toMegabytes(),
                                            settings.threads()));
                        }
                        return count;
                    });
            audit(sql, readable, caller, "query.export");
            return new QueryExport(file, target.mediaType(), "antwoord." + target.code(), rows);
        } catch (RuntimeException e) {
            DuckDbSandbox.deleteQuietly(directory);
            throw e;
        }
    }

    /**
     * Cancels the caller's running query with this run id ({@link #run(String, int, long, UUID, Caller)},
     * {@link #export}); it answers {@link ErrorCode#QUERY_CANCELLED}. Another caller's run is never touched.
     *
     * @throws PlatformException {@link ErrorCode#QUERY_RUN_NOT_FOUND} when the caller has no such run running
     */
    public void cancel(UUID runId, Caller caller) {
        if (!sandbox.cancel(new DuckDbSandbox.SandboxRun(caller.id(), runId))) {
            throw new PlatformException(ErrorCode.QUERY_RUN_NOT_FOUND, QueryCode.RUN_NOT_FOUND,
                    Map.of("runId", runId.toString()));
        }
    }

    /**
     * The tables the caller may query, by table name, each with its title and fields; the same tables
     * {@link #run(String, Caller)} offers, no others.
     */
    public List<QueryTable> tables(Caller caller) {
        List<ReadableTable> readable = catalog.readableTables(caller);
        Map<DatasetId, Dataset> datasets = new HashMap<>();
        catalog.findAll(readable.stream().map(ReadableTable::datasetId).toList(), caller)
                .forEach(dataset -> datasets.put(dataset.id(), dataset));
        List<QueryTable> tables = new ArrayList<>();
        for (ReadableTable table : readable) {
            Dataset dataset = datasets.get(table.datasetId());
            if (dataset == null || dataset.currentVersion() == null) {
                continue;
            }
            DatasetVersion version = dataset.currentVersion();
            tables.add(new QueryTable(table.tableName(), dataset.title(), table.datasetId().value(),
                    table.accessLevel().code(), version.schema().asServed(version.spatial()).fields().stream()
                            .map(field -> new QueryTable.Field(field.name(),
                                    field.title() == null || field.title().equals(field.name()) ? null : field.title(),
                                    field.type(), field.format()))
                            .toList()));
        }
        return tables;
    }

    /**
     * The caller's last {@value JdbcQueryHistory#KEPT} queries, newest first.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous public, which has no history
     */
    public List<QueryHistoryEntry> history(Caller caller) {
        if (caller.isAnonymous()) {
            throw new PlatformException(ErrorCode.LOGIN_REQUIRED, QueryCode.HISTORY_SIGNED_IN, Map.of());
        }
        return history.of(caller.id());
    }

    private static DuckDbSandbox.@Nullable SandboxRun run(@Nullable UUID runId, Caller caller) {
        return runId == null ? null : new DuckDbSandbox.SandboxRun(caller.id(), runId);
    }

    private void checkPage(int limit, long offset) {
        if (limit < 1 || limit > settings.rowLimit()) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, QueryCode.PAGE_RANGE,
                    Map.of("parameter", "limit", "min", 1, "max", settings.rowLimit()));
        }
        if (offset < 0) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, QueryCode.PAGE_RANGE,
                    Map.of("parameter", "offset", "min", 0, "max", Long.MAX_VALUE));
        }
    }

    private void audit(String sql, List<ReadableTable> readable, Caller caller, String action) {
        for (ReadableTable table : readable) {
            if (names(sql, table.tableName())) {
                audit.recordRead(caller, action, table.datasetId().value(), table.versionId(), table.accessLevel());
            }
        }
    }

    /** Writes the first page of a signed-in caller's run to its history; paging on through an answer is not a new query. */
    private void remember(Caller caller, long offset, String sql, Instant started, long startNanos,
            @Nullable Long rows, @Nullable PlatformException failure) {
        if (caller.isAnonymous() || caller.isSystem() || offset > 0) {
            return;
        }
        history.add(caller.id(), new QueryHistoryEntry(UUID.randomUUID(), sql, started,
                (System.nanoTime() - startNanos) / 1_000_000, rows, failure == null,
                failure == null ? null : failure.message() != null ? failure.message().code() : failure.code().key()));
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
