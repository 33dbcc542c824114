// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.datalab.Builder;
import nl.datakraam.datalab.BuilderQuery;
import nl.datakraam.datalab.Chart;
import nl.datakraam.datalab.ChartDraft;
import nl.datakraam.datalab.ChartType;
import nl.datakraam.datalab.Charts;
import nl.datakraam.query.QueryResult;
import nl.datakraam.query.ResultField;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /datalab/grafieken…}: the charts the caller may see, the form to make one (from a builder question or SQL)
 * or change one, a chart's page (the chart, its description and its data table, fetched as the viewer) and its bare
 * embed page for an iframe. Changes are for the owner and the beheerder ({@link Charts}).
 */
@Controller
class ChartPageController {

    /**
     * The policy of an openbaar chart's embed page: as every page's, but framable by any site and with no forms.
     */
    static final String EMBED_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors *";

    private final Charts charts;
    private final Builder builder;
    private final Authorization authorization;
    private final LocalisedMessages messages;
    private final JsonMapper json;

    ChartPageController(Charts charts, Builder builder, Authorization authorization, LocalisedMessages messages,
            JsonMapper json) {
        this.charts = charts;
        this.builder = builder;
        this.authorization = authorization;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/datalab/grafieken")
    String list(Model model) {
        Caller caller = authorization.currentCaller();
        model.addAttribute("charts", charts.visible(caller));
        return "datalab/charts";
    }

    @GetMapping("/datalab/grafieken/nieuw")
    String newChart(@RequestParam(required = false) @Nullable String builder,
            @RequestParam(required = false) @Nullable String sql, Model model, Locale locale) {
        Pages.requireSignedIn(authorization.currentCaller());
        var form = new ChartForm(null, "", "", AccessLevel.INTERN.code(), ChartType.BAR.code(), builder, sql, null,
                List.of(), null);
        return form(form, model, locale, null);
    }

    @PostMapping("/datalab/grafieken")
    String create(ChartForm form, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        try {
            Chart chart = charts.create(draft(form), caller);
            return "redirect:/datalab/grafieken/" + chart.id();
        } catch (PlatformException e) {
            return form(form, model, locale, Pages.rejected(e, ErrorCode.CHART_NOT_FOUND, messages, locale));
        }
    }

    @GetMapping("/datalab/grafieken/{id}")
    String view(@PathVariable UUID id, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        Chart chart = charts.get(id, caller);
        model.addAttribute("view", ChartView.of(chart, charts, caller, messages, locale, json));
        model.addAttribute("mayChange", charts.mayChange(chart, caller));
        return "datalab/chart";
    }

    @GetMapping("/datalab/grafieken/{id}/bewerken")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        Chart chart = charts.get(id, caller);
        if (!charts.mayChange(chart, caller)) {
            throw new PlatformException(ErrorCode.NOT_ALLOWED, "Only its owner or a beheerder may change this.");
        }
        var form = new ChartForm(chart.id(), chart.title(), chart.description(), chart.accessLevel().code(),
                chart.type().code(), chart.builder() == null ? null : json.writeValueAsString(chart.builder()),
                chart.builder() == null ? chart.sql() : null, chart.xColumn(), chart.valueColumns(),
                chart.seriesColumn());
        return form(form, model, locale, null);
    }

    @PostMapping("/datalab/grafieken/{id}")
    String update(@PathVariable UUID id, ChartForm form, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        try {
            charts.update(id, draft(form), caller);
            return "redirect:/datalab/grafieken/" + id;
        } catch (PlatformException e) {
            return form(form.withId(id), model, locale,
                    Pages.rejected(e, ErrorCode.CHART_NOT_FOUND, messages, locale));
        }
    }

    @PostMapping("/datalab/grafieken/{id}/verwijderen")
    String delete(@PathVariable UUID id) {
        charts.delete(id, authorization.currentCaller());
        return "redirect:/datalab/grafieken";
    }

    @GetMapping("/datalab/grafieken/{id}/embed")
    String embed(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
        Caller caller = authorization.currentCaller();
        Chart chart = charts.get(id, caller);
        if (chart.accessLevel() == AccessLevel.OPENBAAR) {
            // set before Spring Security writes its own, which it then leaves alone; other pages keep 'none'
            response.setHeader("Content-Security-Policy", EMBED_POLICY);
        }
        model.addAttribute("view", ChartView.of(chart, charts, caller, messages, locale, json));
        return "datalab/embed";
    }

    private String form(ChartForm form, Model model, Locale locale, @Nullable String error) {
        Caller caller = authorization.currentCaller();
        model.addAttribute("form", form);
        model.addAttribute("types", ChartType.values());
        model.addAttribute("levels", List.of(AccessLevel.OPENBAAR, AccessLevel.INTERN, AccessLevel.VERTROUWELIJK));
        List<String> columns = new ArrayList<>();
        try {
            QueryResult answer = source(form, caller);
            if (answer != null) {
                answer.fields().stream().map(ResultField::name).forEach(columns::add);
            }
        } catch (PlatformException e) {
            if (!e.code().status().is4xxClientError()) {
                throw e;
            }
            error = error == null ? messages.problem(e, locale) : error;
        }
        model.addAttribute("columns", columns);
        model.addAttribute("error", error);
        return "datalab/chart-form";
    }

    private @Nullable QueryResult source(ChartForm form, Caller caller) {
        BuilderQuery question = Pages.question(json, form.builder());
        if (question != null) {
            return builder.run(question, caller);
        }
        if (form.sql() != null && !form.sql().isBlank()) {
            return builder.runSql(form.sql(), caller);
        }
        return null;
    }

    private ChartDraft draft(ChartForm form) {
        return new ChartDraft(form.title(), form.description(), form.accessLevel(), form.type(),
                Pages.question(json, form.builder()), form.sql(), form.x(), form.values(), form.series());
    }

    /** The chart form's fields; {@code values} from the checked value columns. */
    public record ChartForm(@Nullable UUID id, @Nullable String title, @Nullable String description,
            @Nullable String accessLevel, @Nullable String type, @Nullable String builder, @Nullable String sql,
            @Nullable String x, @Nullable List<String> values, @Nullable String series) {

        ChartForm withId(UUID id) {
            return new ChartForm(id, title, description, accessLevel, type, builder, sql, x, values, series);
        }

        public boolean checked(String column) {
            return values != null && values.contains(column);
        }
    }
}
