// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.query.QueryResult;
import nl.datakraam.query.ResultField;
import nl.datakraam.shared.DatalabCode;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored charts: made, changed and deleted by their owner (or a beheerder), each change in the audit log
 * ({@code chart.create}, {@code chart.update}, {@code chart.delete}); seen by whoever their access level lets see
 * them ({@link Visibility}); their data always fetched as the viewer. Thread-safe.
 */
@Service
public class Charts {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Visibility visibility;
    private final Sources sources;
    private final AuditLog audit;

    Charts(JdbcClient jdbc, JsonMapper json, Clock clock, Visibility visibility, Sources sources, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.visibility = visibility;
        this.sources = sources;
        this.audit = audit;
    }

    /** The chart, if it exists and the caller may see it. */
    public Optional<Chart> find(UUID id, Caller caller) {
        return load(id).filter(chart -> visibility.visible(chart.accessLevel(), chart.owner(), caller));
    }

    /**
     * @throws PlatformException {@link ErrorCode#CHART_NOT_FOUND} when absent or not visible to the caller
     */
    public Chart get(UUID id, Caller caller) {
        return find(id, caller).orElseThrow(() -> notFound(id));
    }

    /** The charts the caller may see: their own first, then the others, each by title. */
    public List<Chart> visible(Caller caller) {
        return jdbc.sql("select * from datalab_chart order by lower(title), id").query((rs, n) -> chart(rs)).list()
                .stream().filter(chart -> visibility.visible(chart.accessLevel(), chart.owner(), caller))
                .sorted(java.util.Comparator.comparing((Chart chart) -> !chart.owner().equals(caller.id())))
                .toList();
    }

    /**
     * The chart as a viewer may see its definition: whole when the viewer may read every dataset it reads, else
     * without its source (no builder question, SQL or table names), so that a chart over data the viewer may not
     * read does not reveal which data that is.
     */
    public Chart forViewer(Chart chart, Caller viewer) {
        return forViewer(List.of(chart), viewer).getFirst();
    }

    /** As {@link #forViewer(Chart, Caller)} for a list, asking once which datasets the viewer may read. */
    public List<Chart> forViewer(List<Chart> charts, Caller viewer) {
        java.util.Set<String> readable = sources.readableNames(viewer);
        return charts.stream().map(chart -> readable.containsAll(chart.reads()) ? chart
                : new Chart(chart.id(), chart.owner(), chart.title(), chart.description(), chart.accessLevel(),
                        chart.type(), null, "", chart.xColumn(), chart.valueColumns(), chart.seriesColumn(),
                        List.of(), chart.createdAt(), chart.modifiedAt())).toList();
    }

    /** Whether the caller may change or delete the chart. */
    public boolean mayChange(Chart chart, Caller caller) {
        return visibility.mayChange(chart.owner(), caller);
    }

    /**
     * Makes a chart owned by the caller. Its source runs once as the caller, to check it and its columns.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller;
     *     {@link ErrorCode#INVALID_PARAMETER} for a missing or too long title, an unknown type or access level;
     *     {@link ErrorCode#DATALAB_INVALID} for a bad source or a column the answer does not have;
     *     {@link ErrorCode#DATALAB_NOT_PUBLIC} for an openbaar chart over non-public data; the query's faults
     */
    @Transactional
    public Chart create(ChartDraft draft, Caller caller) {
        visibility.requireSignedIn(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Chart chart = checked(UUID.randomUUID(), caller.id(), now, draft, caller);
        jdbc.sql("""
                insert into datalab_chart (id, owner_id, title, description, access_level, chart_type, builder,
                    sql_text, x_column, value_columns, series_column, reads_tables, created_at, modified_at)
                values (:id, :owner, :title, :description, :level, :type, :builder, :sql, :x, :values, :series,
                    :reads, :now, :now)""")
                .params(columns(chart)).param("owner", chart.owner()).param("now", utc(now)).update();
        audit.record(caller, "chart.create", null, null, Map.of("chart", chart.id().toString(), "accessLevel",
                chart.accessLevel().code()));
        return chart;
    }

    /**
     * Replaces a chart's title, description, level, type, source and mapping.
     *
     * @throws PlatformException {@link ErrorCode#CHART_NOT_FOUND} when absent or not visible,
     *     {@link ErrorCode#NOT_ALLOWED} for a caller who is neither owner nor beheerder, and as {@link #create}
     */
    @Transactional
    public Chart update(UUID id, ChartDraft draft, Caller caller) {
        Chart old = get(id, caller);
        visibility.requireChange(old.owner(), caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Chart chart = checked(id, old.owner(), old.createdAt(), draft, caller);
        jdbc.sql("""
                update datalab_chart set title = :title, description = :description, access_level = :level,
                    chart_type = :type, builder = :builder, sql_text = :sql, x_column = :x, value_columns = :values,
                    series_column = :series, reads_tables = :reads, modified_at = :now
                where id = :id""").params(columns(chart)).param("now", utc(now)).update();
        audit.record(caller, "chart.update", null, null, Map.of("chart", id.toString(), "accessLevel",
                chart.accessLevel().code()));
        return load(id).orElseThrow();
    }

    /**
     * Deletes a chart; dashboards that showed it say it is no longer available.
     *
     * @throws PlatformException as {@link #update}
     */
    @Transactional
    public void delete(UUID id, Caller caller) {
        Chart chart = get(id, caller);
        visibility.requireChange(chart.owner(), caller);
        jdbc.sql("delete from datalab_chart where id = :id").param("id", id).update();
        audit.record(caller, "chart.delete", null, null, Map.of("chart", id.toString()));
    }

    /**
     * The chart's data, fetched as the viewer.
     *
     * @throws PlatformException {@link ErrorCode#CHART_NOT_FOUND} when absent or not visible to the viewer,
     *     {@link ErrorCode#DATALAB_DATA_UNAVAILABLE} when the viewer may not read the data it shows, the query's
     *     faults
     */
    public QueryResult data(UUID id, Caller viewer) {
        Chart chart = get(id, viewer);
        return sources.fetch(chart.sql(), chart.reads(), viewer);
    }

    /** As {@link #data(UUID, Caller)} for a chart already loaded. */
    public QueryResult data(Chart chart, Caller viewer) {
        return sources.fetch(chart.sql(), chart.reads(), viewer);
    }

    private Chart checked(UUID id, String owner, Instant createdAt, ChartDraft draft, Caller caller) {
        String title = Texts.required("title", draft.title(), Texts.MAX_TITLE);
        String description = Texts.optional("description", draft.description(), Texts.MAX_DESCRIPTION);
        AccessLevel level = Visibility.level(draft.accessLevel());
        ChartType type = draft.type() == null || draft.type().isBlank() ? ChartType.BAR
                : ChartType.parameter(draft.type());
        Sources.Resolved source = sources.resolve(draft.builder(), draft.sql(), "chart", level, caller);
        List<String> columns = source.answer().fields().stream().map(ResultField::name).toList();
        String x = blank(draft.x()) ? (type == ChartType.TABLE || columns.isEmpty() ? null : columns.getFirst())
                : column(columns, draft.x());
        List<String> values = new ArrayList<>();
        for (String value : draft.values() == null ? List.<String>of() : draft.values()) {
            if (!blank(value)) {
                values.add(column(columns, value));
            }
        }
        if (values.isEmpty() && type != ChartType.TABLE && !columns.isEmpty()) {
            values.add(columns.getLast());
        }
        String series = blank(draft.series()) ? null : column(columns, draft.series());
        return new Chart(id, owner, title, description, level, type, source.builder(), source.sql(), x, values,
                series, source.reads(), createdAt, createdAt);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String column(List<String> columns, String column) {
        if (!columns.contains(column)) {
            throw new PlatformException(ErrorCode.DATALAB_INVALID, DatalabCode.UNKNOWN_COLUMN, Map.of("column",
                    column, "allowed", String.join(", ", columns)));
        }
        return column;
    }

    private Map<String, Object> columns(Chart chart) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", chart.id());
        params.put("title", chart.title());
        params.put("description", chart.description());
        params.put("level", chart.accessLevel().code());
        params.put("type", chart.type().code());
        params.put("builder", chart.builder() == null ? null : json.writeValueAsString(chart.builder()));
        params.put("sql", chart.sql());
        params.put("x", chart.xColumn());
        params.put("values", json.writeValueAsString(chart.valueColumns()));
        params.put("series", chart.seriesColumn());
        params.put("reads", json.writeValueAsString(chart.reads()));
        return params;
    }

    private Optional<Chart> load(UUID id) {
        return jdbc.sql("select * from datalab_chart where id = :id").param("id", id).query((rs, n) -> chart(rs))
                .optional();
    }

    private Chart chart(ResultSet rs) throws SQLException {
        String builder = rs.getString("builder");
        return new Chart(rs.getObject("id", UUID.class), rs.getString("owner_id"), rs.getString("title"),
                rs.getString("description"), AccessLevel.fromCode(rs.getString("access_level")),
                ChartType.valueOf(rs.getString("chart_type").toUpperCase(java.util.Locale.ROOT)),
                builder == null ? null : json.readValue(builder, BuilderQuery.class), rs.getString("sql_text"),
                rs.getString("x_column"), json.readValue(rs.getString("value_columns"), STRINGS),
                rs.getString("series_column"), json.readValue(rs.getString("reads_tables"), STRINGS),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static PlatformException notFound(UUID id) {
        return new PlatformException(ErrorCode.CHART_NOT_FOUND, "There is no chart with this id that you may see.",
                Map.of("chartId", id.toString()));
    }
}
