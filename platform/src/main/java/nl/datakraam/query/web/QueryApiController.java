// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.query.QueryExport;
import nl.datakraam.query.QueryHistoryEntry;
import nl.datakraam.query.QueryResult;
import nl.datakraam.query.QueryService;
import nl.datakraam.query.QuerySettings;
import nl.datakraam.query.QueryTable;
import nl.datakraam.query.RowsPage;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.QueryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SQL API: {@code POST /v1/query} (read-only SQL, paged), {@code POST /v1/query/export} (the whole answer as
 * CSV, Parquet or XLSX), {@code DELETE /v1/query/runs/{runId}} (cancel one's own running query),
 * {@code GET /v1/query/tables} (the tables one may query, with their fields), {@code GET /v1/query/history} (one's
 * last queries), and {@code GET /v1/datasets/{id}/rows} (pages of rows). The SQL workbench page
 * ({@code /datalab/sql}) calls the same handlers under {@code /datalab/sql/…} with its session (and CSRF token),
 * since {@code /v1} takes bearer tokens only.
 */
@RestController
class QueryApiController {

    private final QueryService queries;
    private final Authorization authorization;
    private final QuerySettings settings;

    QueryApiController(QueryService queries, Authorization authorization, QuerySettings settings) {
        this.queries = queries;
        this.authorization = authorization;
        this.settings = settings;
    }

    /**
     * @param sql    one SELECT statement; each dataset you may read is a table named by its {@code tableName}
     * @param limit  rows at most (1 to the row limit; the row limit when absent)
     * @param offset rows of the answer to skip (paging; 0 when absent)
     * @param runId  a UUID the client chooses, to cancel the run with {@code DELETE /v1/query/runs/{runId}}
     */
    record QueryRequest(@Nullable String sql, @Nullable Integer limit, @Nullable Long offset, @Nullable UUID runId) {
    }

    /**
     * @param sql    one SELECT statement
     * @param format {@code csv}, {@code parquet} or {@code xlsx}
     * @param runId  as in {@link QueryRequest}
     */
    record ExportRequest(@Nullable String sql, @Nullable String format, @Nullable UUID runId) {
    }

    /** A list, as the API's other collections answer. */
    record Items<T>(List<T> items) {
    }

    @PostMapping({"/v1/query", "/datalab/sql/run"})
    QueryResult query(@RequestBody QueryRequest request) {
        return queries.run(sql(request.sql()), request.limit() == null ? settings.rowLimit() : request.limit(),
                request.offset() == null ? 0 : request.offset(), request.runId(), authorization.currentCaller());
    }

    /** Streams the exported answer; a fault before the first byte is a problem like any other. */
    @PostMapping({"/v1/query/export", "/datalab/sql/export"})
    void export(@RequestBody ExportRequest request, HttpServletResponse response) throws IOException {
        String format = request.format() == null ? "csv" : request.format();
        try (QueryExport export = queries.export(sql(request.sql()), format, request.runId(),
                authorization.currentCaller())) {
            response.setContentType(export.mediaType() + (format.equals("csv") ? ";charset=UTF-8" : ""));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(export.fileName()).build().toString());
            response.setContentLengthLong(Files.size(export.file()));
            response.setHeader("Datakraam-Rows", Long.toString(export.rows()));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(export.file(), out);
            }
        }
    }

    @DeleteMapping({"/v1/query/runs/{runId}", "/datalab/sql/runs/{runId}"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable UUID runId) {
        queries.cancel(runId, authorization.currentCaller());
    }

    @GetMapping({"/v1/query/tables", "/datalab/sql/tables"})
    Items<QueryTable> tables() {
        return new Items<>(queries.tables(authorization.currentCaller()));
    }

    @GetMapping({"/v1/query/history", "/datalab/sql/history"})
    Items<QueryHistoryEntry> history() {
        return new Items<>(queries.history(authorization.currentCaller()));
    }

    @GetMapping("/v1/datasets/{id}/rows")
    RowsPage rows(@PathVariable UUID id, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") long offset) {
        return queries.rows(new DatasetId(id), limit, offset, authorization.currentCaller());
    }

    private static String sql(@Nullable String sql) {
        if (sql == null || sql.isBlank()) {
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.SQL_MISSING, Map.of());
        }
        return sql;
    }
}
