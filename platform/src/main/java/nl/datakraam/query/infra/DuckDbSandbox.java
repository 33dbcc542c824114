// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.math.BigDecimal;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one user SELECT in a DuckDB sandbox (ARCHITECTURE.md, security model): a fresh in-memory database per query;
 * the statement is checked with {@code json_serialize_sql} to be a single SELECT, and its parse tree by
 * {@link SandboxPolicy} to read nothing but the caller's views; each table is a view over its Parquet file; then
 * extension auto-loading is switched off, DuckDB's temporary, secret and extension directories are pointed into a
 * directory of this query's own (so that no setting names the data directory or the home directory, and no query
 * can see another's spilled data), {@code allowed_paths} is set to exactly the views' files,
 * {@code enable_external_access=false} and {@code lock_configuration=true}, so the query can read nothing else and
 * change no setting. The query is wrapped in {@code SELECT * FROM (…) LIMIT n+1 OFFSET m}, cancelled after the time
 * limit or when its caller cancels its run ({@link #cancel}), and bounded in memory and threads; at most
 * {@code maxConcurrent} queries run at once. DuckDB's errors are read as JSON ({@code errors_as_json}), so that a
 * parser or binder error's position becomes a {@code line} and {@code column} of the user's text.
 */
@Component
public class DuckDbSandbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DuckDbSandbox.class);

    /** JSON levels a statement's parse tree may have; deeper is refused as too deeply nested. */
    private static final int MAX_PARSE_TREE_DEPTH = 2000;

    /** The text of DuckDB's error when one value of an answer is larger than the answer may be. */
    private static final String TOO_LARGE_MARK = "datakraam: value larger than the answer may be";

    private final QuerySettings settings;
    private final JsonMapper json;
    /** The runs that may be cancelled, by caller and run id. */
    private final Map<SandboxRun, RunState> runs = new ConcurrentHashMap<>();
    /** Where each query gets a directory of its own for DuckDB's temporary files. */
    private final Path workBase;
    /** Bounds the DuckDB instances open at once: each holds up to the memory limit and its threads. */
    private final Semaphore slots;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "duckdb-query-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    DuckDbSandbox(QuerySettings settings) {
        this.settings = settings;
        // DuckDB's parse trees nest about three JSON levels per expression level, deeper than Jackson's default
        // limit for a query that is long but fine (1 + 1 + … + 1 with 300 terms: 904 levels); deeper trees (nested
        // subqueries, which DuckDB does not bound) are refused, which also bounds the recursion of SandboxPolicy
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_PARSE_TREE_DEPTH).build()).build()).build();
        this.slots = new Semaphore(settings.maxConcurrent(), true);
        this.workBase = Path.of(System.getProperty("java.io.tmpdir"), "datakraam-sandbox");
    }

    /**
     * A run of one caller that {@link #cancel} can stop: the caller's id and the run id the client chose.
     */
    public record SandboxRun(String callerId, UUID runId) {
    }

    /** What a running run holds for {@link #cancel}. */
    private static final class RunState {
        private volatile @Nullable Statement statement;
        private volatile boolean cancelled;
    }

    /**
     * The first {@code rowLimit} rows of the answer (see {@link #select(List, String, int, long, SandboxRun)}).
     */
    public QueryResult select(List<SandboxTable> tables, String sql, int rowLimit) {
        return select(tables, sql, rowLimit, 0, null);
    }

    /**
     * One page of the answer to the caller's SELECT.
     *
     * @param tables the views the query may use
     * @param sql    one SELECT statement (a trailing semicolon is allowed)
     * @param limit  rows returned at most; the result says {@code more} (and {@code truncated}) when there were more
     * @param offset rows of the answer to skip first
     * @param run    the run's id, so that its caller can cancel it; null when it need not be cancellable
     * @throws PlatformException {@link ErrorCode#QUERY_REJECTED} for what the sandbox does not run (with
     *     {@code line} and {@code column} where the statement says it), {@link ErrorCode#QUERY_FAILED} when DuckDB
     *     cannot run it (with {@code line} and {@code column} when DuckDB names a position),
     *     {@link ErrorCode#QUERY_TIMEOUT}, {@link ErrorCode#QUERY_CANCELLED}, {@link ErrorCode#QUERY_BUSY}
     */
    public QueryResult select(List<SandboxTable> tables, String sql, int limit, long offset,
            @Nullable SandboxRun run) {
        return sandboxed(tables, sql, run, false, (connection, text, state, answer, referenced) -> {
            String capped = cappedColumns(connection, text, state);
            return execute(connection, text.wrapped("SELECT " + capped + " FROM (\n", "\n) LIMIT " + (limit + 1L)
                    + " OFFSET " + offset), limit, offset, state);
        });
    }

    /**
     * Writes the whole answer to the caller's SELECT as a Parquet file (in the answer's order, at most
     * {@code maxRows} rows), within the same sandbox and limits as {@link #select}, and hands it to {@code sink}
     * while it exists; the file is deleted afterwards.
     *
     * @throws PlatformException as {@link #select}, and {@link ErrorCode#QUERY_FAILED} with
     *     {@link QueryCode#EXPORT_TOO_LARGE} for more than {@code maxRows} rows
     */
    public <T> T export(List<SandboxTable> tables, String sql, long maxRows, @Nullable SandboxRun run,
            ExportSink<T> sink) {
        return sandboxed(tables, sql, run, true, (connection, text, state, answer, referenced) -> {
            String file = literal(answer.toString());
            try (Statement statement = connection.createStatement()) {
                String copy = text.wrapped("COPY (SELECT * FROM (\n", "\n) LIMIT " + (maxRows + 1) + ") TO " + file
                        + " (FORMAT parquet)");
                timed(statement, state, () -> statement.execute(copy));
            }
            List<ParquetExport.Column> columns = new ArrayList<>();
            long rows;
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM read_parquet(" + file + ")")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                try (ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + file + ")")) {
                    while (rs.next()) {
                        columns.add(new ParquetExport.Column(rs.getString("column_name"),
                                rs.getString("column_type")));
                    }
                }
            }
            if (rows > maxRows) {
                throw new PlatformException(ErrorCode.QUERY_FAILED, QueryCode.EXPORT_TOO_LARGE,
                        Map.of("maxRows", maxRows));
            }
            return sink.write(answer, columns, rows);
        });
    }

    /** What runs on a locked-down connection for a user's statement ({@link #sandboxed}). */
    @FunctionalInterface
    private interface UserWork<T> {
        T run(Connection connection, UserText text, @Nullable RunState state, Path answer,
                List<SandboxTable> referenced) throws SQLException, IOException;
    }

    /**
     * Runs work for the user's statement: registers the run for {@link #cancel}, waits for a slot, checks the
     * statement ({@link #checked}), locks a fresh database down over the tables it names, in a work directory of its
     * own, and turns DuckDB's errors into our faults.
     *
     * @param writesAnswer whether our own statements write {@code answer} (in the work directory)
     */
    private <T> T sandboxed(List<SandboxTable> tables, String sql, @Nullable SandboxRun run, boolean writesAnswer,
            UserWork<T> work) {
        UserText text = UserText.of(sql);
        RunState state = register(run);
        try {
            acquireSlot();
            Path directory = workDirectory();
            Path answer = directory.resolve("answer.parquet");
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
                List<SandboxTable> referenced = checked(connection, text, tables);
                lockDown(connection, referenced, directory, writesAnswer ? List.of(answer) : List.of());
                return work.run(connection, text, state, answer, referenced);
            } catch (SQLException e) {
                throw failure(e, tables, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                slots.release();
                deleteQuietly(directory);
            }
        } finally {
            unregister(run, state);
        }
    }

    /** Receives the answer of an {@link #export} while its file exists. */
    @FunctionalInterface
    public interface ExportSink<T> {
        /**
         * @param parquet the answer, in its order
         * @param columns its columns with their DuckDB types
         * @param rows    how many rows it has
         */
        T write(Path parquet, List<ParquetExport.Column> columns, long rows) throws SQLException, IOException;
    }

    /**
     * Cancels the caller's running run: the statement DuckDB is running is cancelled, and the run answers
     * {@link ErrorCode#QUERY_CANCELLED}. A run of another caller with the same run id is not touched.
     *
     * @return false when the caller has no run with this id running
     */
    public boolean cancel(SandboxRun run) {
        RunState state = runs.get(run);
        if (state == null) {
            return false;
        }
        state.cancelled = true;
        Statement statement = state.statement;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // the statement finished in the meantime
            }
        }
        return true;
    }

    private @Nullable RunState register(@Nullable SandboxRun run) {
        if (run == null) {
            return null;
        }
        RunState state = new RunState();
        if (runs.putIfAbsent(run, state) != null) {
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.RUN_ID_IN_USE,
                    Map.of("runId", run.runId().toString()));
        }
        return state;
    }

    private void unregister(@Nullable SandboxRun run, @Nullable RunState state) {
        if (run != null && state != null) {
            runs.remove(run, state);
        }
    }

    /**
     * Parses the user's text (one SELECT), checks its parse tree against {@link SandboxPolicy}, and answers the
     * tables it names.
     */
    private List<SandboxTable> checked(Connection connection, UserText text, List<SandboxTable> tables)
            throws SQLException {
        JsonNode parsed = requireSingleSelect(connection, text);
        Set<String> views = new HashSet<>();
        tables.forEach(table -> views.add(table.name().toLowerCase(Locale.ROOT)));
        SandboxPolicy.Refusal refusal = SandboxPolicy.check(parsed.path("statements").get(0), views);
        if (refusal != null) {
            Map<String, Object> arguments = new LinkedHashMap<>(refusal.arguments());
            text.position(refusal.byteOffset()).ifPresent(position -> {
                arguments.put("line", position.line());
                arguments.put("column", position.column());
            });
            throw new PlatformException(refusal.code(), refusal.message(), arguments);
        }
        return referenced(tables, parsed);
    }

    /** A DuckDB error as our fault: its words (file paths replaced by table names) and its position in the text. */
    private PlatformException failure(SQLException e, List<SandboxTable> tables, UserText text) {
        DuckDbError error = DuckDbError.of(e, json);
        if (error.message().contains(TOO_LARGE_MARK)) {
            return tooLarge();
        }
        String message = error.message();
        for (SandboxTable table : tables) {
            message = message.replace(table.parquet().toString(), table.name());
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("detail", message);
        text.position(error.position() - text.offsetInExecuted()).ifPresent(position -> {
            arguments.put("line", position.line());
            arguments.put("column", position.column());
        });
        return new PlatformException(ErrorCode.QUERY_FAILED, QueryCode.FAILED, arguments);
    }

    /**
     * A fresh directory for one query's temporary files, made right after its slot was acquired; when it cannot be
     * made, the slot is released here, since the caller's {@code finally} that releases it is not reached.
     */
    private Path workDirectory() {
        try {
            Files.createDirectories(workBase);
            return Files.createTempDirectory(workBase, "run-");
        } catch (IOException e) {
            slots.release();
            throw new UncheckedIOException("Cannot make a work directory for a query under " + workBase, e);
        }
    }

    /** Deletes a directory and everything in it, leaving what cannot be deleted (in the temporary directory). */
    public static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // a leftover in the temporary directory; the next start of the JVM's tmp cleaner removes it
                }
            });
        } catch (IOException ignored) {
            // already gone
        }
    }

    /**
     * Writes the whole answer of one user SELECT, without a row limit, to a new Parquet file, inside DuckDB
     * ({@code COPY (…) TO target (FORMAT parquet)}), under the same lock-down, time and memory limits as
     * {@link #select}: {@code allowed_paths} holds the Parquet files of the tables the statement names and exactly
     * the answer's file in the query's own work directory, nothing else; the finished file is then moved to
     * {@code target}. No row passes through this process.
     *
     * @param tables the views the query may use
     * @param sql    one SELECT statement (a trailing semicolon is allowed)
     * @param target an absent file; on failure nothing is left there
     * @return the names of the tables the statement read (as {@link SandboxTable#name()})
     * @throws PlatformException as {@link #select}, and {@link ErrorCode#QUERY_REJECTED}
     *     ({@link QueryCode#DUPLICATE_COLUMNS}) when two columns of the answer have the same name
     */
    public List<String> copyToParquet(List<SandboxTable> tables, String sql, Path target) {
        return sandboxed(tables, sql, null, true, (connection, text, state, answer, referenced) -> {
            requireUniqueColumns(connection, text);
            try (Statement statement = connection.createStatement()) {
                String copy = text.wrapped("COPY (SELECT * FROM (\n", "\n)) TO " + literal(answer.toString())
                        + " (FORMAT parquet)");
                timed(statement, state, () -> statement.execute(copy));
            }
            Files.move(answer, target);
            return referenced.stream().map(SandboxTable::name).toList();
        });
    }

    /** Refuses an answer with two columns of one name: a dataset's fields must be unique. */
    private static void requireUniqueColumns(Connection connection, UserText text) throws SQLException {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(text.wrapped("DESCRIBE SELECT * FROM (\n", "\n)"))) {
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
        Path directory = workDirectory();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            lockDown(connection, tables, directory, List.of());
            return work.run(new Session(connection));
        } catch (SQLException e) {
            throw new PlatformException(ErrorCode.QUERY_FAILED, QueryCode.FAILED,
                    Map.of("detail", DuckDbError.of(e, json).message()));
        } finally {
            slots.release();
            deleteQuietly(directory);
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
                return timed(statement, null, () -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        return reader.read(rs);
                    }
                });
            }
        }
    }

    /**
     * Cancels the statement past the time limit, or when its run is cancelled ({@link #cancel}); the work's result
     * otherwise.
     */
    private <R> R timed(Statement statement, @Nullable RunState run, SqlWork<R> work) throws SQLException {
        if (run != null) {
            run.statement = statement;
            if (run.cancelled) {
                throw cancelled();
            }
        }
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
            if (run != null && run.cancelled) {
                throw cancelled();
            }
            if (timedOut.get()) {
                throw new PlatformException(ErrorCode.QUERY_TIMEOUT, QueryCode.TIMEOUT,
                        Map.of("timeoutSeconds", settings.timeout().toSeconds()));
            }
            throw e;
        } finally {
            cancel.cancel(false);
            if (run != null) {
                run.statement = null;
            }
        }
    }

    private static PlatformException cancelled() {
        return new PlatformException(ErrorCode.QUERY_CANCELLED, QueryCode.CANCELLED, Map.of());
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
    private JsonNode requireSingleSelect(Connection connection, UserText text) throws SQLException {
        if (text.statement().isEmpty()) {
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.EMPTY, Map.of());
        }
        JsonNode parsed;
        try (PreparedStatement statement = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            statement.setString(1, text.statement());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                parsed = json.readTree(rs.getString(1));
            } catch (JacksonException e) {
                throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.INVALID_SQL, Map.of("detail",
                        "the statement is nested too deeply (its parse tree has more than " + MAX_PARSE_TREE_DEPTH + " levels)"));
            }
        }
        if (parsed.path("error").asBoolean(false)) {
            String message = parsed.path("error_message").asString("");
            if (message.contains("Only SELECT")) {
                throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.ONLY_SELECT, Map.of());
            }
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("detail", message);
            text.position(location(parsed.path("position"))).ifPresent(position -> {
                arguments.put("line", position.line());
                arguments.put("column", position.column());
            });
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.INVALID_SQL, arguments);
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

    /**
     * Locks the connection down before any user text runs.
     *
     * @param directory this query's own directory: DuckDB's temporary files go there (and DuckDB allows reading
     *                  its temporary directory, so it must not be shared with another query), and the secret and
     *                  extension directories point into it, so that no setting names the home or data directory
     * @param writable  files our own statements write (an export's answer); allowed like the views' files
     */
    private void lockDown(Connection connection, List<SandboxTable> tables, Path directory, List<Path> writable)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + settings.memoryLimit().toMegabytes() + "MB'");
            statement.execute("SET threads = " + settings.threads());
            statement.execute("SET TimeZone = 'UTC'");
            // an unknown function must not make DuckDB fetch or load an extension (read_xlsx would fetch "excel")
            statement.execute("SET autoinstall_known_extensions = false");
            statement.execute("SET autoload_known_extensions = false");
            statement.execute("SET temp_directory = " + literal(directory.resolve("spill").toString()));
            statement.execute("SET secret_directory = " + literal(directory.resolve("secrets").toString()));
            statement.execute("SET extension_directory = " + literal(directory.resolve("extensions").toString()));
            statement.execute("SET home_directory = " + literal(directory.toString()));
            // errors as JSON: the position of a parser or binder error, for the line and column we report
            statement.execute("SET errors_as_json = true");
            DutchCodeMacros.create(connection);
            for (SandboxTable table : tables) {
                statement.execute("CREATE VIEW " + quote(table.name()) + " AS SELECT * FROM read_parquet("
                        + literal(table.parquet().toString()) + ")");
            }
            List<String> allowed = new ArrayList<>();
            tables.forEach(table -> allowed.add(literal(table.parquet().toString())));
            writable.forEach(path -> allowed.add(literal(path.toString())));
            statement.execute("SET allowed_paths = [" + String.join(", ", allowed) + "]");
            statement.execute("SET enable_external_access = false");
            statement.execute("SET lock_configuration = true");
        }
    }

    private QueryResult execute(Connection connection, String sql, int rowLimit, long offset,
            @Nullable RunState run) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return timed(statement, run, () -> {
                try (ResultSet rs = statement.executeQuery(sql)) {
                    return read(rs, rowLimit, offset, settings.maxResultSize().toBytes());
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
    private String cappedColumns(Connection connection, UserText text, @Nullable RunState run)
            throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> capped = new ArrayList<>();
        long max = settings.maxResultSize().toBytes();
        String describe = text.wrapped("DESCRIBE SELECT * FROM (\n", "\n)");
        try (Statement statement = connection.createStatement();
                ResultSet rs = timed(statement, run, () -> statement.executeQuery(describe))) {
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
    private QueryResult read(ResultSet rs, int rowLimit, long offset, long maxBytes) throws SQLException {
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
                Object value;
                try {
                    value = value(rs, i, meta.getColumnTypeName(i));
                } catch (RuntimeException e) {
                    // the driver cannot map some values to Java (TIME '24:00:00' fails in LocalTime): a clear no,
                    // never a 500
                    throw new PlatformException(ErrorCode.QUERY_FAILED, QueryCode.VALUE_UNREADABLE, Map.of("detail",
                            "column " + meta.getColumnLabel(i) + " (" + meta.getColumnTypeName(i) + ")"));
                }
                size += value == null ? 4 : value instanceof String text ? text.length() : String.valueOf(value).length();
                if (size > maxBytes) {
                    throw tooLarge();
                }
                row.add(value);
            }
            rows.add(row);
        }
        return new QueryResult(fields, rows, truncated, offset, truncated);
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

    /** A byte offset DuckDB gives as a number or a string; -1 for none (DuckDB's own "none" is 2^64-1). */
    static long location(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isString()) {
            try {
                return Long.parseLong(node.asString());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /** Quotes an SQL identifier. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A SQL string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }


    @Override
    public void destroy() {
        watchdog.shutdownNow();
    }
}
