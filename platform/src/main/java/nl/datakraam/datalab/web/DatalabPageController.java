// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.datalab.Dashboards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /datalab}: the datalab's landing page, linking the builder, the SQL workbench, saved queries, charts, maps
 * and dashboards. Anonymous visitors see the public dashboards and are told to sign in for the rest.
 */
@Controller
class DatalabPageController {

    private final Authorization authorization;
    private final Dashboards dashboards;

    DatalabPageController(Authorization authorization, Dashboards dashboards) {
        this.authorization = authorization;
        this.dashboards = dashboards;
    }

    @GetMapping("/datalab")
    String page(Model model) {
        Caller caller = authorization.currentCaller();
        model.addAttribute("dashboards", dashboards.visible(caller));
        return "datalab/index";
    }
}
