// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.query.QueryResult;
import nl.datakraam.query.QueryService;
import nl.datakraam.query.QuerySettings;
import nl.datakraam.query.ResultField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The DataStore actions of the CKAN API ({@code ckanext.datastore.logic.action}): {@code datastore_search} and
 * {@code datastore_search_sql}, both run in Datakraam's SQL sandbox ({@link QueryService#run}), which sees only the
 * datasets the caller may read. A resource's DataStore table is its dataset's current data: every resource of a
 * dataset (its CSV and Parquet distributions) has the same rows. Thread-safe.
 *
 * <p>Field types are CKAN's DataStore (PostgreSQL) type names: {@code int} for {@code _id}, {@code int8},
 * {@code numeric}, {@code text}, {@code bool}, {@code date}, {@code timestamp}, {@code time}, {@code json}.
 * {@code _id} is the row's position in the file (1 for the first row).
 */
@Component
class CkanDatastore {

    /** CKAN's default {@code limit}. */
    static final int DEFAULT_LIMIT = 100;

    private static final String ID = "_id";
    private static final Pattern SORT_PART = Pattern.compile(
            "\"?([^\"]+?)\"?(?:\\s+(asc|desc))?(?:\\s+nulls\\s+(first|last))?", Pattern.CASE_INSENSITIVE);
    /** A resource id as a quoted SQL identifier: {@code "<uuid>-<format>"}. */
    private static final Pattern QUOTED_RESOURCE = Pattern.compile(
            "\"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}-[a-z0-9]+)\"");

    private final Catalog catalog;
    private final QueryService queries;
    private final QuerySettings settings;

    CkanDatastore(Catalog catalog, QueryService queries, QuerySettings settings) {
        this.catalog = catalog;
        this.queries = queries;
        this.settings = settings;
    }

    /**
     * {@code datastore_search}: {@code resource_id} (or {@code id}), {@code filters} (an object: field → value or
     * list of values, all must match), {@code q} (text: every word somewhere in the row, case-insensitive; or an
     * object field → text), {@code fields} (list or comma-separated; default {@code _id} and every column),
     * {@code sort} ({@code "a desc, b"}; default {@code _id}), {@code limit} (default 100, at most the sandbox's
     * row limit, to which a larger value is lowered as CKAN does), {@code offset}, {@code include_total} (default
     * true), {@code distinct}, {@code records_format} ({@code objects} or {@code lists}). Result as CKAN's:
     * {@code resource_id}, {@code fields}, {@code records}, {@code _links}, {@code total},
     * {@code total_was_estimated}, and the parameters given.
     *
     * @throws CkanError Not Found Error for a resource that does not exist or the caller may not read; Validation
     *     Error for an unknown field, unparseable JSON or a bad number
     */
    Map<String, Object> search(CkanParameters parameters, Caller caller, String path) {
        String resourceId = parameters.has("resource_id") ? parameters.required("resource_id")
                : parameters.required("id");
        Dataset dataset = readable(resourceId, caller);
        DatasetVersion version = dataset.currentVersion();
        List<SchemaField> columns = version.schema().asServed(version.spatial()).fields();
        Set<String> names = new LinkedHashSet<>();
        names.add(ID);
        columns.forEach(c -> names.add(c.name()));

        List<String> fields = parameters.list("fields");
        for (String field : fields) {
            requireField("fields", field, names);
        }
        List<String> selected = fields.isEmpty() ? List.copyOf(names) : fields;
        List<String> conditions = new ArrayList<>();
        JsonNode filters = parameters.json("filters");
        Map<String, Object> filtersEcho = new LinkedHashMap<>();
        if (filters != null) {
            if (!filters.isObject()) {
                throw CkanError.invalid("filters", "Not a json object");
            }
            for (var entry : filters.properties()) {
                requireField("filters", entry.getKey(), names);
                conditions.add(condition(entry.getKey(), entry.getValue()));
                filtersEcho.put(entry.getKey(), entry.getValue());
            }
        }
        conditions.addAll(textConditions(parameters, columns, names));
        boolean distinct = parameters.bool("distinct", false);
        String sortText = parameters.text("sort");
        String order = sortText == null ? (distinct ? "" : quote(ID)) : order(sortText, names);
        int requested = parameters.natural("limit", DEFAULT_LIMIT);
        int limit = Math.min(requested, settings.rowLimit());
        int offset = parameters.natural("offset", 0);
        String recordsFormat = parameters.text("records_format") == null ? "objects"
                : parameters.text("records_format");
        if (!recordsFormat.equals("objects") && !recordsFormat.equals("lists")) {
            throw CkanError.invalid("records_format", "Value must be one of: objects; lists");
        }

        String from = " FROM (SELECT row_number() OVER () AS " + quote(ID) + ", * FROM "
                + quote(dataset.tableName()) + ") AS t"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        String sql = "SELECT " + (distinct ? "DISTINCT " : "")
                + selected.stream().map(CkanDatastore::quote).collect(Collectors.joining(", ")) + from
                + (order.isEmpty() ? "" : " ORDER BY " + order) + " LIMIT " + limit + " OFFSET " + offset;
        QueryResult page = queries.run(sql, caller);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("include_total", parameters.bool("include_total", true));
        result.put("limit", limit);
        result.put("records_format", recordsFormat);
        result.put("resource_id", resourceId.strip());
        result.put("total_estimation_threshold", null);
        if (!filtersEcho.isEmpty()) {
            result.put("filters", filtersEcho);
        }
        if (parameters.has("q")) {
            JsonNode q = parameters.object("q");
            result.put("q", q != null ? q : parameters.text("q"));
        }
        if (sortText != null) {
            result.put("sort", sortText);
        }
        if (offset > 0) {
            result.put("offset", offset);
        }
        result.put("fields", fields(page.fields()));
        result.put("records", recordsFormat.equals("lists") ? page.rows() : objects(page));
        result.put("_links", links(path, parameters.query(), limit, offset));
        if (parameters.bool("include_total", true)) {
            QueryResult count = queries.run("SELECT count(*)" + from, caller);
            result.put("total", ((Number) count.rows().getFirst().getFirst()).longValue());
            result.put("total_was_estimated", false);
        }
        return result;
    }

    /**
     * {@code datastore_search_sql}: one SELECT ({@code sql}) in the sandbox. A resource id written as a quoted
     * identifier ({@code FROM "<resource id>"}, as CKAN clients write it) stands for its dataset's table when the
     * caller may read it; the dataset's SQL table name ({@code GET /v1/datasets/{id}}'s {@code tableName}) works as
     * well. Result: {@code sql}, {@code fields}, {@code records}, and {@code records_truncated: true} only when the
     * sandbox's row limit cut the answer.
     *
     * @throws CkanError Validation Error {@code {"query": [...]}} for a statement the sandbox refuses or cannot run
     */
    Map<String, Object> searchSql(CkanParameters parameters, Caller caller) {
        String sql = parameters.required("sql");
        Matcher m = QUOTED_RESOURCE.matcher(sql);
        StringBuilder rewritten = new StringBuilder();
        while (m.find()) {
            String table = CkanPackages.parseResourceId(m.group(1))
                    .flatMap(named -> catalog.find(named.getKey(), caller))
                    .filter(d -> d.currentVersion() != null)
                    .map(d -> quote(d.tableName())).orElse(m.group());
            m.appendReplacement(rewritten, Matcher.quoteReplacement(table));
        }
        m.appendTail(rewritten);
        QueryResult answer = queries.run(rewritten.toString(), caller);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sql", sql);
        result.put("fields", fields(answer.fields()));
        result.put("records", objects(answer));
        if (answer.truncated()) {
            result.put("records_truncated", true);
        }
        return result;
    }

    /** The dataset whose resource this is, if the caller may read it and it has data; CKAN's Not Found otherwise. */
    private Dataset readable(String resourceId, Caller caller) {
        String id = resourceId.strip();
        return CkanPackages.parseResourceId(id)
                .flatMap(named -> catalog.find(named.getKey(), caller)
                        .filter(d -> d.currentVersion() != null && d.currentVersion().distribution(named.getValue())
                                .isPresent()))
                .orElseThrow(() -> CkanError.notFound("Resource \"" + id + "\" was not found."));
    }

    private static void requireField(String parameter, String field, Set<String> names) {
        if (!names.contains(field)) {
            throw CkanError.invalid(parameter, "field \"" + field + "\" not in table");
        }
    }

    /** {@code field = value}, or {@code field IN (...)} for a list; DuckDB casts a text value to the column's type. */
    private static String condition(String field, JsonNode value) {
        if (value.isArray()) {
            if (value.isEmpty()) {
                throw CkanError.invalid("filters", "field \"" + field + "\" has an empty list of values");
            }
            List<String> literals = new ArrayList<>();
            value.forEach(v -> literals.add(literal(field, v)));
            return quote(field) + " IN (" + String.join(", ", literals) + ")";
        }
        if (value.isNull()) {
            return quote(field) + " IS NULL";
        }
        return quote(field) + " = " + literal(field, value);
    }

    private static String literal(String field, JsonNode value) {
        if (value.isNumber()) {
            return value.asString();
        }
        if (value.isBoolean()) {
            return Boolean.toString(value.asBoolean());
        }
        if (value.isString()) {
            return text(value.asString());
        }
        throw CkanError.invalid("filters", "field \"" + field + "\" must be given a value or a list of values");
    }

    /** {@code q}: every word in some text-readable column, or per field its words in that field. */
    private static List<String> textConditions(CkanParameters parameters, List<SchemaField> columns,
            Set<String> names) {
        if (!parameters.has("q")) {
            return List.of();
        }
        JsonNode q = parameters.object("q");
        List<String> conditions = new ArrayList<>();
        if (q != null) {
            for (var entry : q.properties()) {
                requireField("q", entry.getKey(), names);
                for (String word : words(entry.getValue().asString())) {
                    conditions.add(contains(entry.getKey(), word));
                }
            }
            return conditions;
        }
        List<String> searchable = columns.stream()
                .filter(c -> !c.type().equals("object") && !"binary".equals(c.format()))
                .map(SchemaField::name).toList();
        for (String word : words(parameters.text("q"))) {
            conditions.add("(" + searchable.stream().map(c -> contains(c, word))
                    .collect(Collectors.joining(" OR ")) + ")");
        }
        return conditions;
    }

    private static List<String> words(@Nullable String text) {
        return text == null ? List.of() : List.of(text.strip().split("\\s+")).stream().filter(w -> !w.isEmpty())
                .toList();
    }

    private static String contains(String field, String word) {
        String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return "CAST(" + quote(field) + " AS VARCHAR) ILIKE " + text(pattern) + " ESCAPE '\\'";
    }

    /** {@code sort}: comma-separated fields, each with {@code asc}/{@code desc} and {@code nulls first/last}. */
    private static String order(String sort, Set<String> names) {
        List<String> parts = new ArrayList<>();
        for (String part : sort.split(",")) {
            Matcher m = SORT_PART.matcher(part.strip());
            if (part.isBlank() || !m.matches()) {
                throw CkanError.invalid("sort", "Cannot sort on \"" + part.strip() + "\"");
            }
            requireField("sort", m.group(1), names);
            parts.add(quote(m.group(1)) + (m.group(2) == null ? "" : " " + m.group(2).toUpperCase(Locale.ROOT))
                    + (m.group(3) == null ? "" : " NULLS " + m.group(3).toUpperCase(Locale.ROOT)));
        }
        return String.join(", ", parts);
    }

    /** The result's columns as CKAN's DataStore describes them: {@code {"id": name, "type": type}}. */
    private static List<Map<String, Object>> fields(List<ResultField> fields) {
        return fields.stream().map(f -> {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("id", f.name());
            field.put("type", f.name().equals(ID) ? "int" : type(f));
            return field;
        }).toList();
    }

    /** CKAN's DataStore (PostgreSQL) type name of a Table Schema type. */
    private static String type(ResultField field) {
        return switch (field.type()) {
            case "integer" -> "int8";
            case "number" -> "numeric";
            case "boolean" -> "bool";
            case "date" -> "date";
            case "datetime" -> "timestamp";
            case "time" -> "time";
            case "object", "array" -> "json";
            default -> "text";
        };
    }

    private static List<Map<String, Object>> objects(QueryResult result) {
        List<Map<String, Object>> records = new ArrayList<>(result.rows().size());
        for (List<Object> row : result.rows()) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                record.put(result.fields().get(i).name(), row.get(i));
            }
            records.add(record);
        }
        return records;
    }

    /**
     * CKAN's {@code _links}: {@code start} and {@code next} (and {@code prev} past the first page), the request's
     * own query parameters with {@code offset} changed, as CKAN builds them from the URL.
     */
    private static Map<String, String> links(String path, MultiValueMap<String, String> query, int limit,
            int offset) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("start", link(path, query, null));
        links.put("next", link(path, query, offset + limit));
        if (offset - limit > 0) {
            links.put("prev", link(path, query, offset - limit));
        }
        return links;
    }

    private static String link(String path, MultiValueMap<String, String> query, @Nullable Integer offset) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>(query);
        parameters.remove("offset");
        if (offset != null) {
            parameters.set("offset", offset.toString());
        }
        return UriComponentsBuilder.fromPath(path).queryParams(parameters).encode().build().toUriString();
    }

    /** A double-quoted SQL identifier. */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A single-quoted SQL string literal. */
    private static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
