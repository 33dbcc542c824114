// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.Organisation;
import nl.datakraam.catalog.Vocabularies;
import nl.datakraam.quality.Dashboard;
import nl.datakraam.quality.MqaSettings;
import nl.datakraam.quality.QualityDashboard;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality dashboard page {@code /kwaliteit} and its CSV file {@code /kwaliteit.csv}, for the signed-in session
 * (the {@code /v1} API takes bearer tokens only). The dataset table shows {@value #PAGE_SIZE} rows a page
 * ({@code ?pagina=}, 0-based), sorted before paging; the figures, the charts and the CSV file cover every row. The page works without JavaScript: every figure is in a table;
 * with JavaScript, ECharts draws three charts from the same figures, embedded as the API's JSON.
 */
@Controller
class DashboardPageController {

    /** Rows of the dataset table per page, as the catalogue pages its list by {@code ?pagina=} (0-based). */
    static final int PAGE_SIZE = 25;

    private static final List<String> CHECKS = List.of("postcode", "pc4", "gemeentecode", "provinciecode",
            "wijkcode", "buurtcode", "bsn", "iban", "coordinates", "geometry-valid", "key-unique", "sentinel", "duplicate-rows",
            "empty-field");
    private static final List<String> DIMENSIONS = List.of("completeness", "validity", "uniqueness", "timeliness");
    private static final List<String> RATINGS = List.of("excellent", "good", "sufficient", "bad");

    private final QualityDashboard dashboard;
    private final Authorization authorization;
    private final MessageSource messages;
    private final MqaSettings settings;
    private final JsonMapper json;

    DashboardPageController(QualityDashboard dashboard, Authorization authorization, MessageSource messages,
            MqaSettings settings, JsonMapper json) {
        this.dashboard = dashboard;
        this.authorization = authorization;
        this.messages = messages;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping("/kwaliteit")
    String page(@RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(defaultValue = "0") int pagina, Model model, Locale locale) {
        int page = Math.max(0, pagina);
        Dashboard figures = dashboard.dashboard(authorization.currentCaller(), organisation, theme,
                DashboardParameters.sort(sort), DashboardParameters.descending(order), page * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("dashboard", figures);
        model.addAttribute("themeGroups", themeGroups(figures, locale));
        model.addAttribute("figuresTitle", figuresTitle(figures, locale));
        model.addAttribute("columns", columns(figures));
        model.addAttribute("pager", pager(figures, page));
        model.addAttribute("csvLink", link("/kwaliteit.csv", figures, figures.sort(), figures.order()));
        model.addAttribute("dashboardJson", scriptSafe(json.writeValueAsString(figures)));
        model.addAttribute("labelsJson", scriptSafe(json.writeValueAsString(labels(locale))));
        model.addAttribute("ratingsAria", message("dashboard.chart.ratings.aria", locale, RATINGS.stream()
                .map(r -> message("dashboard.rating." + r, locale) + " " + figures.mqa().ratings().get(r))
                .collect(Collectors.joining(", "))));
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        model.addAttribute("dimensionsAria", message("dashboard.chart.dimensions.aria", locale,
                figures.dataQuality().dimensions().stream()
                        .map(d -> message("dataquality." + d.id(), locale) + " " + (d.average() == null
                                ? message("dataquality.none", locale) : decimal.format(d.average())))
                        .collect(Collectors.joining(", "))));
        model.addAttribute("checksAria", message("dashboard.chart.checks.aria", locale,
                figures.failingChecks().stream()
                        .map(c -> message("quality.check." + c.check(), locale) + " "
                                + message("dashboard.checks.aria.item", locale, c.datasets(), c.failingValues()))
                        .collect(Collectors.joining("; "))));
        return "quality/dashboard";
    }

    @GetMapping("/kwaliteit.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order, Locale locale) {
        return DashboardCsv.response(dashboard.dashboard(authorization.currentCaller(), organisation, theme,
                DashboardParameters.sort(sort), DashboardParameters.descending(order)), locale, messages,
                DashboardApiController.baseUrl(settings));
    }

    /**
     * A theme the filter offers.
     *
     * @param iri   the theme's IRI, the value sent as {@code ?theme=}
     * @param label in the page's language
     */
    record ThemeOption(String iri, String label) {
    }

    /**
     * The themes the filter offers, one group per list (EU Data Theme, TaxonomieBeleidsagenda), each by label in
     * the page's language; a list without themes is left out. Keys: the group's label.
     */
    private Map<String, List<ThemeOption>> themeGroups(Dashboard figures, Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        Map<String, List<ThemeOption>> groups = new LinkedHashMap<>();
        for (String list : List.of("eu", "donl")) {
            String scheme = list.equals("eu") ? Vocabularies.EU_THEME_SCHEME : Vocabularies.DONL_THEME_SCHEME;
            List<ThemeOption> options = figures.themes().stream().filter(t -> t.scheme().equals(scheme))
                    .map(t -> new ThemeOption(t.iri(), t.label(locale)))
                    .sorted(java.util.Comparator.comparing(ThemeOption::label, collator::compare)).toList();
            if (!options.isEmpty()) {
                groups.put(message("dashboard.filter.themes." + list, locale), options);
            }
        }
        return groups;
    }

    /** "Kerncijfers", or "Kerncijfers van" the chosen organisation's name and/or theme's label. */
    private String figuresTitle(Dashboard figures, Locale locale) {
        String organisation = figures.organisation() == null ? null : figures.organisations().stream()
                .filter(o -> o.id().equals(figures.organisation())).map(Organisation.Ref::name).findFirst()
                .orElse(figures.organisation());
        String theme = figures.theme() == null ? null : Vocabularies.find(Vocabularies.themes(), figures.theme())
                .map(t -> t.label(locale)).orElse(figures.theme());
        if (organisation != null && theme != null) {
            return message("dashboard.figures.of.theme", locale, organisation, theme);
        }
        if (theme != null) {
            return message("dashboard.figures.theme", locale, theme);
        }
        return organisation != null ? message("dashboard.figures.of", locale, organisation)
                : message("dashboard.figures", locale);
    }

    /**
     * Where the dataset table stands among its pages.
     *
     * @param from     the 1-based number of the first row shown (0 when none is)
     * @param to       of the last row shown
     * @param total    all rows
     * @param previous the link to the page before, or null on the first
     * @param next     the link to the page after, or null on the last
     */
    record Pager(int from, int to, int total, @Nullable String previous, @Nullable String next) {
    }

    private static Pager pager(Dashboard figures, int page) {
        int shown = figures.rows().size();
        String previous = page == 0 ? null : link("/kwaliteit", figures, figures.sort(), figures.order(), page - 1);
        String next = figures.offset() + shown >= figures.datasets() ? null
                : link("/kwaliteit", figures, figures.sort(), figures.order(), page + 1);
        return new Pager(shown == 0 ? 0 : figures.offset() + 1, figures.offset() + shown, figures.datasets(),
                previous, next);
    }

    /**
     * A sortable column header: its link sorts by the column, the other way round when it is already sorted by it
     * (numbers and "overdue" start high to low).
     *
     * @param ariaSort {@code ascending}, {@code descending} or {@code none}
     */
    record Column(String key, String label, String href, String ariaSort) {
    }

    private List<Column> columns(Dashboard figures) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("title", "dashboard.table.dataset");
        labels.put("organisation", "dashboard.table.organisation");
        labels.put("access", "dashboard.table.access");
        labels.put("mqa", "dashboard.table.mqa");
        labels.put("dataQuality", "dashboard.table.dataQuality");
        labels.put("overdue", "dashboard.table.overdue");
        List<Column> columns = new ArrayList<>();
        labels.forEach((key, label) -> {
            boolean current = key.equals(figures.sort());
            boolean highFirst = List.of("mqa", "dataQuality", "overdue").contains(key);
            String next = current ? (figures.order().equals("asc") ? "desc" : "asc") : highFirst ? "desc" : "asc";
            columns.add(new Column(key, label, link("/kwaliteit", figures, key, next),
                    !current ? "none" : figures.order().equals("asc") ? "ascending" : "descending"));
        });
        return columns;
    }

    private static String link(String path, Dashboard filter, String sort, String order) {
        return link(path, filter, sort, order, 0);
    }

    /**
     * A link to the page or file with the dashboard's filters (organisation, theme) and these parameters;
     * {@code pagina} (0-based) only when not the first.
     */
    private static String link(String path, Dashboard filter, String sort, String order, int page) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (filter.organisation() != null) {
            uri.queryParam("organisation", filter.organisation());
        }
        if (filter.theme() != null) {
            uri.queryParam("theme", filter.theme());
        }
        uri.queryParam("sort", sort).queryParam("order", order);
        if (page > 0) {
            uri.queryParam("pagina", page);
        }
        return uri.encode().build().toUriString();
    }

    /** The chart texts the script needs, in the page's language. */
    private Map<String, Object> labels(Locale locale) {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("ratings", byKey(RATINGS, "dashboard.rating.", locale));
        labels.put("dimensions", byKey(DIMENSIONS, "dataquality.", locale));
        labels.put("checks", byKey(CHECKS, "quality.check.", locale));
        for (String key : List.of("datasets", "average", "failingValues", "decimal")) {
            labels.put(key, message("dashboard.chart." + key, locale));
        }
        return labels;
    }

    private Map<String, String> byKey(List<String> keys, String prefix, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        keys.forEach(key -> labels.put(key, message(prefix + key, locale)));
        return labels;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** JSON that cannot end the script element it is embedded in, nor start HTML inside it. */
    static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
