// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.datalab.Dashboard;
import nl.datakraam.datalab.DashboardDraft;
import nl.datakraam.datalab.Dashboards;
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
 * {@code /v1/dashboards}: the dashboards the caller may see (anonymous callers: the openbaar ones), one dashboard
 * with its items, and for signed-in callers making ({@code POST}, 201), changing ({@code PUT /{id}}, owner or
 * beheerder) and deleting ({@code DELETE /{id}}, 204). Absent or not visible: 404 {@code dashboard.not-found}; an
 * openbaar dashboard with an item that is not openbaar: 409 {@code datalab.not-public}.
 */
@RestController
class DatalabDashboardApiController {

    private final Dashboards dashboards;
    private final Authorization authorization;

    DatalabDashboardApiController(Dashboards dashboards, Authorization authorization) {
        this.dashboards = dashboards;
        this.authorization = authorization;
    }

    @GetMapping("/v1/dashboards")
    Map<String, Object> all() {
        var caller = authorization.currentCaller();
        List<Dashboard> items = dashboards.visible(caller).stream().map(d -> dashboards.forViewer(d, caller))
                .toList();
        return Map.of("items", items, "total", items.size());
    }

    @PostMapping("/v1/dashboards")
    @ResponseStatus(HttpStatus.CREATED)
    Dashboard create(@RequestBody DashboardDraft body) {
        return dashboards.create(body, authorization.currentCaller());
    }

    @GetMapping("/v1/dashboards/{id}")
    Dashboard one(@PathVariable UUID id) {
        var caller = authorization.currentCaller();
        return dashboards.forViewer(dashboards.get(id, caller), caller);
    }

    @PutMapping("/v1/dashboards/{id}")
    Dashboard update(@PathVariable UUID id, @RequestBody DashboardDraft body) {
        return dashboards.update(id, body, authorization.currentCaller());
    }

    @DeleteMapping("/v1/dashboards/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        dashboards.delete(id, authorization.currentCaller());
    }
}
