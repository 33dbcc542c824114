// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.lib.geo.GeoJsonOutput;
import nl.datakraam.lib.geo.GeoParquetInput;
import nl.datakraam.query.FeatureFilter;
import nl.datakraam.query.FeaturePage;
import nl.datakraam.query.FeatureRow;
import nl.datakraam.query.QueryResult;
import nl.datakraam.query.QueryService;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.MapCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The datalab's maps (issue 7): saving, changing and removing them, and their data as GeoJSON, read as the viewer.
 *
 * <p>Who sees a map: {@code openbaar} anyone, {@code intern} staff (every role but {@code partner}),
 * {@code vertrouwelijk} its owner and the beheerder; a map the caller may not see answers as an absent one
 * ({@link ErrorCode#MAP_NOT_FOUND}). Any signed-in caller may make a map over what it may read; its owner and the
 * beheerder may change or remove it. A map is saved only when it can be drawn for its maker (every dataset readable,
 * every field present, the SQL runs); it may be {@code openbaar} only when every dataset it reads is
 * ({@link MapCode#NOT_PUBLIC}: the SQL must run for the anonymous public). Changes are recorded in the audit log
 * ({@code map.create}, {@code map.update}, {@code map.delete}).
 *
 * <p>Drawing a map ({@link #data}) reads its datasets as the viewer, through {@link QueryService}: a viewer who may
 * not read the geodata gets no features, one who may not read the figures gets the regions without figures; the
 * answer says so ({@code datasetUnavailable}, {@code figureUnavailable}) without naming what is missing.
 */
@Service
public class Maps {

    private static final Logger LOG = LoggerFactory.getLogger(Maps.class);
    private static final Set<String> STAFF = Set.of(Caller.ROLE_ADMINISTRATOR, Caller.ROLE_STEWARD,
            Caller.ROLE_PRIVACY_OFFICER, Caller.ROLE_STAFF);
    private static final List<AccessLevel> LEVELS = List.of(AccessLevel.OPENBAAR, AccessLevel.INTERN,
            AccessLevel.VERTROUWELIJK);

    private final MapStore store;
    private final Catalog catalog;
    private final QueryService queries;
    private final AuditLog audit;
    private final Clock clock;
    private final BaseMapSettings baseMap;

    Maps(MapStore store, Catalog catalog, QueryService queries, AuditLog audit, Clock clock,
            BaseMapSettings baseMap) {
        this.store = store;
        this.catalog = catalog;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
        this.baseMap = baseMap;
    }

    /**
     * A map as a request gives it.
     *
     * @param accessLevel {@code openbaar}, {@code intern} or {@code vertrouwelijk}
     */
    public record MapDraft(@Nullable String title, @Nullable String description, @Nullable String accessLevel,
            @Nullable MapSpec spec) {
    }

    /** The maps the caller may see, by title. */
    public List<SavedMap> visible(Caller caller) {
        return store.all().stream().filter(map -> visible(map, caller)).toList();
    }

    /** The map, if it exists and the caller may see it. */
    public Optional<SavedMap> find(UUID id, Caller caller) {
        return store.find(id).filter(map -> visible(map, caller));
    }

    /**
     * The map, if the caller may see it.
     *
     * @throws PlatformException {@link ErrorCode#MAP_NOT_FOUND} when absent or not visible to the caller
     */
    public SavedMap get(UUID id, Caller caller) {
        return find(id, caller).orElseThrow(() -> new PlatformException(ErrorCode.MAP_NOT_FOUND,
                "This map does not exist.", Map.of("mapId", id.toString())));
    }

    /** Whether the caller may change and remove the map: its owner and the beheerder. */
    public boolean mayEdit(SavedMap map, Caller caller) {
        return !caller.isAnonymous() && (map.owner().equals(caller.id())
                || caller.hasRole(Caller.ROLE_ADMINISTRATOR));
    }

    /** Whether the caller may make maps: anyone signed in (over what it may read). */
    public boolean mayCreate(Caller caller) {
        return !caller.isAnonymous();
    }

    /** The base map to draw under this map, or null when it has none or none is configured. */
    public @Nullable BaseMapSettings baseMap(SavedMap map) {
        return map.spec().baseMap() && baseMap.configured() ? baseMap : null;
    }

    /**
     * Saves a new map, owned by the caller.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} anonymous; {@link ErrorCode#INVALID_PARAMETER}
     *     ({@link RequestCode}) for a missing or malformed member; {@link ErrorCode#MAP_INVALID} ({@link MapCode}) for
     *     a map that cannot be drawn or may not be public; {@link ErrorCode#DATASET_NOT_FOUND} for a dataset the
     *     caller may not read; the SQL's faults ({@link QueryService#run})
     */
    @Transactional
    public SavedMap create(MapDraft draft, Caller caller) {
        if (!mayCreate(caller)) {
            throw new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to make a map.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SavedMap map = checked(UUID.randomUUID(), draft, caller.id(), now, now, caller);
        store.insert(map);
        audit.record(caller, "map.create", null, null, Map.of("map", map.id().toString(),
                "accessLevel", map.accessLevel().code()));
        return map;
    }

    /**
     * Replaces a map's title, description, access level and specification.
     *
     * @throws PlatformException {@link ErrorCode#MAP_NOT_FOUND} when absent or not visible;
     *     {@link ErrorCode#NOT_ALLOWED} for a caller other than its owner and the beheerder; otherwise as
     *     {@link #create}
     */
    @Transactional
    public SavedMap update(UUID id, MapDraft draft, Caller caller) {
        SavedMap old = editable(id, caller);
        SavedMap map = checked(id, draft, old.owner(), old.createdAt(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), caller);
        store.update(map);
        audit.record(caller, "map.update", null, null, Map.of("map", id.toString(),
                "accessLevel", map.accessLevel().code()));
        return map;
    }

    /**
     * Removes a map.
     *
     * @throws PlatformException as {@link #update}
     */
    @Transactional
    public void delete(UUID id, Caller caller) {
        editable(id, caller);
        store.delete(id);
        audit.record(caller, "map.delete", null, null, Map.of("map", id.toString()));
    }

    /**
     * The map's data as a GeoJSON FeatureCollection (RFC 7946, WGS 84), read as the viewer, with these further
     * members: {@code kind}; {@code datasetUnavailable} (the viewer may not read the geodata, or it cannot be read:
     * no features); {@code truncated} (more features than {@value QueryService#MAX_FEATURES}). For a choropleth each
     * feature's properties are {@code code}, {@code name}, {@code value} (null: no figure) and {@code class} (from 1;
     * null without figure), and the collection has {@code valueLabel}, {@code level}, {@code classes} (number, lower,
     * upper, colour, count: {@link Classification}), {@code noData} (count and colour of the regions shown without
     * a figure), {@code unmatchedCodes} (codes of the figures that no region of the boundary dataset has: a region
     * merged or renamed since), {@code figureRowsWithoutCode} (rows of the figures whose first column is no code of
     * the level), {@code figureUnavailable} and {@code areaUnavailable} (the viewer may not read what they need).
     * For {@code features}, the properties are the popup fields.
     *
     * @throws PlatformException {@link ErrorCode#MAP_NOT_FOUND} when absent or not visible to the viewer
     */
    public Map<String, Object> data(UUID id, Caller viewer) {
        return render(get(id, viewer).spec(), viewer, false);
    }

    private SavedMap editable(UUID id, Caller caller) {
        SavedMap map = get(id, caller);
        if (!mayEdit(map, caller)) {
            throw new PlatformException(ErrorCode.NOT_ALLOWED, "Only the map's owner and the beheerder may change it.",
                    Map.of("caller", caller.id()));
        }
        return map;
    }

    private static boolean visible(SavedMap map, Caller caller) {
        if (!caller.isAnonymous() && (map.owner().equals(caller.id()) || caller.hasRole(Caller.ROLE_ADMINISTRATOR))) {
            return true;
        }
        return switch (map.accessLevel()) {
            case OPENBAAR -> true;
            case INTERN -> caller.roles().stream().anyMatch(STAFF::contains);
            default -> false;
        };
    }

    /** The draft as a map, checked: complete, drawable for the caller, and public only over public data. */
    private SavedMap checked(UUID id, MapDraft draft, String owner, Instant created, Instant modified, Caller caller) {
        String title = text("title", draft.title(), 200, true);
        String description = text("description", draft.description(), 2000, false);
        AccessLevel level = AccessLevel.parameter("accessLevel", draft.accessLevel(), AccessLevel.INTERN);
        if (!LEVELS.contains(level)) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE, Map.of("parameter",
                    "accessLevel", "allowed", LEVELS.stream().map(AccessLevel::code).toList()));
        }
        if (draft.spec() == null) {
            throw missing("spec");
        }
        MapSpec spec = normalised(draft.spec(), caller);
        render(spec, caller, true);
        if (level == AccessLevel.OPENBAAR) {
            requirePublic(spec, caller);
        }
        return new SavedMap(id, title, description, level, owner, spec, created, modified);
    }

    private static @Nullable String text(String parameter, @Nullable String value, int max, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                throw missing(parameter);
            }
            return null;
        }
        if (text.length() > max) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.LENGTH, Map.of("parameter",
                    parameter, "minLength", required ? 1 : 0, "maxLength", max, "length", text.length()));
        }
        return text;
    }

    private static PlatformException missing(String parameter) {
        return new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.MISSING, Map.of("parameter", parameter));
    }

    private static PlatformException choice(String parameter, List<String> allowed) {
        return new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE, Map.of("parameter", parameter,
                "allowed", allowed));
    }

    /** The spec with its defaults filled in and every dataset and field checked against what the caller reads. */
    private MapSpec normalised(MapSpec spec, Caller caller) {
        if (!MapSpec.KINDS.contains(spec.kind())) {
            throw choice("kind", MapSpec.KINDS);
        }
        if (spec.dataset() == null) {
            throw missing("dataset");
        }
        Dataset dataset = geodata(spec.dataset(), caller);
        List<String> fields = fieldNames(dataset);
        for (String field : spec.filter().keySet()) {
            requireField("filter", field, fields);
        }
        featureFilter(dataset, spec.filter());
        if (!spec.choropleth()) {
            spec.popupFields().forEach(field -> requireField("popupFields", field, fields));
            return new MapSpec(MapSpec.FEATURES, spec.baseMap(), spec.dataset(), spec.filter(), spec.popupFields(),
                    null, null, null, null, null, null, null, null, null, null, null, 0);
        }
        String codeField = blankToNull(spec.codeField());
        if (codeField == null) {
            throw missing("codeField");
        }
        requireField("codeField", codeField, fields);
        String nameField = blankToNull(spec.nameField());
        if (nameField != null) {
            requireField("nameField", nameField, fields);
        }
        String level = spec.level() == null ? "gemeente" : spec.level();
        if (!MapSpec.LEVELS.contains(level)) {
            throw choice("level", MapSpec.LEVELS);
        }
        String classification = spec.classification() == null ? "quantile" : spec.classification();
        if (!MapSpec.CLASSIFICATIONS.contains(classification)) {
            throw choice("classification", MapSpec.CLASSIFICATIONS);
        }
        int classes = spec.classes() == 0 ? 5 : spec.classes();
        if (classes < 3 || classes > 5) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.RANGE, Map.of("parameter",
                    "classes", "min", 3, "max", 5));
        }
        String figureSql = blankToNull(spec.figureSql());
        String figureCode = null;
        String figureValue = null;
        String measure = null;
        UUID figureDataset = null;
        if (figureSql == null) {
            if (spec.figureDataset() == null) {
                throw missing("figureSql");
            }
            figureDataset = spec.figureDataset();
            List<String> figureFields = fieldNames(catalog.get(new DatasetId(figureDataset), caller));
            figureCode = blankToNull(spec.figureCodeField());
            if (figureCode == null) {
                throw missing("figureCodeField");
            }
            requireField("figureCodeField", figureCode, figureFields);
            measure = spec.measure() == null ? "sum" : spec.measure();
            if (!MapSpec.MEASURES.contains(measure)) {
                throw choice("measure", MapSpec.MEASURES);
            }
            figureValue = blankToNull(spec.figureValueField());
            if (figureValue == null && !measure.equals("count")) {
                throw missing("figureValueField");
            }
            if (figureValue != null) {
                requireField("figureValueField", figureValue, figureFields);
            }
        }
        return new MapSpec(MapSpec.CHOROPLETH, spec.baseMap(), spec.dataset(), spec.filter(), List.of(), codeField,
                nameField, level, blankToNull(spec.areaSql()), figureSql, figureDataset, figureCode, figureValue,
                measure, blankToNull(spec.valueLabel()), classification, classes);
    }

    private Dataset geodata(UUID id, Caller caller) {
        Dataset dataset = catalog.get(new DatasetId(id), caller);
        if (dataset.currentVersion() == null || dataset.currentVersion().spatial() == null) {
            throw new PlatformException(ErrorCode.MAP_INVALID, MapCode.NO_GEOMETRY, Map.of("parameter", "dataset"));
        }
        return dataset;
    }

    private static List<String> fieldNames(Dataset dataset) {
        return dataset.currentVersion() == null ? List.of()
                : dataset.currentVersion().schema().fields().stream().map(SchemaField::name).toList();
    }

    private static void requireField(String parameter, String field, List<String> fields) {
        if (!fields.contains(field)) {
            throw new PlatformException(ErrorCode.MAP_INVALID, MapCode.UNKNOWN_FIELD, Map.of("parameter", parameter,
                    "field", field));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filter in the types of the dataset's fields, as {@link FeatureFilter#properties()} wants them. */
    private static FeatureFilter featureFilter(Dataset dataset, Map<String, String> filter) {
        if (filter.isEmpty()) {
            return FeatureFilter.none();
        }
        Map<String, String> types = new HashMap<>();
        fieldsOf(dataset).forEach(field -> types.put(field.name(), field.type()));
        Map<String, Object> properties = new LinkedHashMap<>();
        filter.forEach((field, value) -> {
            String type = types.getOrDefault(field, "string");
            try {
                properties.put(field, switch (type) {
                    case "integer" -> Long.parseLong(value.strip());
                    case "number" -> Double.parseDouble(value.strip());
                    case "boolean" -> switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> throw new NumberFormatException(value);
                    };
                    default -> value;
                });
            } catch (NumberFormatException e) {
                throw new PlatformException(ErrorCode.MAP_INVALID, MapCode.FILTER_VALUE, Map.of("field", field,
                        "value", value, "type", type));
            }
        });
        return new FeatureFilter(List.of(), false, null, properties);
    }

    private static List<SchemaField> fieldsOf(Dataset dataset) {
        return dataset.currentVersion() == null ? List.of() : dataset.currentVersion().schema().fields();
    }

    /** Refuses {@code openbaar} unless every dataset the map reads is open, and its SQL runs for the public. */
    private void requirePublic(MapSpec spec, Caller caller) {
        PlatformException notPublic = new PlatformException(ErrorCode.MAP_INVALID, MapCode.NOT_PUBLIC, Map.of());
        List<UUID> datasets = new ArrayList<>();
        datasets.add(spec.dataset());
        if (spec.figureDataset() != null) {
            datasets.add(spec.figureDataset());
        }
        for (UUID id : datasets) {
            if (catalog.get(new DatasetId(id), caller).accessLevel() != AccessLevel.OPENBAAR) {
                throw notPublic;
            }
        }
        try {
            if (spec.figureSql() != null) {
                queries.run(wrappedCodes(spec.figureSql(), spec.level(), true), Caller.anonymous());
            }
            if (spec.areaSql() != null) {
                queries.run(wrappedCodes(spec.areaSql(), spec.level(), false), Caller.anonymous());
            }
        } catch (PlatformException e) {
            throw notPublic;
        }
    }

    /**
     * The map's data for the caller. {@code strict}: any fault is thrown (saving); otherwise what the caller may not
     * read, or what no longer fits the data, is left out and flagged (drawing).
     */
    private Map<String, Object> render(MapSpec spec, Caller caller, boolean strict) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("kind", spec.kind());
        FeaturePage page;
        try {
            Dataset dataset = geodata(spec.dataset(), caller);
            page = queries.features(dataset.id(), featureFilter(dataset, spec.filter()), false,
                    QueryService.MAX_FEATURES, 0, caller);
        } catch (PlatformException | IllegalArgumentException e) {
            if (strict) {
                throw e;
            }
            LOG.debug("map data unavailable to {}: {}", caller.id(), e.getMessage());
            collection.put("features", List.of());
            collection.put("datasetUnavailable", true);
            return collection;
        }
        collection.put("datasetUnavailable", false);
        collection.put("truncated", page.matched() > page.features().size());
        if (spec.choropleth()) {
            choropleth(spec, page, caller, strict, collection);
        } else {
            List<Map<String, Object>> features = new ArrayList<>();
            for (FeatureRow row : page.features()) {
                Map<String, @Nullable Object> properties = new LinkedHashMap<>();
                row.properties().forEach((field, value) -> {
                    if (spec.popupFields().isEmpty() || spec.popupFields().contains(field)) {
                        properties.put(field, value);
                    }
                });
                features.add(feature(row, properties));
            }
            collection.put("features", features);
        }
        return collection;
    }

    private static Map<String, Object> feature(FeatureRow row, Map<String, @Nullable Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", row.id());
        feature.put("geometry", row.wkb() == null ? null
                : GeoJsonOutput.geometry(GeoParquetInput.decode(row.wkb(), row.id()), false));
        feature.put("properties", properties);
        return feature;
    }

    private void choropleth(MapSpec spec, FeaturePage page, Caller caller, boolean strict,
            Map<String, Object> collection) {
        String level = spec.level() == null ? "gemeente" : spec.level();
        Set<String> area = null;
        boolean areaUnavailable = false;
        if (spec.areaSql() != null) {
            try {
                area = new LinkedHashSet<>();
                for (List<Object> row : queries.run(wrappedCodes(spec.areaSql(), level, false), caller).rows()) {
                    if (row.getFirst() != null) {
                        area.add(row.getFirst().toString());
                    }
                }
            } catch (PlatformException e) {
                if (strict) {
                    throw e;
                }
                area = null;
                areaUnavailable = true;
            }
        }
        Figures figures;
        boolean figureUnavailable = false;
        try {
            figures = figures(spec, level, caller);
        } catch (PlatformException e) {
            if (strict) {
                throw e;
            }
            figures = new Figures(Map.of(), 0, false);
            figureUnavailable = true;
        }
        Set<String> boundaryCodes = new TreeSet<>();
        List<FeatureRow> shown = new ArrayList<>();
        List<String> shownCodes = new ArrayList<>();
        for (FeatureRow row : page.features()) {
            String code = RegionCodes.normalise(row.properties().get(spec.codeField()), level);
            if (code != null) {
                boundaryCodes.add(code);
            }
            if (area == null || (code != null && area.contains(code))) {
                shown.add(row);
                shownCodes.add(code);
            }
        }
        List<Double> values = new ArrayList<>();
        for (String code : shownCodes) {
            Double value = code == null ? null : figures.values().get(code);
            if (value != null) {
                values.add(value);
            }
        }
        List<Classification.MapClass> classes = Classification.classify(values, spec.classification(),
                spec.classes());
        List<Map<String, Object>> features = new ArrayList<>();
        int noData = 0;
        for (int i = 0; i < shown.size(); i++) {
            FeatureRow row = shown.get(i);
            String code = shownCodes.get(i);
            Double value = code == null ? null : figures.values().get(code);
            Map<String, @Nullable Object> properties = new LinkedHashMap<>();
            properties.put("code", code);
            Object name = spec.nameField() == null ? null : row.properties().get(spec.nameField());
            properties.put("name", name == null ? code : name.toString());
            properties.put("value", value);
            properties.put("class", value == null ? null : Classification.classOf(value, classes));
            if (value == null) {
                noData++;
            }
            features.add(feature(row, properties));
        }
        collection.put("features", features);
        collection.put("valueLabel", spec.valueLabel());
        collection.put("level", level);
        collection.put("classification", spec.classification());
        collection.put("classes", classes);
        collection.put("noData", Map.of("count", noData, "colour", Classification.NO_DATA));
        List<String> unmatched = figures.values().keySet().stream().filter(code -> !boundaryCodes.contains(code))
                .sorted().toList();
        collection.put("unmatchedCodes", unmatched);
        collection.put("figureRowsWithoutCode", figures.withoutCode());
        collection.put("figuresTruncated", figures.truncated());
        collection.put("figureUnavailable", figureUnavailable);
        collection.put("areaUnavailable", areaUnavailable);
    }

    /**
     * The figures by region code.
     *
     * @param withoutCode rows whose code is no code of the level
     * @param truncated   whether the figures were cut off at the sandbox's row limit
     */
    private record Figures(Map<String, Double> values, int withoutCode, boolean truncated) {
    }

    private Figures figures(MapSpec spec, String level, Caller caller) {
        String sql;
        if (spec.figureSql() != null) {
            sql = wrappedCodes(spec.figureSql(), level, true);
        } else {
            Dataset dataset = catalog.get(new DatasetId(spec.figureDataset()), caller);
            String measure = spec.measure() == null ? "sum" : spec.measure();
            String value = measure.equals("count") ? "count(*)" : measure + "(" + quote(spec.figureValueField()) + ")";
            sql = "SELECT " + level + "code(" + quote(spec.figureCodeField()) + ") AS code, " + value
                    + " AS value FROM " + quote(dataset.tableName()) + " GROUP BY 1";
        }
        QueryResult result = queries.run(sql, caller);
        Map<String, Double> values = new HashMap<>();
        int withoutCode = 0;
        for (List<Object> row : result.rows()) {
            Object code = row.get(0);
            Object value = row.get(1);
            if (code == null) {
                withoutCode++;
                continue;
            }
            Double number = switch (value) {
                case null -> null;
                case Number n -> n.doubleValue();
                default -> throw new PlatformException(ErrorCode.MAP_INVALID, MapCode.FIGURE_NOT_NUMBER,
                        Map.of("code", code.toString(), "value", shorten(value.toString())));
            };
            if (values.containsKey(code.toString())) {
                throw new PlatformException(ErrorCode.MAP_INVALID, MapCode.FIGURE_DUPLICATE,
                        Map.of("code", code.toString()));
            }
            values.put(code.toString(), number);
        }
        values.values().removeIf(java.util.Objects::isNull);
        return new Figures(values, withoutCode, result.truncated());
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static final Pattern TRAILING_SEMICOLONS = Pattern.compile("[\\s;]+$");

    /**
     * The user's SELECT with its first column turned into the CBS code of the level by the sandbox's functions, and
     * (for figures) its second column as {@code value}: {@code SELECT gemeentecode(code) AS code, value FROM (…) AS
     * figure(code, value)}.
     */
    static String wrappedCodes(String sql, String level, boolean withValue) {
        Matcher trailing = TRAILING_SEMICOLONS.matcher(sql.strip());
        String inner = trailing.replaceAll("");
        return withValue
                ? "SELECT " + level + "code(code) AS code, value FROM (" + inner + "\n) AS figure(code, value)"
                : "SELECT DISTINCT " + level + "code(code) AS code FROM (" + inner + "\n) AS area(code)";
    }

    private static String quote(@Nullable String identifier) {
        return "\"" + String.valueOf(identifier).replace("\"", "\"\"") + "\"";
    }
}
