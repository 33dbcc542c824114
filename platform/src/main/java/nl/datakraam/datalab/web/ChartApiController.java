// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.datalab.Chart;
import nl.datakraam.datalab.ChartDraft;
import nl.datakraam.datalab.Charts;
import nl.datakraam.query.QueryResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/charts}: the charts the caller may see ({@code GET}), one chart ({@code GET /{id}}), its data fetched
 * as the caller ({@code GET /{id}/data}: fields and rows as {@code POST /v1/query} answers), and for signed-in
 * callers making ({@code POST}, 201), changing ({@code PUT /{id}}, owner or beheerder) and deleting
 * ({@code DELETE /{id}}, 204). A chart that is absent or not visible is 404 {@code chart.not-found}; data the caller
 * may not read is 403 {@code datalab.data-unavailable}, naming no dataset; such a chart is shown without its source
 * ({@code builder} null, {@code sql} empty, {@code reads} empty).
 */
@RestController
class ChartApiController {

    private final Charts charts;
    private final Authorization authorization;

    ChartApiController(Charts charts, Authorization authorization) {
        this.charts = charts;
        this.authorization = authorization;
    }

    @GetMapping("/v1/charts")
    Map<String, Object> all() {
        var caller = authorization.currentCaller();
        List<Chart> items = charts.forViewer(charts.visible(caller), caller);
        return Map.of("items", items, "total", items.size());
    }

    @PostMapping("/v1/charts")
    @ResponseStatus(HttpStatus.CREATED)
    Chart create(@RequestBody ChartDraft body) {
        return charts.create(body, authorization.currentCaller());
    }

    @GetMapping("/v1/charts/{id}")
    Chart one(@PathVariable UUID id) {
        var caller = authorization.currentCaller();
        return charts.forViewer(charts.get(id, caller), caller);
    }

    @PutMapping("/v1/charts/{id}")
    Chart update(@PathVariable UUID id, @RequestBody ChartDraft body) {
        return charts.update(id, body, authorization.currentCaller());
    }

    @DeleteMapping("/v1/charts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        charts.delete(id, authorization.currentCaller());
    }

    @GetMapping("/v1/charts/{id}/data")
    QueryResult data(@PathVariable UUID id) {
        return charts.data(id, authorization.currentCaller());
    }
}
