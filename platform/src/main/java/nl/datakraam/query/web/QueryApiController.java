// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.web;

import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.query.QueryResult;
import nl.datakraam.query.QueryService;
import nl.datakraam.query.RowsPage;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.QueryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /v1/query} (read-only SQL) and {@code GET /v1/datasets/{id}/rows} (pages of rows). */
@RestController
class QueryApiController {

    private final QueryService queries;
    private final Authorization authorization;

    QueryApiController(QueryService queries, Authorization authorization) {
        this.queries = queries;
        this.authorization = authorization;
    }

    /** @param sql one SELECT statement; each dataset you may read is a table named by its {@code tableName} */
    record QueryRequest(@Nullable String sql) {
    }

    @PostMapping("/v1/query")
    QueryResult query(@RequestBody QueryRequest request) {
        if (request.sql() == null || request.sql().isBlank()) {
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.SQL_MISSING, Map.of());
        }
        return queries.run(request.sql(), authorization.currentCaller());
    }

    @GetMapping("/v1/datasets/{id}/rows")
    RowsPage rows(@PathVariable UUID id, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") long offset) {
        return queries.rows(new DatasetId(id), limit, offset, authorization.currentCaller());
    }
}
