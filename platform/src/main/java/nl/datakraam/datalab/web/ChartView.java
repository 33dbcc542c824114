// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.access.Caller;
import nl.datakraam.datalab.Chart;
import nl.datakraam.datalab.Charts;
import nl.datakraam.query.QueryResult;
import nl.datakraam.query.ResultField;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart as a page shows it: the chart, and its data as the viewer may see it (the data table under the chart), or
 * why there is none.
 *
 * @param data    the answer, fetched as the viewer; null when unavailable
 * @param problem the reason there is no data, in the reader's language; null when there is
 * @param columns the columns the table shows: for a table chart its value columns (all when none), else the mapped
 *                ones
 * @param json    the chart and its data for the script; null when there is no data
 */
public record ChartView(Chart chart, @Nullable QueryResult data, @Nullable String problem, List<Integer> columns,
        @Nullable String json) {

    /**
     * The chart with its data fetched as the viewer. {@code json} is what {@code datalab-chart.js} draws from
     * ({@code {"chart": {type, title, xColumn, valueColumns, seriesColumn}, "data": {fields, rows}}}): the page
     * carries it in an attribute (escaped as any attribute), because the {@code /v1} API is stateless and a script's
     * fetch there would not be the signed-in viewer.
     */
    static ChartView of(Chart chart, Charts charts, Caller viewer, LocalisedMessages messages, Locale locale,
            JsonMapper mapper) {
        try {
            QueryResult data = charts.data(chart, viewer);
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("type", chart.type().code());
            spec.put("title", chart.title());
            spec.put("xColumn", chart.xColumn());
            spec.put("valueColumns", chart.valueColumns());
            spec.put("seriesColumn", chart.seriesColumn());
            return new ChartView(chart, data, null, columns(chart, data),
                    mapper.writeValueAsString(Map.of("chart", spec, "data", data)));
        } catch (PlatformException e) {
            if (!e.code().status().is4xxClientError()) {
                throw e;
            }
            return new ChartView(chart, null, messages.problem(e, locale), List.of(), null);
        }
    }

    /** The positions of the table's columns: the x, series and value columns that the answer has, in that order. */
    private static List<Integer> columns(Chart chart, QueryResult data) {
        List<String> names = data.fields().stream().map(ResultField::name).toList();
        java.util.List<String> wanted = new java.util.ArrayList<>();
        if (chart.xColumn() != null) {
            wanted.add(chart.xColumn());
        }
        if (chart.seriesColumn() != null) {
            wanted.add(chart.seriesColumn());
        }
        wanted.addAll(chart.valueColumns());
        List<Integer> positions = wanted.stream().distinct().map(names::indexOf).filter(i -> i >= 0).toList();
        return positions.isEmpty() ? java.util.stream.IntStream.range(0, names.size()).boxed().toList() : positions;
    }

    /** The id of the element holding the description (for {@code aria-describedby}). */
    public String descriptionId() {
        return "grafiek-" + chart.id() + "-beschrijving";
    }
}
