// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import java.util.List;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.datalab.Builder;
import nl.datakraam.datalab.BuilderDataset;
import nl.datakraam.datalab.BuilderQuery;
import nl.datakraam.query.QueryResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/builder}: the no-SQL builder as an API. {@code GET /v1/builder/datasets} lists the datasets the caller
 * may ask about with their fields and Table Schema types; {@code POST /v1/builder} takes a {@link BuilderQuery} and
 * answers the SQL it made and the answer, run as the caller. A bad question is 400 {@code datalab.invalid} saying
 * which part; a dataset the caller may not read is 404 {@code dataset.not-found}.
 */
@RestController
class BuilderApiController {

    private final Builder builder;
    private final Authorization authorization;

    BuilderApiController(Builder builder, Authorization authorization) {
        this.builder = builder;
        this.authorization = authorization;
    }

    /** The SQL of a question and its answer. */
    record Answer(String sql, QueryResult result) {
    }

    @GetMapping("/v1/builder/datasets")
    List<BuilderDataset> datasets() {
        return builder.datasets(authorization.currentCaller());
    }

    @PostMapping("/v1/builder")
    Answer run(@RequestBody BuilderQuery question) {
        Caller caller = authorization.currentCaller();
        String sql = builder.sql(question, caller);
        return new Answer(sql, builder.runSql(sql, caller));
    }
}
