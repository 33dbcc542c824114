// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.ReadableTable;
import nl.datakraam.query.infra.DuckDbSandbox;
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

    private final Catalog catalog;
    private final BlobStore blobs;
    private final DuckDbSandbox sandbox;
    private final QuerySettings settings;
    private final AuditLog audit;

    QueryService(Catalog catalog, BlobStore blobs, DuckDbSandbox sandbox, QuerySettings settings, AuditLog audit) {
        this.audit = audit;
        this.catalog = catalog;
        this.blobs = blobs;
        this.sandbox = sandbox;
        this.settings = settings;
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
        DatasetVersion version = dataset.currentVersion();
        if (version == null) {
            throw new PlatformException(ErrorCode.DATASET_HAS_NO_DATA,
                    "This dataset has no data yet; its first version is still being ingested or failed.",
                    Map.of("datasetId", id.toString()));
        }
        Path parquet = blobs.path(version.distribution("parquet").orElseThrow().blobKey());
        var table = new SandboxTable(dataset.tableName(), parquet);
        QueryResult page = sandbox.select(List.of(table),
                "SELECT * FROM " + DuckDbSandbox.quote(dataset.tableName()) + " LIMIT " + limit + " OFFSET " + offset,
                limit);
        // the fields as /schema serves them, so that both say the same (geometry: string, binary)
        List<ResultField> fields = version.schema().asServed(version.spatial()).fields().stream()
                .map(field -> new ResultField(field.name(), field.type(), field.format())).toList();
        return new RowsPage(fields, page.rows(), version.rowCount());
    }

    private SandboxTable sandboxTable(ReadableTable table) {
        return new SandboxTable(table.tableName(), blobs.path(table.parquetBlobKey()));
    }
}
