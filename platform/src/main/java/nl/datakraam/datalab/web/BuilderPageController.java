// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.datalab.Builder;
import nl.datakraam.datalab.BuilderDataset;
import nl.datakraam.datalab.BuilderQuery;
import nl.datakraam.datalab.BuilderSql;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /datalab/bouwer}: the no-SQL builder. A GET form ({@link BuilderForm}): pick a dataset the caller may read,
 * then filters, groups, measures, sort and limit; the page shows the SQL it made (with links to the SQL workbench,
 * to save it as a query and to make a chart or key figure of it) and, on "Uitvoeren", the answer as a table — run as
 * the caller. Works without JavaScript.
 */
@Controller
class BuilderPageController {

    private final Builder builder;
    private final Authorization authorization;
    private final LocalisedMessages messages;
    private final JsonMapper json;

    BuilderPageController(Builder builder, Authorization authorization, LocalisedMessages messages, JsonMapper json) {
        this.builder = builder;
        this.authorization = authorization;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/datalab/bouwer")
    String page(HttpServletRequest request, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        List<BuilderDataset> datasets = builder.datasets(caller);
        model.addAttribute("datasets", datasets);
        model.addAttribute("operators", BuilderQuery.Operator.values());
        model.addAttribute("aggregates", BuilderQuery.Aggregate.values());
        BuilderQuery query;
        try {
            query = BuilderForm.parse(request.getParameterMap());
            if (request.getParameter("choose") != null) {
                // another dataset: its fields differ, so the rows start empty
                query = new BuilderQuery(query.dataset(), List.of(), List.of(), List.of(), null, null);
            }
        } catch (PlatformException e) {
            query = new BuilderQuery("", List.of(), List.of(), List.of(), null, null);
            model.addAttribute("error", messages.problem(e, locale));
        }
        model.addAttribute("query", query);
        model.addAttribute("filterRows", BuilderForm.filterRows(query));
        model.addAttribute("groupRows", BuilderForm.groupRows(query));
        model.addAttribute("measureRows", BuilderForm.measureRows(query));
        String table = query.dataset();
        BuilderDataset dataset = datasets.stream().filter(d -> d.tableName().equals(table)).findFirst().orElse(null);
        model.addAttribute("dataset", dataset);
        if (dataset == null || model.containsAttribute("error")) {
            return "datalab/builder";
        }
        try {
            model.addAttribute("columns", BuilderSql.columns(query, dataset.fields()));
            String sql = BuilderSql.sql(query, dataset.fields());
            model.addAttribute("sql", sql);
            model.addAttribute("builderJson", json.writeValueAsString(query));
            if (request.getParameter("run") != null) {
                model.addAttribute("result", builder.runSql(sql, caller));
            }
        } catch (PlatformException e) {
            if (!e.code().status().is4xxClientError()) {
                throw e;
            }
            model.addAttribute("error", messages.problem(e, locale));
        }
        return "datalab/builder";
    }
}
