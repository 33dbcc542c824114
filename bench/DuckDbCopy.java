// SPDX-License-Identifier: EUPL-1.2

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The peer for Datakraam's ingest: DuckDB's own CSV reader writing Parquet, on the same file, with the settings
 * Datakraam's ingest uses (2 threads, ZSTD). DuckDB's sniffer detects delimiter, quoting, header and types itself;
 * it is told only what it cannot know: the decimal comma. (DuckDB 2.0.0 finds the dd-mm-yyyy dates and keeps the
 * codes with leading zeros as VARCHAR on its own; without the decimal comma, x, y and bedrag stay VARCHAR.)
 *
 * <pre>java -cp duckdb_jdbc-2.0.0.1.jar bench/DuckDbCopy.java FILE OUT.parquet [THREADS] [MEMORY_LIMIT]</pre>
 *
 * Prints the DuckDB version, the options, the wall time of the COPY alone (the JVM start and DuckDB load are
 * measured by the caller around the whole process), the row count, the Parquet size and the column types DuckDB chose.
 * {@code -Dcsv.options=...} replaces the read_csv options (empty: pure auto-detection), for experiments.
 *
 * <p>Two more modes: {@code --describe FILE.parquet} prints the row count and column types of a Parquet file (run.sh
 * uses it on Datakraam's output); {@code --sql SCRIPT.sql FILE OUTDIR} runs a what-if script such as
 * {@code bench/what-if-duckdb-pass2.sql}.
 */
public final class DuckDbCopy {

    /** What DuckDB's sniffer is told; everything else is auto-detected. */
    static final String OPTIONS = "decimal_separator = ','";

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--describe")) {
            describe(Path.of(args[1]).toAbsolutePath());
            return;
        }
        if (args.length == 4 && args[0].equals("--sql")) {
            script(Path.of(args[1]), Path.of(args[2]).toAbsolutePath(), Path.of(args[3]).toAbsolutePath());
            return;
        }
        if (args.length < 2 || args.length > 4) {
            System.err.println("Usage: java -cp duckdb_jdbc.jar bench/DuckDbCopy.java FILE OUT.parquet [THREADS]"
                    + " [MEMORY_LIMIT]");
            System.exit(2);
        }
        Path source = Path.of(args[0]).toAbsolutePath();
        Path target = Path.of(args[1]).toAbsolutePath();
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String memoryLimit = args.length > 3 ? args[3] : null;
        Files.deleteIfExists(target);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + threads);
            if (memoryLimit != null) {
                statement.execute("SET memory_limit = '" + memoryLimit + "'");
            }
            System.out.println("duckdb " + single(statement, "SELECT version()") + ", threads " + threads
                    + ", memory_limit " + single(statement, "SELECT current_setting('memory_limit')"));
            String options = System.getProperty("csv.options", OPTIONS);
            String read = "read_csv(" + literal(source) + (options.isBlank() ? "" : ", " + options) + ")";
            System.out.println("source: " + read);
            long started = System.nanoTime();
            statement.execute("COPY (SELECT * FROM " + read + ") TO " + literal(target)
                    + " (FORMAT parquet, COMPRESSION zstd)");
            double seconds = (System.nanoTime() - started) / 1e9;
            long rows = Long.parseLong(single(statement, "SELECT count(*) FROM read_parquet(" + literal(target) + ")"));
            System.out.printf("copy: %.2f s, %d rows, parquet %d bytes%n", seconds, rows, Files.size(target));
            System.out.println("types: " + types(statement, target));
        }
    }

    /**
     * {@code --sql SCRIPT.sql FILE OUTDIR}: runs the statements of a script (separated by a {@code ;} at a line end;
     * {@code --} comment lines skipped; {@code ${FILE}} and {@code ${OUT}} replaced by the paths) on an in-memory
     * database, printing each one's wall time. For what-if experiments such as {@code what-if-duckdb-pass2.sql}.
     */
    private static void script(Path script, Path source, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(script)) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        String all = text.toString().replace("${FILE}", source.toString().replace("'", "''"))
                .replace("${OUT}", outDir.toString().replace("'", "''"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            long total = System.nanoTime();
            for (String sql : all.split(";\\s*\n")) {
                if (sql.isBlank()) {
                    continue;
                }
                long started = System.nanoTime();
                statement.execute(sql);
                String shown = sql.strip().replaceAll("\\s+", " ");
                System.out.printf("%6.2f s  %s%n", (System.nanoTime() - started) / 1e9,
                        shown.length() > 110 ? shown.substring(0, 110) + " …" : shown);
            }
            System.out.printf("%6.2f s  in all%n", (System.nanoTime() - total) / 1e9);
        }
    }

    /** {@code --describe FILE.parquet}: row count and column types of a Parquet file (e.g. Datakraam's output). */
    private static void describe(Path parquet) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            System.out.println("rows: " + single(statement, "SELECT count(*) FROM read_parquet(" + literal(parquet)
                    + ")") + ", parquet " + Files.size(parquet) + " bytes");
            System.out.println("types: " + types(statement, parquet));
        }
    }

    private static String types(Statement statement, Path parquet) throws Exception {
        StringBuilder types = new StringBuilder();
        try (ResultSet columns = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet("
                + literal(parquet) + ")")) {
            while (columns.next()) {
                types.append(types.isEmpty() ? "" : ", ").append(columns.getString(1)).append(' ')
                        .append(columns.getString(2));
            }
        }
        return types.toString();
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String literal(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
