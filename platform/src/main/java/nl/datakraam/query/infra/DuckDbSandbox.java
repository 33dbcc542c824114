// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.datakraam.query.QueryResult;
import nl.datakraam.query.QuerySettings;
import nl.datakraam.query.ResultField;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.QueryCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one user SELECT in a DuckDB sandbox (ARCHITECTURE.md, security model): a fresh in-memory database per query;
 * the statement is checked with {@code json_serialize_sql} to be a single SELECT; each table is a view over its
 * Parquet file; then {@code allowed_paths} is set to exactly those files, {@code enable_external_access=false} and
 * {@code lock_configuration=true}, so the query can read nothing else and change no setting. The query is wrapped
 * in {@code SELECT * FROM (…) LIMIT n+1}, cancelled after the time limit, and bounded in memory and threads; at
 * most {@code maxConcurrent} queries run at once.
 */
@Component
public class DuckDbSandbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DuckDbSandbox.class);

    private static final Pattern TRAILING_SEMICOLONS = Pattern.compile("[\\s;]+$");

    /** The text of DuckDB's error when one value of an answer is larger than the answer may be. */
    private static final String TOO_LARGE_MARK = "datakraam: value larger than the answer may be";

    private final QuerySettings settings;
    private final JsonMapper json;
    /** Bounds the DuckDB instances open at once: each holds up to the memory limit and its threads. */
    private final Semaphore slots;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "duckdb-query-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    DuckDbSandbox(QuerySettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.slots = new Semaphore(settings.maxConcurrent(), true);
    }

    /**
     * @param tables   the views the query may use
     * @param sql      one SELECT statement (a trailing semicolon is allowed)
     * @param rowLimit rows returned at most; the result is marked truncated when there were more
     * @throws PlatformException {@link ErrorCode#QUERY_REJECTED}, {@link ErrorCode#QUERY_FAILED} or
     *     {@link ErrorCode#QUERY_TIMEOUT}
     */
    public QueryResult select(List<SandboxTable> tables, String sql, int rowLimit) {
        String statementText = TRAILING_SEMICOLONS.matcher(sql.strip()).replaceAll("");
        if (statementText.isEmpty()) {
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.EMPTY, Map.of());
        }
        acquireSlot();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            JsonNode parsed = requireSingleSelect(connection, statementText);
            lockDown(connection, referenced(tables, parsed), List.of());
            return execute(connection, "SELECT " + cappedColumns(connection, statementText) + " FROM ("
                    + statementText + ") LIMIT " + (rowLimit + 1L), rowLimit);
        } catch (SQLException e) {
            throw failure(e, tables, null);
        } finally {
            slots.release();
        }
    }

    /**
     * Writes the whole answer of one user SELECT, without a row limit, to a new Parquet file, inside DuckDB
     * ({@code COPY (…) TO target (FORMAT parquet)}), under the same lock-down, time and memory limits as
     * {@link #select}: {@code allowed_paths} holds the Parquet files of the tables the statement names and exactly
     * the target file, nothing else. No row passes through this process.
     *
     * @param tables the views the query may use
     * @param sql    one SELECT statement (a trailing semicolon is allowed)
     * @param target an absent file; on failure nothing is left there
     * @return the names of the tables the statement read (as {@link SandboxTable#name()})
     * @throws PlatformException as {@link #select}, and {@link ErrorCode#QUERY_REJECTED}
     *     ({@link QueryCode#DUPLICATE_COLUMNS}) when two columns of the answer have the same name
     */
    public List<String> copyToParquet(List<SandboxTable> tables, String sql, Path target) {
        String statementText = TRAILING_SEMICOLONS.matcher(sql.strip()).replaceAll("");
        if (statementText.isEmpty()) {
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.EMPTY, Map.of());
        }
        acquireSlot();
        boolean written = false;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            JsonNode parsed = requireSingleSelect(connection, statementText);
            List<SandboxTable> used = referenced(tables, parsed);
            lockDown(connection, used, List.of(target));
            requireUniqueColumns(connection, statementText);
            try (Statement statement = connection.createStatement()) {
                timed(statement, () -> statement.execute("COPY (SELECT * FROM (" + statementText + "\n)) TO "
                        + literal(target.toString()) + " (FORMAT parquet)"));
            }
            written = true;
            return used.stream().map(SandboxTable::name).toList();
        } catch (SQLException e) {
            throw failure(e, tables, target);
        } finally {
            slots.release();
            if (!written) {
                try {
                    Files.deleteIfExists(target);
                } catch (java.io.IOException e) {
                    log.warn("Could not remove the unfinished file {}", target, e);
                }
            }
        }
    }

    /** Refuses an answer with two columns of one name: a dataset's fields must be unique. */
    private static void requireUniqueColumns(Connection connection, String statementText) throws SQLException {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM (" + statementText + "\n)")) {
            while (rs.next()) {
                String name = rs.getString("column_name");
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
        }
        if (!names.isEmpty()) {
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.DUPLICATE_COLUMNS,
                    Map.of("columns", String.join(", ", names)));
        }
    }

    /** A DuckDB failure as a problem, with the sandbox's file paths replaced by table names. */
    private PlatformException failure(SQLException e, List<SandboxTable> tables, @Nullable Path target) {
        String message = firstLine(e);
        if (message.contains(TOO_LARGE_MARK)) {
            return tooLarge();
        }
        for (SandboxTable table : tables) {
            message = message.replace(table.parquet().toString(), table.name());
        }
        if (target != null) {
            message = message.replace(target.toString(), "output.parquet");
        }
        return new PlatformException(ErrorCode.QUERY_FAILED, QueryCode.FAILED, Map.of("detail", message));
    }

    /**
     * Runs statements of our own (never a user's SQL: {@link #select} is for those) over exactly these files, with the
     * same lock-down, limits and bound on concurrent queries as {@link #select}: each table is a view by its name, and
     * its file is the only one DuckDB may open (also through {@code read_parquet} of that path).
     *
     * @throws PlatformException {@link ErrorCode#QUERY_FAILED} when DuckDB cannot run a statement,
     *     {@link ErrorCode#QUERY_TIMEOUT} past the time limit, {@link ErrorCode#QUERY_BUSY} without a free slot
     */
    public <T> T session(List<SandboxTable> tables, SessionWork<T> work) {
        acquireSlot();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            lockDown(connection, tables, List.of());
            return work.run(new Session(connection));
        } catch (SQLException e) {
            throw new PlatformException(ErrorCode.QUERY_FAILED, QueryCode.FAILED, Map.of("detail", firstLine(e)));
        } finally {
            slots.release();
        }
    }

    /** What {@link #session} runs. */
    @FunctionalInterface
    public interface SessionWork<T> {
        T run(Session session) throws SQLException;
    }

    /** Reads a result set. */
    @FunctionalInterface
    public interface ResultReader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    /** A locked-down connection of {@link #session}: parameterised statements, each within the time limit. */
    public final class Session {

        private final Connection connection;

        private Session(Connection connection) {
            this.connection = connection;
        }

        /** Runs one statement with its {@code ?} parameters bound in order, and reads its result. */
        public <R> R query(String sql, List<?> parameters, ResultReader<R> reader) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                return timed(statement, () -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        return reader.read(rs);
                    }
                });
            }
        }
    }

    /** Cancels the statement past the time limit; the work's result otherwise. */
    private <R> R timed(Statement statement, SqlWork<R> work) throws SQLException {
        var timedOut = new AtomicBoolean();
        var cancel = watchdog.schedule(() -> {
            timedOut.set(true);
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // the statement finished in the meantime
            }
        }, settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return work.run();
        } catch (SQLException e) {
            if (timedOut.get()) {
                throw new PlatformException(ErrorCode.QUERY_TIMEOUT, QueryCode.TIMEOUT,
                        Map.of("timeoutSeconds", settings.timeout().toSeconds()));
            }
            throw e;
        } finally {
            cancel.cancel(false);
        }
    }

    @FunctionalInterface
    private interface SqlWork<R> {
        R run() throws SQLException;
    }

    private void acquireSlot() {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(settings.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new PlatformException(ErrorCode.QUERY_BUSY, QueryCode.BUSY, Map.of("slots",
                    settings.maxConcurrent(), "retryAfterSeconds", Math.max(1, settings.timeout().toSeconds() / 3)));
        }
    }

    /** Parses the statement with DuckDB's own parser; returns its JSON form. */
    private JsonNode requireSingleSelect(Connection connection, String sql) throws SQLException {
        JsonNode parsed;
        try (PreparedStatement statement = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            statement.setString(1, sql);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                parsed = json.readTree(rs.getString(1));
            }
        }
        if (parsed.path("error").asBoolean(false)) {
            String message = parsed.path("error_message").asString("");
            throw message.contains("Only SELECT")
                    ? new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.ONLY_SELECT, Map.of())
                    : new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.INVALID_SQL, Map.of("detail", message));
        }
        if (parsed.path("statements").size() != 1) {
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.ONE_STATEMENT,
                    Map.of("statements", parsed.path("statements").size()));
        }
        return parsed;
    }

    /**
     * The tables the statement names (base-table references anywhere in its parse tree), so that only their files are
     * opened: DuckDB reads a Parquet footer when a view is created, and a caller may be able to read thousands of
     * datasets. A table whose file is missing is left out, so it fails alone, as an unknown table.
     */
    private static List<SandboxTable> referenced(List<SandboxTable> tables, JsonNode parsed) {
        Set<String> names = new HashSet<>();
        collectTableNames(parsed, names);
        return tables.stream()
                .filter(table -> names.contains(table.name().toLowerCase(Locale.ROOT)))
                .filter(table -> {
                    boolean present = Files.isRegularFile(table.parquet());
                    if (!present) {
                        log.warn("Data file of table {} is missing: {}", table.name(), table.parquet());
                    }
                    return present;
                })
                .toList();
    }

    private static void collectTableNames(JsonNode node, Set<String> names) {
        if (node.isObject() && "BASE_TABLE".equals(node.path("type").asString(""))) {
            names.add(node.path("table_name").asString("").toLowerCase(Locale.ROOT));
        }
        for (JsonNode child : node) {
            collectTableNames(child, names);
        }
    }

    /** @param writable files (absent) the session may write besides reading the tables' files */
    private void lockDown(Connection connection, List<SandboxTable> tables, List<Path> writable)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + settings.memoryLimit().toMegabytes() + "MB'");
            statement.execute("SET threads = " + settings.threads());
            statement.execute("SET TimeZone = 'UTC'");
            for (SandboxTable table : tables) {
                statement.execute("CREATE VIEW " + quote(table.name()) + " AS SELECT * FROM read_parquet("
                        + literal(table.parquet().toString()) + ")");
            }
            statement.execute("SET allowed_paths = [" + java.util.stream.Stream.concat(
                            tables.stream().map(SandboxTable::parquet), writable.stream())
                    .map(path -> literal(path.toString()))
                    .collect(Collectors.joining(", ")) + "]");
            statement.execute("SET enable_external_access = false");
            statement.execute("SET lock_configuration = true");
        }
    }

    private QueryResult execute(Connection connection, String sql, int rowLimit) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return timed(statement, () -> {
                try (ResultSet rs = statement.executeQuery(sql)) {
                    return read(rs, rowLimit, settings.maxResultSize().toBytes());
                }
            });
        }
    }

    /**
     * The select list that bounds every text and blob column of the user's statement by the answer's size limit
     * inside DuckDB ({@code error()} as soon as one value is larger), so that no single huge value ever reaches
     * this process: {@code * REPLACE (…)} over the columns {@code DESCRIBE} names. Plain {@code *} when the statement
     * has no such column, or names a column twice (REPLACE cannot tell them apart; the size check in {@link #read}
     * still holds).
     */
    private String cappedColumns(Connection connection, String statementText) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> capped = new ArrayList<>();
        long max = settings.maxResultSize().toBytes();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM (" + statementText + ")")) {
            while (rs.next()) {
                String name = rs.getString("column_name");
                String type = rs.getString("column_type");
                names.add(name);
                if (type.equals("VARCHAR") || type.equals("BLOB")) {
                    String length = (type.equals("VARCHAR") ? "strlen(" : "octet_length(") + quote(name) + ")";
                    capped.add("CASE WHEN " + length + " > " + max + " THEN error('" + TOO_LARGE_MARK + "') ELSE "
                            + quote(name) + " END AS " + quote(name));
                }
            }
        }
        if (capped.isEmpty() || names.stream().distinct().count() < names.size()) {
            return "*";
        }
        return "* REPLACE (" + String.join(", ", capped) + ")";
    }

    private PlatformException tooLarge() {
        return new PlatformException(ErrorCode.QUERY_FAILED, QueryCode.TOO_LARGE,
                Map.of("maxMegabytes", settings.maxResultSize().toMegabytes()));
    }

    /**
     * The rows, up to {@code rowLimit}, and refused once the values read add up to more than {@code maxBytes}
     * (counted as text: a value's characters, numbers and other scalars as their printed length).
     */
    private QueryResult read(ResultSet rs, int rowLimit, long maxBytes) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        List<ResultField> fields = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
            fields.add(field(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        long size = 0;
        while (rs.next()) {
            if (rows.size() == rowLimit) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                Object value = value(rs, i, meta.getColumnTypeName(i));
                size += value == null ? 4 : value instanceof String text ? text.length() : String.valueOf(value).length();
                if (size > maxBytes) {
                    throw tooLarge();
                }
                row.add(value);
            }
            rows.add(row);
        }
        return new QueryResult(fields, rows, truncated);
    }

    /** A column of the current row as JSON-ready Java, by its DuckDB type name (see {@link QueryResult}). */
    static Object value(ResultSet rs, int column, String type) throws SQLException {
        Object raw = rs.getObject(column);
        if (raw == null) {
            return null;
        }
        return switch (type) {
            case "DATE" -> rs.getObject(column, LocalDate.class).toString();
            case "TIMESTAMP" -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(rs.getObject(column, LocalDateTime.class));
            case "TIMESTAMP WITH TIME ZONE" -> utc(rs.getObject(column, OffsetDateTime.class));
            default -> json(raw);
        };
    }

    /** A JDBC value as JSON-ready Java: numbers, booleans, strings, lists (LIST, ARRAY) and maps (STRUCT, MAP). */
    private static Object json(Object raw) throws SQLException {
        return switch (raw) {
            case Long number -> number;
            case Integer number -> number;
            case Short number -> number.intValue();
            case Byte number -> number.intValue();
            case Double number -> number.isNaN() || number.isInfinite() ? number.toString() : number;
            case Float number -> number.isNaN() || number.isInfinite() ? number.toString() : number.doubleValue();
            case BigDecimal number -> number;
            case BigInteger number -> number;
            case Boolean bool -> bool;
            case String text -> text;
            case java.sql.Array array -> {
                List<Object> items = new ArrayList<>();
                for (Object item : (Object[]) array.getArray()) {
                    items.add(item == null ? null : json(item));
                }
                yield items;
            }
            case java.sql.Struct struct -> structAsMap(struct);
            case Map<?, ?> map -> {
                Map<String, Object> entries = new LinkedHashMap<>();
                for (var entry : map.entrySet()) {
                    entries.put(String.valueOf(entry.getKey()), entry.getValue() == null ? null : json(entry.getValue()));
                }
                yield entries;
            }
            case java.sql.Blob blob -> Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case LocalDate date -> date.toString();
            case LocalDateTime dateTime -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
            case OffsetDateTime dateTime -> utc(dateTime);
            default -> raw.toString();
        };
    }

    /**
     * A date-time with zone as served everywhere (rows API, SQL results, the CSV download): ISO 8601 in UTC, the
     * fraction of a second only as far as it goes, {@code Z} ({@code 2024-01-31T09:15:00Z}, {@code …:00.5Z}).
     */
    private static String utc(OffsetDateTime dateTime) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime.withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDateTime()) + "Z";
    }

    private static Map<String, Object> structAsMap(java.sql.Struct struct) throws SQLException {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (struct instanceof org.duckdb.DuckDBStruct duckStruct) {
            for (var entry : duckStruct.getMap().entrySet()) {
                fields.put(entry.getKey(), entry.getValue() == null ? null : json(entry.getValue()));
            }
        } else {
            Object[] attributes = struct.getAttributes();
            for (int i = 0; i < attributes.length; i++) {
                fields.put(String.valueOf(i + 1), attributes[i] == null ? null : json(attributes[i]));
            }
        }
        return fields;
    }

    /** A result column as a Table Schema field: bytes (BLOB, and GEOMETRY, which is WKB) are base64 strings. */
    private static ResultField field(String name, String duckDbType) {
        if (duckDbType.equals("BLOB") || duckDbType.startsWith("GEOMETRY")) {
            return new ResultField(name, "string", ResultField.BINARY);
        }
        return ResultField.of(name, tableSchemaType(duckDbType));
    }

    private static String tableSchemaType(String duckDbType) {
        return switch (duckDbType) {
            case "VARCHAR" -> "string";
            case "BIGINT", "INTEGER", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT" ->
                    "integer";
            case "DOUBLE", "FLOAT" -> "number";
            case "BOOLEAN" -> "boolean";
            case "DATE" -> "date";
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> "datetime";
            default -> {
                if (duckDbType.startsWith("DECIMAL")) {
                    yield "number";
                } else if (duckDbType.endsWith("[]") || duckDbType.matches(".*\\[\\d+]$")) {
                    yield "array";
                } else if (duckDbType.startsWith("STRUCT") || duckDbType.startsWith("MAP")) {
                    yield "object";
                }
                yield "any";
            }
        };
    }

    /** Quotes an SQL identifier. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A SQL string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void destroy() {
        watchdog.shutdownNow();
    }
}
