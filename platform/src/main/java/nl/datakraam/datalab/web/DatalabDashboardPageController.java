// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.datalab.BuilderQuery;
import nl.datakraam.datalab.Chart;
import nl.datakraam.datalab.Charts;
import nl.datakraam.datalab.Dashboard;
import nl.datakraam.datalab.DashboardDraft;
import nl.datakraam.datalab.DashboardItem;
import nl.datakraam.datalab.Dashboards;
import nl.datakraam.datalab.LimitedMarkdown;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /datalab/dashboards…}: the dashboards the caller may see (anonymous visitors: the openbaar ones), a
 * dashboard's page (its grid; every chart and key figure fetched as the viewer, an item the viewer may not see says
 * so), and the form to make or change one. The form has rows of items matched by position ({@code ik} kind,
 * {@code iw} width, {@code ic} chart, {@code im} map, {@code il} label, {@code iu} unit, {@code isql} SQL,
 * {@code ib} builder question as JSON, {@code it} text); a row without kind is left out.
 */
@Controller
class DatalabDashboardPageController {

    private final Dashboards dashboards;
    private final Charts charts;
    private final Authorization authorization;
    private final LocalisedMessages messages;
    private final JsonMapper json;

    DatalabDashboardPageController(Dashboards dashboards, Charts charts, Authorization authorization,
            LocalisedMessages messages, JsonMapper json) {
        this.dashboards = dashboards;
        this.charts = charts;
        this.authorization = authorization;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/datalab/dashboards")
    String list(Model model) {
        model.addAttribute("dashboards", dashboards.visible(authorization.currentCaller()));
        return "datalab/dashboards";
    }

    @GetMapping("/datalab/dashboards/nieuw")
    String newDashboard(@RequestParam(required = false) @Nullable UUID chart,
            @RequestParam(required = false) @Nullable String figure, Model model, Locale locale) {
        Pages.requireSignedIn(authorization.currentCaller());
        List<Row> rows = new ArrayList<>();
        if (chart != null) {
            rows.add(new Row("chart", 2, chart, null, null, null, null, null, null));
        }
        if (figure != null && !figure.isBlank()) {
            rows.add(new Row("figure", 1, null, null, null, null, null, figure, null));
        }
        return form(null, "", "", AccessLevel.INTERN.code(), rows, model, null);
    }

    @PostMapping("/datalab/dashboards")
    String create(@RequestParam Map<String, String> single, @RequestParam MultiValueMap<String, String> all,
            Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        List<Row> rows = rows(all);
        try {
            Dashboard dashboard = dashboards.create(draft(single, rows), caller);
            return "redirect:/datalab/dashboards/" + dashboard.id();
        } catch (PlatformException e) {
            return form(null, single.get("title"), single.get("description"), single.get("accessLevel"), rows, model,
                    Pages.rejected(e, ErrorCode.DASHBOARD_NOT_FOUND, messages, locale));
        }
    }

    @GetMapping("/datalab/dashboards/{id}")
    String view(@PathVariable UUID id, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        Dashboard dashboard = dashboards.get(id, caller);
        List<ItemView> items = new ArrayList<>();
        for (DashboardItem item : dashboard.items()) {
            items.add(item(item, caller, locale));
        }
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("items", items);
        model.addAttribute("hasMaps", dashboard.items().stream()
                .anyMatch(item -> item.kind() == DashboardItem.Kind.MAP));
        model.addAttribute("hasCharts", items.stream().anyMatch(item -> item.chart() != null
                && item.chart().data() != null));
        model.addAttribute("mayChange", dashboards.mayChange(dashboard, caller));
        return "datalab/dashboard";
    }

    @GetMapping("/datalab/dashboards/{id}/bewerken")
    String edit(@PathVariable UUID id, Model model) {
        Caller caller = authorization.currentCaller();
        Dashboard dashboard = dashboards.get(id, caller);
        if (!dashboards.mayChange(dashboard, caller)) {
            throw new PlatformException(ErrorCode.NOT_ALLOWED, "Only its owner or a beheerder may change this.");
        }
        List<Row> rows = dashboard.items().stream().map(item -> new Row(item.kind().code(), item.width(),
                item.chartId(), item.mapId(), item.label(), item.unit(),
                item.builder() == null ? item.sql() : null,
                item.builder() == null ? null : json.writeValueAsString(item.builder()), item.text())).toList();
        return form(id, dashboard.title(), dashboard.description(), dashboard.accessLevel().code(), rows, model,
                null);
    }

    @PostMapping("/datalab/dashboards/{id}")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> single,
            @RequestParam MultiValueMap<String, String> all, Model model, Locale locale) {
        List<Row> rows = rows(all);
        try {
            dashboards.update(id, draft(single, rows), authorization.currentCaller());
            return "redirect:/datalab/dashboards/" + id;
        } catch (PlatformException e) {
            return form(id, single.get("title"), single.get("description"), single.get("accessLevel"), rows, model,
                    Pages.rejected(e, ErrorCode.DASHBOARD_NOT_FOUND, messages, locale));
        }
    }

    @PostMapping("/datalab/dashboards/{id}/verwijderen")
    String delete(@PathVariable UUID id) {
        dashboards.delete(id, authorization.currentCaller());
        return "redirect:/datalab/dashboards";
    }

    private ItemView item(DashboardItem item, Caller caller, Locale locale) {
        return switch (item.kind()) {
            case CHART -> {
                Chart chart = item.chartId() == null ? null : charts.find(item.chartId(), caller).orElse(null);
                yield chart == null ? new ItemView(item, null, null, null, null, true)
                        : new ItemView(item, ChartView.of(chart, charts, caller, messages, locale, json), null,
                                null, null, false);
            }
            case FIGURE -> {
                try {
                    yield new ItemView(item, null, dashboards.figure(item, caller), null, null, false);
                } catch (PlatformException e) {
                    if (!e.code().status().is4xxClientError()) {
                        throw e;
                    }
                    yield new ItemView(item, null, null, messages.problem(e, locale), null, true);
                }
            }
            case TEXT -> new ItemView(item, null, null, null,
                    LimitedMarkdown.html(item.text() == null ? "" : item.text()), false);
            case MAP -> new ItemView(item, null, null, null, null, false);
        };
    }

    private String form(@Nullable UUID id, @Nullable String title, @Nullable String description,
            @Nullable String accessLevel, List<Row> rows, Model model, @Nullable String error) {
        List<Row> shown = new ArrayList<>(rows);
        for (int spare = 0; spare < 2 || shown.size() < 3; spare++) {
            shown.add(new Row("", 1, null, null, null, null, null, null, null));
        }
        model.addAttribute("id", id);
        model.addAttribute("title", title);
        model.addAttribute("description", description);
        model.addAttribute("accessLevel", accessLevel);
        model.addAttribute("rows", shown);
        model.addAttribute("levels", List.of(AccessLevel.OPENBAAR, AccessLevel.INTERN, AccessLevel.VERTROUWELIJK));
        model.addAttribute("kinds", DashboardItem.Kind.values());
        model.addAttribute("charts", charts.visible(authorization.currentCaller()));
        model.addAttribute("error", error);
        return "datalab/dashboard-form";
    }

    private static List<Row> rows(MultiValueMap<String, String> all) {
        List<String> kinds = all.getOrDefault("ik", List.of());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).isBlank()) {
                continue;
            }
            rows.add(new Row(kinds.get(i), integer(at(all, "iw", i), "width"), uuid(at(all, "ic", i), "chartId"),
                    uuid(at(all, "im", i), "mapId"), at(all, "il", i), at(all, "iu", i), at(all, "isql", i),
                    at(all, "ib", i), at(all, "it", i)));
        }
        return rows;
    }

    private DashboardDraft draft(Map<String, String> single, List<Row> rows) {
        List<DashboardDraft.Item> items = new ArrayList<>();
        for (Row row : rows) {
            BuilderQuery question = Pages.question(json, row.builder());
            items.add(new DashboardDraft.Item(row.kind(), row.width(), row.chart(), row.map(), row.label(),
                    row.unit(), row.text(), question, row.sql()));
        }
        return new DashboardDraft(single.get("title"), single.get("description"), single.get("accessLevel"), items);
    }

    private static @Nullable String at(MultiValueMap<String, String> all, String name, int index) {
        List<String> values = all.getOrDefault(name, List.of());
        return index < values.size() && !values.get(index).isBlank() ? values.get(index) : null;
    }

    private static @Nullable Integer integer(@Nullable String text, String parameter) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.FORM, Map.of("parameter", parameter,
                    "expected", "integer"));
        }
    }

    private static @Nullable UUID uuid(@Nullable String text, String parameter) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.FORM, Map.of("parameter", parameter,
                    "expected", "uuid"));
        }
    }

    /** One item row of the form. */
    public record Row(String kind, @Nullable Integer width, @Nullable UUID chart, @Nullable UUID map,
            @Nullable String label, @Nullable String unit, @Nullable String sql, @Nullable String builder,
            @Nullable String text) {
    }

    /**
     * One item as the viewer sees it.
     *
     * @param chart       a chart item's chart and data; null when the chart is gone or not visible
     * @param figure      a key figure's value
     * @param problem     why a key figure has no value
     * @param html        a text item's HTML ({@link LimitedMarkdown}: escaped text with a few tags)
     * @param unavailable whether the viewer may not see this item (or it is gone)
     */
    public record ItemView(DashboardItem item, @Nullable ChartView chart, @Nullable Object figure,
            @Nullable String problem, @Nullable String html, boolean unavailable) {

        /** The key figure as text: a number with the reader's marks ({@code 12.345,6} in Dutch), else as it is. */
        public String figureText(Locale locale) {
            if (figure instanceof Number number) {
                var format = java.text.NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(2);
                return format.format(number);
            }
            return figure == null ? "–" : figure.toString();
        }

        /** The grid class of the item's width. */
        public String widthClass() {
            return "span-" + item.width();
        }
    }
}
