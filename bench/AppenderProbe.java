// SPDX-License-Identifier: EUPL-1.2

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Isolates the cost of one step of Datakraam's ingest: appending typed rows to the DuckDB staging table with the
 * JDBC {@link DuckDBAppender}, as {@code TabularWriter.append} does (on-disk staging database, memory_limit 256MB,
 * 2 threads, auto-commit on). No CSV is read: the rows are made up in memory with the benchmark file's 15 column
 * types, so only the appender and DuckDB are measured.
 *
 * <pre>java -cp duckdb_jdbc-2.0.0.1.jar bench/AppenderProbe.java [ROWS] [MODE...]</pre>
 *
 * Modes: {@code disk-autocommit} (what Datakraam does: the Java appender flushes every 2,048 rows, and each flush
 * is its own transaction on the on-disk database), {@code disk-transaction} (the same inside one transaction:
 * {@code setAutoCommit(false)}, commit at the end), {@code memory} (an in-memory database). Default: all three.
 */
public final class AppenderProbe {

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 5_000_000L;
        String[] modes = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length)
                : new String[] {"disk-autocommit", "disk-transaction", "memory"};
        for (String mode : modes) {
            run(mode, rows);
        }
    }

    private static void run(String mode, long rows) throws Exception {
        Path dir = Files.createTempDirectory("appender-probe");
        Path database = dir.resolve("staging.duckdb");
        String url = mode.equals("memory") ? "jdbc:duckdb:" : "jdbc:duckdb:" + database;
        long started = System.nanoTime();
        try (var connection = (DuckDBConnection) DriverManager.getConnection(url)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET memory_limit = '256MB'");
                statement.execute("SET threads = 2");
                statement.execute("CREATE TABLE data (meldingnummer BIGINT, datum_melding DATE, gemeentecode VARCHAR,"
                        + " gemeentenaam VARCHAR, woonplaats VARCHAR, straatnaam VARCHAR, huisnummer BIGINT,"
                        + " huisletter VARCHAR, postcode VARCHAR, x DOUBLE, y DOUBLE, categorie VARCHAR,"
                        + " bedrag DOUBLE, afgehandeld BOOLEAN, omschrijving VARCHAR)");
            }
            if (mode.equals("disk-transaction")) {
                connection.setAutoCommit(false);
            }
            LocalDate[] dates = new LocalDate[3650];
            for (int i = 0; i < dates.length; i++) {
                dates[i] = LocalDate.of(2015, 1, 1).plusDays(i);
            }
            String[] places = {"Leeuwarden", "Súdwest-Fryslân", "Earnewâld", "'s-Hertogenbosch", "Drachten"};
            try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "data")) {
                for (long row = 1; row <= rows; row++) {
                    int r = (int) (row * 2654435761L >>> 7);
                    appender.beginRow();
                    appender.append(row);
                    appender.append(dates[Math.floorMod(r, dates.length)]);
                    appender.append("0080");
                    appender.append(places[Math.floorMod(r, places.length)]);
                    appender.append(places[Math.floorMod(r >>> 3, places.length)]);
                    appender.append("Tsjerkestraat");
                    appender.append((long) Math.floorMod(r, 199) + 1);
                    if (r % 7 == 0) {
                        appender.append("A");
                    } else {
                        appender.appendNull();
                    }
                    appender.append("8911 AB");
                    appender.append(Math.floorMod(r, 300_000) + 0.25);
                    appender.append(289_000 + Math.floorMod(r, 340_000) + 0.5);
                    appender.append("Zwerfafval");
                    if (r % 6 == 0) {
                        appender.appendNull();
                    } else {
                        appender.append(Math.floorMod(r, 10_000) + 0.99);
                    }
                    appender.append(r % 3 != 0);
                    appender.appendNull();
                    appender.endRow();
                }
            }
            if (mode.equals("disk-transaction")) {
                connection.commit();
            }
            double appendSeconds = (System.nanoTime() - started) / 1e9;
            long copyStarted = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("COPY data TO '" + dir.resolve("data.parquet") + "' (FORMAT parquet,"
                        + " COMPRESSION zstd)");
            }
            double copySeconds = (System.nanoTime() - copyStarted) / 1e9;
            System.out.printf("%-17s %,d rows: append %.1f s (%,.0f rows/s), then COPY TO parquet %.1f s%s%n", mode,
                    rows, appendSeconds, rows / appendSeconds, copySeconds,
                    mode.equals("memory") ? "" : String.format(", staging file %,d bytes", Files.size(database)));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
