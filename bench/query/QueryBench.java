// SPDX-License-Identifier: EUPL-1.2

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query benchmark's client (issue 7, must-show 3): runs the same SQL text on four engines and times it at the
 * client, from sending the statement to having read every row of the answer.
 *
 * <ul>
 *   <li><b>Datakraam</b>: {@code POST /v1/query} on the running jar (HTTP, JSON answer, bearer token), i.e. Spring
 *       MVC, security, the catalogue's readable tables, the DuckDB sandbox ({@code query/infra/DuckDbSandbox}: a
 *       fresh in-memory DuckDB per query, the statement parsed with {@code json_serialize_sql}, views over the
 *       Parquet files, lock-down, {@code DESCRIBE}, the capped select list) and the JSON answer;</li>
 *   <li><b>DuckDB alone</b>: one JDBC connection to an in-memory DuckDB, kept open, with a view per table over the
 *       same Parquet files Datakraam queries and the sandbox's threads and memory limit; no HTTP, no sandbox;</li>
 *   <li><b>DuckDB, fresh per query</b>: as the sandbox opens DuckDB, without the rest ({@link FreshDuckDb});</li>
 *   <li><b>PostgreSQL</b>: one JDBC connection, kept open, to the schema holding the same data in typed, indexed,
 *       analysed tables; {@code work_mem} as given.</li>
 * </ul>
 *
 * <pre>
 * java -cp duckdb_jdbc.jar bench/query/QueryBench.java gemeenten CBS_GEMEENTEN.json OUT.csv
 *     the ~400-row table: the municipalities (land parts) of CBS's Wijk- en buurtkaart 2022, code as 4 digits
 * java -cp duckdb_jdbc.jar:postgresql.jar:jackson-*.jar bench/query/QueryBench.java run QUERIES.sql RUNS \
 *     DATAKRAAM_URL TOKEN PG_JDBC_URL WORK_MEM THREADS MEMORY_LIMIT NAME=FILE.parquet...
 * </pre>
 *
 * QUERIES.sql holds the queries, each after a line {@code -- name: what it is}; the SQL text is sent unchanged to
 * every engine (the table names are the same on each side). Every query gets one warm-up on each engine, then
 * RUNS rounds in which the engines take turns (so that all see the same load). Prints each run, then per query
 * the median, p95 (nearest rank) and minimum in milliseconds, and writes them tab-separated to stdout lines starting
 * with {@code RESULT}; then the fixed cost per request ({@code FIXED} lines, {@link #fixedCost}). The answers are
 * compared after the warm-up (same rows in the same order; text and whole numbers exactly, other numbers within a
 * relative 1e-9): a difference prints both answers, and the program ends with exit code 3 after the runs.
 */
public final class QueryBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("gemeenten")) {
            gemeenten(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath());
            return;
        }
        if (args.length < 10 || !args[0].equals("run")) {
            System.err.println("Usage: see the comment at the top of bench/query/QueryBench.java");
            System.exit(2);
        }
        List<Query> queries = queries(Path.of(args[1]));
        int runs = Integer.parseInt(args[2]);
        String url = args[3];
        String token = args[4];
        String pgUrl = args[5];
        String workMem = args[6];
        int threads = Integer.parseInt(args[7]);
        String memoryLimit = args[8];
        Map<String, Path> parquet = new LinkedHashMap<>();
        for (String mapping : Arrays.copyOfRange(args, 9, args.length)) {
            String[] parts = mapping.split("=", 2);
            parquet.put(parts[0], Path.of(parts[1]));
        }
        try (var datakraam = new Datakraam(url, token);
                var duckdb = new Jdbc("duckdb", DriverManager.getConnection("jdbc:duckdb:"));
                var postgres = new Jdbc("postgresql", DriverManager.getConnection(pgUrl))) {
            try (Statement statement = duckdb.connection.createStatement()) {
                statement.execute("SET threads = " + threads);
                statement.execute("SET memory_limit = '" + memoryLimit + "'");
                statement.execute("SET TimeZone = 'UTC'");
                for (var entry : parquet.entrySet()) {
                    statement.execute("CREATE VIEW \"" + entry.getKey() + "\" AS SELECT * FROM read_parquet('"
                            + entry.getValue().toString().replace("'", "''") + "')");
                }
            }
            try (Statement statement = postgres.connection.createStatement()) {
                statement.execute("SET work_mem = '" + workMem + "'");
                System.out.println("PostgreSQL session: work_mem " + single(statement, "SHOW work_mem")
                        + ", max_parallel_workers_per_gather " + single(statement,
                                "SHOW max_parallel_workers_per_gather")
                        + ", shared_buffers " + single(statement, "SHOW shared_buffers") + ", jit "
                        + single(statement, "SHOW jit") + ", " + single(statement, "SELECT version()"));
            }
            try (Statement statement = duckdb.connection.createStatement()) {
                System.out.println("DuckDB alone: " + single(statement, "SELECT version()") + ", threads "
                        + single(statement, "SELECT current_setting('threads')") + ", memory_limit "
                        + single(statement, "SELECT current_setting('memory_limit')"));
            }
            var fresh = new FreshDuckDb(threads, memoryLimit, parquet);
            List<Engine> engines = List.of(datakraam, duckdb, fresh, postgres);
            boolean allAgree = true;
            for (Query query : queries) {
                System.out.println();
                System.out.println("== " + query.name + ": " + query.title);
                System.out.println(query.sql.strip().indent(4).stripTrailing());
                System.out.println("  PostgreSQL plan (EXPLAIN, not timed):");
                System.out.println(postgres.explain(query.sql).indent(4).stripTrailing());
                Map<Engine, List<List<Object>>> answers = new LinkedHashMap<>();
                Map<Engine, List<Double>> times = new LinkedHashMap<>();
                for (Engine engine : engines) {
                    long started = System.nanoTime();
                    answers.put(engine, engine.run(query.sql));
                    System.out.printf(Locale.ROOT, "  warm-up %-12s %9.1f ms, %d rows%n", engine.name(),
                            (System.nanoTime() - started) / 1e6, answers.get(engine).size());
                    times.put(engine, new ArrayList<>());
                }
                boolean agree = true;
                for (Engine engine : List.of(datakraam, duckdb, fresh)) {
                    String difference = difference(answers.get(engine), answers.get(postgres));
                    if (difference != null) {
                        allAgree = false;
                        agree = false;
                        System.out.println("  ANSWERS DIFFER: " + engine.name() + " vs postgresql: " + difference);
                        System.out.println("    " + engine.name() + ": " + answers.get(engine));
                        System.out.println("    postgresql: " + answers.get(postgres));
                    }
                }
                if (agree) {
                    System.out.println("  answers agree (" + answers.get(postgres).size() + " rows; first: "
                            + (answers.get(postgres).isEmpty() ? "-" : answers.get(postgres).getFirst()) + ")");
                }
                for (int run = 1; run <= runs; run++) {
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  run %d, load %s:", run,
                            Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
                    for (Engine engine : engines) {
                        long started = System.nanoTime();
                        engine.run(query.sql);
                        double ms = (System.nanoTime() - started) / 1e6;
                        times.get(engine).add(ms);
                        line.append(String.format(Locale.ROOT, "  %s %.1f ms", engine.name(), ms));
                    }
                    System.out.println(line);
                }
                for (Engine engine : engines) {
                    double[] sorted = times.get(engine).stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    System.out.printf(Locale.ROOT, "RESULT\t%s\t%s\t%.1f\t%.1f\t%.1f\t%d%n", query.name,
                            engine.name(), median(sorted), nearestRank(sorted, 0.95), sorted[0], sorted.length);
                }
            }
            fixedCost(datakraam, duckdb, fresh, Math.max(10, 4 * runs));
            if (!allAgree) {
                System.out.println("\nFAILED: the engines' answers differ (see above)");
                System.exit(3);
            }
        }
    }

    /**
     * What a request to Datakraam costs besides the query's work, step by step: a request the controller refuses
     * before any DuckDB (empty SQL, 400: HTTP, security, the controller, a problem answer), {@code SELECT 1} (plus a
     * fresh sandbox database, no table), and a count over the small table (plus a view over its Parquet file, the
     * catalogue's readable tables and the audit log); beside the same count on DuckDB alone and on a fresh DuckDB.
     */
    static void fixedCost(Datakraam datakraam, Jdbc duckdb, FreshDuckDb fresh, int repeats) throws Exception {
        System.out.println();
        System.out.println("== fixed cost per request (median of " + repeats + ", after 3 warm-ups)");
        Map<String, Callable> probes = new LinkedHashMap<>();
        probes.put("Datakraam POST /v1/query {\"sql\": \"\"} (400, no DuckDB)", () -> datakraam.status(""));
        probes.put("Datakraam POST /v1/query SELECT 1", () -> datakraam.run("SELECT 1"));
        probes.put("Datakraam POST /v1/query q0 (count of gemeenten)",
                () -> datakraam.run("SELECT count(*) FROM gemeenten"));
        probes.put("DuckDB, fresh database per query: q0", () -> fresh.run("SELECT count(*) FROM gemeenten"));
        probes.put("DuckDB alone (open connection): q0", () -> duckdb.run("SELECT count(*) FROM gemeenten"));
        for (var probe : probes.entrySet()) {
            double[] times = new double[repeats];
            for (int i = -3; i < repeats; i++) {
                long started = System.nanoTime();
                probe.getValue().call();
                if (i >= 0) {
                    times[i] = (System.nanoTime() - started) / 1e6;
                }
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "  %-60s %7.1f ms (min %.1f)%n", probe.getKey(), median(times), times[0]);
            System.out.printf(Locale.ROOT, "FIXED\t%s\t%.1f\t%.1f%n", probe.getKey(), median(times), times[0]);
        }
    }

    @FunctionalInterface
    interface Callable {
        Object call() throws Exception;
    }

    record Query(String name, String title, String sql) {
    }

    /** The queries of the file: each starts at a line {@code -- name: what it is}. */
    static List<Query> queries(Path file) throws Exception {
        List<Query> queries = new ArrayList<>();
        String name = null;
        String title = null;
        StringBuilder sql = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            var header = java.util.regex.Pattern.compile("^-- (q[0-9][^:]*): (.*)$").matcher(line);
            if (header.matches()) {
                if (name != null) {
                    queries.add(new Query(name, title, sql.toString().strip()));
                }
                name = header.group(1);
                title = header.group(2);
                sql.setLength(0);
            } else if (name != null && !line.startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        if (name != null) {
            queries.add(new Query(name, title, sql.toString().strip()));
        }
        return queries;
    }

    interface Engine extends AutoCloseable {
        String name();

        /** The answer's rows, each value as text, a BigDecimal, or null. */
        List<List<Object>> run(String sql) throws Exception;
    }

    /** Datakraam over HTTP: POST /v1/query with a bearer token; the JSON answer's rows. */
    static final class Datakraam implements Engine {
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final URI uri;
        private final String token;

        Datakraam(String url, String token) {
            this.uri = URI.create(url + "/v1/query");
            this.token = token;
        }

        @Override
        public String name() {
            return "datakraam";
        }

        /** The status of a POST /v1/query with this SQL. */
        int status(String sql) throws Exception {
            return post(sql).statusCode();
        }

        private HttpResponse<String> post(String sql) throws Exception {
            String body = JSON.writeValueAsString(Map.of("sql", sql));
            return client.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public List<List<Object>> run(String sql) throws Exception {
            HttpResponse<String> response = post(sql);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /v1/query answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode answer = JSON.readTree(response.body());
            if (answer.path("truncated").asBoolean(false)) {
                throw new IllegalStateException("Datakraam's answer was truncated");
            }
            List<List<Object>> rows = new ArrayList<>();
            for (JsonNode row : answer.path("rows")) {
                List<Object> values = new ArrayList<>();
                for (JsonNode value : row) {
                    values.add(value.isNull() ? null : value.isNumber() ? value.decimalValue() : value.asString());
                }
                rows.add(values);
            }
            return rows;
        }

        @Override
        public void close() {
            client.close();
        }
    }

    /**
     * DuckDB as the sandbox starts it, without the rest: per query a fresh in-memory database, the same settings, a
     * view per table over its Parquet file, then the query (no parsing check, no lock-down, no {@code DESCRIBE}, no
     * HTTP, no JSON). The difference to "duckdb" is what a fresh database per query costs.
     */
    static final class FreshDuckDb implements Engine {
        private final int threads;
        private final String memoryLimit;
        private final Map<String, Path> parquet;

        FreshDuckDb(int threads, String memoryLimit, Map<String, Path> parquet) {
            this.threads = threads;
            this.memoryLimit = memoryLimit;
            this.parquet = parquet;
        }

        @Override
        public String name() {
            return "duckdb-fresh";
        }

        @Override
        public List<List<Object>> run(String sql) throws Exception {
            try (var jdbc = new Jdbc("duckdb", DriverManager.getConnection("jdbc:duckdb:"))) {
                try (Statement statement = jdbc.connection.createStatement()) {
                    statement.execute("SET memory_limit = '" + memoryLimit + "'");
                    statement.execute("SET threads = " + threads);
                    statement.execute("SET TimeZone = 'UTC'");
                    for (var entry : parquet.entrySet()) {
                        if (sql.contains(entry.getKey())) {
                            statement.execute("CREATE VIEW \"" + entry.getKey() + "\" AS SELECT * FROM read_parquet('"
                                    + entry.getValue().toString().replace("'", "''") + "')");
                        }
                    }
                }
                return jdbc.run(sql);
            }
        }

        @Override
        public void close() {
        }
    }

    /** A JDBC connection kept open for all runs. */
    static final class Jdbc implements Engine {
        private final String name;
        final Connection connection;

        Jdbc(String name, Connection connection) {
            this.name = name;
            this.connection = connection;
        }

        @Override
        public String name() {
            return name.equals("duckdb") ? "duckdb" : "postgresql";
        }

        @Override
        public List<List<Object>> run(String sql) throws Exception {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> values = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        values.add(value == null ? null : value instanceof Number number
                                ? new BigDecimal(number.toString()) : value.toString());
                    }
                    rows.add(values);
                }
                return rows;
            }
        }

        String explain(String sql) throws Exception {
            if (!name.equals("postgresql")) {
                return "";
            }
            StringBuilder plan = new StringBuilder();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("EXPLAIN " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }

        @Override
        public void close() throws Exception {
            connection.close();
        }
    }

    /** Null when the answers agree; what differs otherwise. */
    static String difference(List<List<Object>> a, List<List<Object>> b) {
        if (a.size() != b.size()) {
            return a.size() + " rows vs " + b.size();
        }
        for (int r = 0; r < a.size(); r++) {
            List<Object> x = a.get(r);
            List<Object> y = b.get(r);
            if (x.size() != y.size()) {
                return "row " + (r + 1) + ": " + x.size() + " columns vs " + y.size();
            }
            for (int c = 0; c < x.size(); c++) {
                if (!same(x.get(c), y.get(c))) {
                    return "row " + (r + 1) + ", column " + (c + 1) + ": " + x.get(c) + " vs " + y.get(c);
                }
            }
        }
        return null;
    }

    private static boolean same(Object x, Object y) {
        if (x instanceof BigDecimal p && y instanceof BigDecimal q) {
            if (p.compareTo(q) == 0) {
                return true;
            }
            boolean whole = p.stripTrailingZeros().scale() <= 0 && q.stripTrailingZeros().scale() <= 0;
            double dp = p.doubleValue();
            double dq = q.doubleValue();
            return !whole && Math.abs(dp - dq) <= 1e-9 * Math.max(Math.abs(dp), Math.abs(dq));
        }
        return Objects.equals(x, y);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double nearestRank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Writes the ~400-row table: one row per municipality in CBS's Wijk- en buurtkaart 2022 (its land part,
     * {@code water = 'NEE'}: 345 rows), with the code as the 4 digits the benchmark file uses.
     */
    static void gemeenten(Path json, Path out) throws Exception {
        Files.deleteIfExists(out);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 1");
            statement.execute("COPY (SELECT substr(p.gemeentecode, 3) AS gemeentecode, p.gemeentenaam,"
                    + " p.stedelijkheidAdressenPerKm2 AS stedelijkheid, p.aantalInwoners AS aantal_inwoners,"
                    + " p.oppervlakteLandInHa AS oppervlakte_land_ha"
                    + " FROM (SELECT unnest(features).properties AS p FROM read_json('"
                    + json.toString().replace("'", "''") + "', maximum_object_size = 100000000))"
                    + " WHERE p.water = 'NEE' ORDER BY 1) TO '" + out.toString().replace("'", "''")
                    + "' (FORMAT csv, HEADER true, DELIMITER ';', FORCE_QUOTE (gemeentecode))");
            System.out.println("wrote " + out + ": " + (Files.readAllLines(out).size() - 1) + " rows");
        }
    }
}
