// SPDX-License-Identifier: EUPL-1.2

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the DuckDB part of a {@code POST /v1/query} goes: the steps {@code query/infra/DuckDbSandbox.select} takes,
 * each timed on its own, repeated, medians printed (milliseconds). Not a benchmark of Datakraam (it copies the
 * sandbox's statements, it does not call it); it tells the fixed cost of the sandbox apart from the query's own work.
 *
 * <pre>java -cp duckdb_jdbc.jar bench/query/SandboxSteps.java REPEATS "SQL" NAME=FILE.parquet...</pre>
 */
public final class SandboxSteps {

    public static void main(String[] args) throws Exception {
        int repeats = Integer.parseInt(args[0]);
        String sql = args[1];
        Map<String, Path> tables = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] parts = args[i].split("=", 2);
            tables.put(parts[0], Path.of(parts[1]));
        }
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        for (int r = 0; r < repeats + 1; r++) {
            long t = System.nanoTime();
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
                t = lap(steps, "open a fresh in-memory database", t, r);
                try (PreparedStatement statement = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
                    statement.setString(1, sql);
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        rs.getString(1);
                    }
                }
                t = lap(steps, "json_serialize_sql (one SELECT?)", t, r);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET memory_limit = '512MB'");
                    statement.execute("SET threads = 2");
                    statement.execute("SET TimeZone = 'UTC'");
                    t = lap(steps, "SET memory_limit, threads, TimeZone", t, r);
                    for (var table : tables.entrySet()) {
                        statement.execute("CREATE VIEW \"" + table.getKey() + "\" AS SELECT * FROM read_parquet('"
                                + table.getValue() + "')");
                    }
                    t = lap(steps, "CREATE VIEW per table (reads the Parquet footer)", t, r);
                    statement.execute("SET allowed_paths = [" + String.join(", ", tables.values().stream()
                            .map(p -> "'" + p + "'").toList()) + "]");
                    statement.execute("SET enable_external_access = false");
                    statement.execute("SET lock_configuration = true");
                    t = lap(steps, "lock-down (allowed_paths, external access, lock)", t, r);
                    try (ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM (" + sql + ")")) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                    t = lap(steps, "DESCRIBE (for the capped select list)", t, r);
                    try (ResultSet rs = statement.executeQuery("SELECT * FROM (" + sql + ") LIMIT 10001")) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                    t = lap(steps, "the query itself", t, r);
                }
            }
            lap(steps, "close the database", t, r);
        }
        double total = 0;
        for (var step : steps.entrySet()) {
            double[] sorted = step.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted[sorted.length / 2];
            total += median;
            System.out.printf(Locale.ROOT, "%-52s %8.1f ms (min %.1f)%n", step.getKey(), median, sorted[0]);
        }
        System.out.printf(Locale.ROOT, "%-52s %8.1f ms%n", "sum of the medians", total);
    }

    /** Records the time since {@code t} (not for the first, warm-up round); returns now. */
    private static long lap(Map<String, List<Double>> steps, String step, long t, int round) {
        long now = System.nanoTime();
        if (round > 0) {
            steps.computeIfAbsent(step, k -> new ArrayList<>()).add((now - t) / 1e6);
        }
        return now;
    }
}
