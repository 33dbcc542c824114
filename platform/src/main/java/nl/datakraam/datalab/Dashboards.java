// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.datalab.DashboardItem.Kind;
import nl.datakraam.shared.DatalabCode;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored dashboards: made, changed and deleted by their owner (or a beheerder), each change in the audit log
 * ({@code dashboard.create}, {@code dashboard.update}, {@code dashboard.delete}); seen by whoever their level lets
 * see them ({@link Visibility}). An {@code openbaar} dashboard may hold only openbaar charts and key figures over
 * openbaar data (checked when saved). Thread-safe.
 */
@Service
public class Dashboards {

    /** Most items on one dashboard. */
    public static final int MAX_ITEMS = 40;
    /** Longest text item, in characters. */
    public static final int MAX_TEXT = 5000;

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Visibility visibility;
    private final Sources sources;
    private final Charts charts;
    private final MapViews maps;
    private final AuditLog audit;

    Dashboards(JdbcClient jdbc, JsonMapper json, Clock clock, Visibility visibility, Sources sources, Charts charts,
            MapViews maps, AuditLog audit) {
        this.maps = maps;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.visibility = visibility;
        this.sources = sources;
        this.charts = charts;
        this.audit = audit;
    }

    /** The dashboard, if it exists and the caller may see it. */
    public Optional<Dashboard> find(UUID id, Caller caller) {
        return load(id).filter(dashboard -> visibility.visible(dashboard.accessLevel(), dashboard.owner(), caller));
    }

    /**
     * @throws PlatformException {@link ErrorCode#DASHBOARD_NOT_FOUND} when absent or not visible to the caller
     */
    public Dashboard get(UUID id, Caller caller) {
        return find(id, caller).orElseThrow(() -> new PlatformException(ErrorCode.DASHBOARD_NOT_FOUND,
                "There is no dashboard with this id that you may see.", Map.of("dashboardId", id.toString())));
    }

    /** The dashboards the caller may see (the anonymous caller: the openbaar ones): their own first, by title. */
    public List<Dashboard> visible(Caller caller) {
        List<Dashboard> all = new ArrayList<>();
        for (UUID id : jdbc.sql("select id from datalab_dashboard order by lower(title), id").query(UUID.class)
                .list()) {
            load(id).filter(d -> visibility.visible(d.accessLevel(), d.owner(), caller)).ifPresent(all::add);
        }
        all.sort(Comparator.comparing((Dashboard d) -> !d.owner().equals(caller.id())));
        return all;
    }

    /**
     * The dashboard as a viewer may see its definition: key figures over data the viewer may not read lose their
     * source (no builder question, SQL or table names), so that they do not reveal which data that is.
     */
    public Dashboard forViewer(Dashboard dashboard, Caller viewer) {
        java.util.Set<String> readable = sources.readableNames(viewer);
        List<DashboardItem> items = dashboard.items().stream().map(item -> readable.containsAll(item.reads()) ? item
                : new DashboardItem(item.kind(), item.width(), item.chartId(), item.mapId(), item.label(),
                        item.unit(), item.text(), null, null, List.of())).toList();
        return new Dashboard(dashboard.id(), dashboard.owner(), dashboard.title(), dashboard.description(),
                dashboard.accessLevel(), items, dashboard.createdAt(), dashboard.modifiedAt());
    }

    /** Whether the caller may change or delete the dashboard. */
    public boolean mayChange(Dashboard dashboard, Caller caller) {
        return visibility.mayChange(dashboard.owner(), caller);
    }

    /**
     * Makes a dashboard owned by the caller.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller;
     *     {@link ErrorCode#INVALID_PARAMETER} for a missing or too long title or text, an unknown kind or access
     *     level, a width outside 1 to 3, too many items; {@link ErrorCode#DATALAB_INVALID} for a chart or map the
     *     caller may not see ({@link DatalabCode#UNKNOWN_ITEM}) or a bad key figure source;
     *     {@link ErrorCode#DATALAB_NOT_PUBLIC} for an openbaar dashboard with an item that is not openbaar
     */
    @Transactional
    public Dashboard create(DashboardDraft draft, Caller caller) {
        visibility.requireSignedIn(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Dashboard dashboard = checked(UUID.randomUUID(), caller.id(), now, draft, caller);
        jdbc.sql("""
                insert into datalab_dashboard (id, owner_id, title, description, access_level, created_at, modified_at)
                values (:id, :owner, :title, :description, :level, :now, :now)""")
                .param("id", dashboard.id()).param("owner", dashboard.owner()).param("title", dashboard.title())
                .param("description", dashboard.description()).param("level", dashboard.accessLevel().code())
                .param("now", Charts.utc(now)).update();
        insertItems(dashboard);
        audit.record(caller, "dashboard.create", null, null, Map.of("dashboard", dashboard.id().toString(),
                "accessLevel", dashboard.accessLevel().code()));
        return load(dashboard.id()).orElseThrow();
    }

    /**
     * Replaces a dashboard's title, description, level and items.
     *
     * @throws PlatformException {@link ErrorCode#DASHBOARD_NOT_FOUND} when absent or not visible,
     *     {@link ErrorCode#NOT_ALLOWED} for a caller who is neither owner nor beheerder, and as {@link #create}
     */
    @Transactional
    public Dashboard update(UUID id, DashboardDraft draft, Caller caller) {
        Dashboard old = get(id, caller);
        visibility.requireChange(old.owner(), caller);
        Dashboard dashboard = checked(id, old.owner(), old.createdAt(), draft, caller);
        jdbc.sql("""
                update datalab_dashboard set title = :title, description = :description, access_level = :level,
                    modified_at = :now where id = :id""")
                .param("id", id).param("title", dashboard.title()).param("description", dashboard.description())
                .param("level", dashboard.accessLevel().code())
                .param("now", Charts.utc(clock.instant().truncatedTo(ChronoUnit.MILLIS))).update();
        jdbc.sql("delete from datalab_dashboard_item where dashboard_id = :id").param("id", id).update();
        insertItems(dashboard);
        audit.record(caller, "dashboard.update", null, null, Map.of("dashboard", id.toString(), "accessLevel",
                dashboard.accessLevel().code()));
        return load(id).orElseThrow();
    }

    /**
     * Deletes a dashboard (not the charts on it).
     *
     * @throws PlatformException as {@link #update}
     */
    @Transactional
    public void delete(UUID id, Caller caller) {
        Dashboard dashboard = get(id, caller);
        visibility.requireChange(dashboard.owner(), caller);
        jdbc.sql("delete from datalab_dashboard_item where dashboard_id = :id").param("id", id).update();
        jdbc.sql("delete from datalab_dashboard where id = :id").param("id", id).update();
        audit.record(caller, "dashboard.delete", null, null, Map.of("dashboard", id.toString()));
    }

    /**
     * The value of a key figure item, fetched as the viewer: the first column of the first row, or null for an empty
     * answer.
     *
     * @throws PlatformException {@link ErrorCode#DATALAB_DATA_UNAVAILABLE} when the viewer may not read its data,
     *     the query's faults
     */
    public @Nullable Object figure(DashboardItem item, Caller viewer) {
        var answer = sources.fetch(item.sql() == null ? "" : item.sql(), item.reads(), viewer);
        return answer.rows().isEmpty() || answer.rows().getFirst().isEmpty() ? null
                : answer.rows().getFirst().getFirst();
    }

    private Dashboard checked(UUID id, String owner, Instant createdAt, DashboardDraft draft, Caller caller) {
        String title = Texts.required("title", draft.title(), Texts.MAX_TITLE);
        String description = Texts.optional("description", draft.description(), Texts.MAX_DESCRIPTION);
        AccessLevel level = Visibility.level(draft.accessLevel());
        List<DashboardDraft.Item> drafts = draft.items() == null ? List.of() : draft.items();
        if (drafts.size() > MAX_ITEMS) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.RANGE, Map.of("parameter", "items",
                    "min", 0, "max", MAX_ITEMS));
        }
        List<DashboardItem> items = new ArrayList<>();
        for (DashboardDraft.Item item : drafts) {
            items.add(item(item, items.size() + 1, level, caller));
        }
        return new Dashboard(id, owner, title, description, level, items, createdAt, createdAt);
    }

    private DashboardItem item(DashboardDraft.Item draft, int position, AccessLevel level, Caller caller) {
        Kind kind = Kind.parameter(draft.kind());
        int width = draft.width() == null ? 1 : draft.width();
        if (width < 1 || width > 3) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.RANGE, Map.of("parameter", "width",
                    "min", 1, "max", 3));
        }
        String label = Texts.optional("label", draft.label(), Texts.MAX_TITLE);
        return switch (kind) {
            case CHART -> {
                Chart chart = draft.chartId() == null ? null : charts.find(draft.chartId(), caller).orElse(null);
                if (chart == null) {
                    throw new PlatformException(ErrorCode.DATALAB_INVALID, DatalabCode.UNKNOWN_ITEM, Map.of("id",
                            String.valueOf(draft.chartId())));
                }
                requirePublicItem(level, chart.accessLevel() == AccessLevel.OPENBAAR, position, kind);
                yield new DashboardItem(kind, width, chart.id(), null, label, null, null, null, null, List.of());
            }
            case MAP -> {
                if (draft.mapId() == null) {
                    throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.MISSING,
                            Map.of("parameter", "mapId"));
                }
                MapView map = maps.find(draft.mapId(), caller).orElseThrow(() -> new PlatformException(
                        ErrorCode.DATALAB_INVALID, DatalabCode.UNKNOWN_ITEM, Map.of("id", draft.mapId().toString())));
                requirePublicItem(level, map.accessLevel() == AccessLevel.OPENBAAR, position, kind);
                yield new DashboardItem(kind, width, null, map.id(), label == null ? map.title() : label, null, null,
                        null, null, List.of());
            }
            case FIGURE -> {
                Sources.Resolved source;
                try {
                    source = sources.resolve(draft.builder(), draft.sql(), "figure", level, caller);
                } catch (PlatformException e) {
                    if (e.code() == ErrorCode.DATALAB_NOT_PUBLIC) {
                        requirePublicItem(level, false, position, kind);
                    }
                    throw e;
                }
                yield new DashboardItem(kind, width, null, null, Texts.required("label", draft.label(),
                        Texts.MAX_TITLE), Texts.optional("unit", draft.unit(), 40), null, source.builder(),
                        source.sql(), source.reads());
            }
            case TEXT -> new DashboardItem(kind, width, null, null, label, null, Texts.required("text", draft.text(),
                    MAX_TEXT), null, null, List.of());
        };
    }

    private static void requirePublicItem(AccessLevel level, boolean itemPublic, int position, Kind kind) {
        if (level == AccessLevel.OPENBAAR && !itemPublic) {
            throw new PlatformException(ErrorCode.DATALAB_NOT_PUBLIC, DatalabCode.NOT_PUBLIC_ITEM, Map.of("position",
                    position, "kind", kind.code()));
        }
    }

    private void insertItems(Dashboard dashboard) {
        int position = 0;
        for (DashboardItem item : dashboard.items()) {
            Map<String, Object> params = new HashMap<>();
            params.put("dashboard", dashboard.id());
            params.put("position", ++position);
            params.put("kind", item.kind().code());
            params.put("width", item.width());
            params.put("chart", item.chartId());
            params.put("map", item.mapId());
            params.put("label", item.label());
            params.put("unit", item.unit());
            params.put("body", item.text());
            params.put("builder", item.builder() == null ? null : json.writeValueAsString(item.builder()));
            params.put("sql", item.sql());
            params.put("reads", json.writeValueAsString(item.reads()));
            jdbc.sql("""
                    insert into datalab_dashboard_item (dashboard_id, position, kind, width, chart_id, map_id, label,
                        unit, body, builder, sql_text, reads_tables)
                    values (:dashboard, :position, :kind, :width, :chart, :map, :label, :unit, :body, :builder, :sql,
                        :reads)""").params(params).update();
        }
    }

    private Optional<Dashboard> load(UUID id) {
        return jdbc.sql("select * from datalab_dashboard where id = :id").param("id", id)
                .query((rs, n) -> new Dashboard(rs.getObject("id", UUID.class), rs.getString("owner_id"),
                        rs.getString("title"), rs.getString("description"),
                        AccessLevel.fromCode(rs.getString("access_level")), items(id),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("modified_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private List<DashboardItem> items(UUID dashboard) {
        return jdbc.sql("select * from datalab_dashboard_item where dashboard_id = :id order by position")
                .param("id", dashboard).query((rs, n) -> item(rs)).list();
    }

    private DashboardItem item(ResultSet rs) throws SQLException {
        String builder = rs.getString("builder");
        String reads = rs.getString("reads_tables");
        return new DashboardItem(Kind.parameter(rs.getString("kind")), rs.getInt("width"),
                rs.getObject("chart_id", UUID.class), rs.getObject("map_id", UUID.class), rs.getString("label"),
                rs.getString("unit"), rs.getString("body"),
                builder == null ? null : json.readValue(builder, BuilderQuery.class), rs.getString("sql_text"),
                reads == null ? List.of() : json.readValue(reads, STRINGS));
    }
}
