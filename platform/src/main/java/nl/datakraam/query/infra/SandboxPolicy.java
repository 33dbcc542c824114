// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.QueryCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The second line of the SQL sandbox: checks the parse tree of a user's SELECT ({@code json_serialize_sql}) before
 * DuckDB runs it, and refuses, with a message that says what and where, everything a question about data does not
 * need. The first line is DuckDB's own lock-down ({@link DuckDbSandbox}): external access disabled except for the
 * caller's Parquet files, configuration locked. That line stops file and network reads, but it leaves DuckDB's
 * catalogue and settings readable, and they name the real files: {@code duckdb_views()}, {@code sqlite_master} and
 * {@code information_schema.views} show each view's {@code read_parquet('/data/…')}, {@code duckdb_settings()} and
 * {@code current_setting('allowed_paths')} list the allowed files (DuckDB resolves symbolic links, so a link in a
 * temporary directory does not hide them). And a caller could read its own readable files by path rather than by
 * view, past the audit log. Hence this allow-list:
 *
 * <ul>
 *   <li>a table in FROM must be, by its bare name, one of the caller's views or a common table expression in scope
 *       (a non-recursive CTE does not see itself: in DuckDB {@code WITH sqlite_master AS (SELECT * FROM
 *       sqlite_master)} reads the system view); a quoted path or URL ({@code FROM '/etc/passwd'},
 *       {@code FROM 'https://…'}) is refused as a file, a qualified name ({@code information_schema.tables},
 *       {@code memory.main.x}) as outside the sandbox, any other name as unknown, in the same words whether it does
 *       not exist or the caller may not read it;</li>
 *   <li>table functions only from {@link #TABLE_FUNCTIONS} (generating rows from values); every file reader
 *       ({@code read_csv}, {@code read_parquet}, {@code glob}, …), catalogue or setting view ({@code duckdb_*},
 *       {@code pragma_*}), {@code query()} (SQL in a string, which this check could not see) and the logging and
 *       profiling switches are refused;</li>
 *   <li>scalar functions in {@link #FUNCTIONS_REFUSED}, which read the configuration or the environment;</li>
 *   <li>{@code SHOW TABLES} and other {@code SHOW} forms without a query (they list DuckDB's catalogue);
 *       {@code DESCRIBE} and {@code SUMMARIZE} of a query or view are fine.</li>
 * </ul>
 *
 * Positions are DuckDB's {@code query_location}: a byte offset into the statement's UTF-8 text.
 */
final class SandboxPolicy {

    /** Table functions that make rows from values only: no files, no catalogue, no settings. */
    static final Set<String> TABLE_FUNCTIONS = Set.of("range", "generate_series", "unnest", "json_each", "json_tree",
            "repeat", "repeat_row");

    /** Scalar functions that read DuckDB's configuration, variables or the process environment, or write its log. */
    static final Set<String> FUNCTIONS_REFUSED = Set.of("current_setting", "getenv", "getvariable", "write_log",
            "current_setting_value");

    private SandboxPolicy() {
    }

    /** A refusal: what, and at which byte of the statement (or -1). */
    record Refusal(ErrorCode code, QueryCode message, Map<String, Object> arguments, long byteOffset) {
    }

    /**
     * The first refusal in the statement's parse tree, in the tree's order, or null when it passes.
     *
     * @param statement one parsed statement ({@code statements[0]} of {@code json_serialize_sql})
     * @param views     the names of the caller's views, lower case
     */
    static @Nullable Refusal check(JsonNode statement, Set<String> views) {
        return walk(statement, views, Set.of());
    }

    private static @Nullable Refusal walk(JsonNode node, Set<String> views, Set<String> ctes) {
        if (node.isArray()) {
            for (JsonNode child : node) {
                @Nullable Refusal refusal = walk(child, views, ctes);
                if (refusal != null) {
                    return refusal;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        @Nullable Refusal own = own(node, views, ctes);
        if (own != null) {
            return own;
        }
        Set<String> scope = ctes;
        JsonNode cteMap = node.path("cte_map").path("map");
        if (cteMap.isArray() && !cteMap.isEmpty()) {
            Set<String> all = new HashSet<>(ctes);
            for (JsonNode entry : cteMap) {
                all.add(entry.path("key").asString("").toLowerCase(Locale.ROOT));
            }
            for (JsonNode entry : cteMap) {
                String name = entry.path("key").asString("").toLowerCase(Locale.ROOT);
                JsonNode body = entry.path("value").path("query_node");
                Set<String> bodyScope = new HashSet<>(all);
                // a non-recursive CTE that names itself reads the table of that name outside it (a system view)
                if (!"RECURSIVE_CTE_NODE".equals(body.path("type").asString(""))) {
                    bodyScope.remove(name);
                }
                @Nullable Refusal refusal = walk(entry.path("value"), views, bodyScope);
                if (refusal != null) {
                    return refusal;
                }
            }
            scope = all;
        }
        for (var field : node.properties()) {
            if (field.getKey().equals("cte_map")) {
                continue;
            }
            @Nullable Refusal refusal = walk(field.getValue(), views, scope);
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    /** The refusal of this node itself (not its children), or null. */
    private static @Nullable Refusal own(JsonNode node, Set<String> views, Set<String> ctes) {
        String type = node.path("type").asString("");
        long at = DuckDbSandbox.location(node.path("query_location"));
        switch (type) {
            case "BASE_TABLE" -> {
                String name = node.path("table_name").asString("");
                String lower = name.toLowerCase(Locale.ROOT);
                boolean qualified = !node.path("schema_name").asString("").isEmpty()
                        || !node.path("catalog_name").asString("").isEmpty();
                if (looksLikeFile(name)) {
                    return new Refusal(ErrorCode.QUERY_REJECTED, QueryCode.NO_FILES, Map.of(), at);
                }
                if (qualified) {
                    return new Refusal(ErrorCode.QUERY_REJECTED, QueryCode.NO_SCHEMAS,
                            Map.of("name", qualifiedName(node)), at);
                }
                if (!ctes.contains(lower) && !views.contains(lower)) {
                    return new Refusal(ErrorCode.QUERY_FAILED, QueryCode.UNKNOWN_TABLE, Map.of("name", name), at);
                }
            }
            case "TABLE_FUNCTION" -> {
                JsonNode function = node.path("function");
                String name = function.path("function_name").asString("").toLowerCase(Locale.ROOT);
                if (!TABLE_FUNCTIONS.contains(name) || !function.path("schema").asString("").isEmpty()
                        || !function.path("catalog").asString("").isEmpty()) {
                    return new Refusal(ErrorCode.QUERY_REJECTED, readsFiles(name) ? QueryCode.NO_FILES
                            : QueryCode.TABLE_FUNCTION_REFUSED, Map.of("function", name), at);
                }
            }
            case "SHOW_REF" -> {
                if (node.path("query").isNull() || node.path("query").isMissingNode()) {
                    return new Refusal(ErrorCode.QUERY_REJECTED, QueryCode.NO_CATALOGUE, Map.of(), at);
                }
            }
            default -> {
                if ("FUNCTION".equals(node.path("class").asString(""))) {
                    String name = node.path("function_name").asString("").toLowerCase(Locale.ROOT);
                    if (FUNCTIONS_REFUSED.contains(name)) {
                        return new Refusal(ErrorCode.QUERY_REJECTED, QueryCode.FUNCTION_REFUSED,
                                Map.of("function", name), at);
                    }
                }
            }
        }
        return null;
    }

    /** A name in FROM that DuckDB would read as a file or URL (its replacement scans): a path, a URL, an extension. */
    static boolean looksLikeFile(String name) {
        return name.contains("/") || name.contains("\\") || name.contains(":") || name.contains("*")
                || name.matches("(?s).*\\.[A-Za-z0-9]{1,8}$");
    }

    private static boolean readsFiles(String function) {
        return function.startsWith("read_") || function.startsWith("parquet_") || function.startsWith("sniff_")
                || List.of("glob", "parquet_scan", "seq_scan").contains(function);
    }

    private static String qualifiedName(JsonNode node) {
        StringBuilder name = new StringBuilder();
        for (String part : List.of(node.path("catalog_name").asString(""), node.path("schema_name").asString(""))) {
            if (!part.isEmpty()) {
                name.append(part).append('.');
            }
        }
        return name.append(node.path("table_name").asString("")).toString();
    }
}
