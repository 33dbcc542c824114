// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.datakraam.lib.profiling.Column.Kind;
import nl.datakraam.lib.profiling.FieldProfile.DistinctCount;
import nl.datakraam.lib.profiling.FieldProfile.GeometrySummary;
import nl.datakraam.lib.profiling.FieldProfile.HistogramBin;
import nl.datakraam.lib.profiling.FieldProfile.Lengths;
import nl.datakraam.lib.profiling.FieldProfile.Quantiles;
import nl.datakraam.lib.profiling.FieldProfile.ValueCount;
import org.jspecify.annotations.Nullable;

/**
 * Profiles a Parquet file with DuckDB: see {@link FieldProfile} for what each field gets.
 *
 * <p>Cost: one scan of all columns for counts, estimated distinct counts, minimum, maximum, mean and string lengths;
 * then per field one to four aggregate queries over that column alone (top values; histogram; quantiles;
 * patterns; a string field with few enough distinct values is grouped by value once, into a temporary table that
 * its top values and patterns both read). Never a query per row, and never a value per row into Java, except for
 * geometry fields: their values stream to Java once, on a connection of their own, to be read and validated by JTS
 * ({@link GeometryProfiler} gives the cost), and the file's GeoParquet metadata is read once for their CRS. Memory
 * stays within {@link ProfilingSettings#memoryLimitMegabytes()} whatever the number of rows, because every aggregate
 * used either keeps a bounded state or can spill: grouping by value is done exactly only for fields with at most
 * about {@link ProfilingSettings#exactDistinctLimit()} distinct values, and their quantiles are read from that
 * grouping; above that, top values come from {@code approx_top_k}, quantiles from {@code approx_quantile} and
 * patterns from a sample. Never DuckDB's {@code quantile_cont} or {@code quantile_disc}, which hold every value of
 * the column in memory (45 million values do not fit in 512 MB) and cannot spill. A file of 5 million rows and 15
 * columns takes
 * some seconds per column on two threads (docs/benchmarks.md).
 *
 * <p>Aggregates run on a connection that materialises results, so that a failing query reports DuckDB's own error;
 * on a streaming connection the DuckDB JDBC driver (2.0) reports any failure as "Invalid result set".
 *
 * <p>Thread-safe: each call opens its own in-memory DuckDB database.
 */
public final class Profiler {

    /** Longest text kept in a profile; longer text is cut and ends in {@code …}. */
    static final int MAX_TEXT = 100;

    /** Characters of a value whose shape a pattern shows. */
    static final int PATTERN_LENGTH = 40;

    private static final double[] QUARTILES = {0.25, 0.5, 0.75};

    private static final String QUANTILES = "[0.25, 0.5, 0.75]";

    private final ProfilingSettings settings;

    public Profiler(ProfilingSettings settings) {
        this.settings = settings;
    }

    /**
     * The profile of a Parquet file.
     *
     * @throws ProfilingException when the file cannot be read as Parquet or DuckDB fails
     */
    public Profile profile(Path parquet) {
        try (Connection connection = DuckDb.open(settings)) {
            List<Column> columns = DuckDb.columns(connection, parquet);
            String source = DuckDb.source(parquet, false);
            Map<String, @Nullable Object> basics = basics(connection, source, columns);
            long rows = ((Number) basics.get("row_count")).longValue();
            Map<String, Integer> epsgCodes = columns.stream().anyMatch(column -> column.kind() == Kind.GEOMETRY)
                    ? GeometryProfiler.epsgCodes(connection, parquet) : Map.of();
            List<FieldProfile> fields = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                FieldProfile field = field(connection, source, column, i, basics, rows);
                if (column.kind() == Kind.GEOMETRY && field.count() > 0) {
                    try (Connection streaming = DuckDb.open(settings, true)) {
                        field = withGeometry(field, GeometryProfiler.summary(streaming, parquet, column,
                                epsgCodes.get(column.name())));
                    }
                }
                fields.add(field);
            }
            return new Profile(rows, fields);
        } catch (SQLException e) {
            throw new ProfilingException("Could not profile " + parquet.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** One scan over all columns: the aggregates every field needs, by alias ({@code c_3}, {@code lo_3}, …). */
    private static Map<String, @Nullable Object> basics(Connection connection, String source, List<Column> columns)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT count(*) AS row_count");
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String q = column.sql();
            sql.append(", count(").append(q).append(") AS c_").append(i);
            if (column.hasValues()) {
                sql.append(", approx_count_distinct(").append(q).append(") AS d_").append(i);
            }
            switch (column.kind()) {
                case NUMBER -> sql.append(", min(%1$s) AS lo_%2$d, max(%1$s) AS hi_%2$d, avg(%1$s)::DOUBLE AS mean_%2$d"
                        .formatted(q, i));
                case DATE, DATETIME -> sql.append(", min(%1$s)::VARCHAR AS lo_%2$d, max(%1$s)::VARCHAR AS hi_%2$d"
                        .formatted(q, i));
                case STRING -> sql.append((", min(%1$s) AS lo_%2$d, max(%1$s) AS hi_%2$d,"
                        + " min(length(%1$s)) AS lmin_%2$d, max(length(%1$s)) AS lmax_%2$d,"
                        + " avg(length(%1$s)) AS lmean_%2$d").formatted(q, i));
                default -> {
                    // booleans, geometries and other types need only the counts
                }
            }
        }
        sql.append(" FROM ").append(source);
        Map<String, @Nullable Object> values = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql.toString())) {
            row.next();
            ResultSetMetaData meta = row.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                values.put(meta.getColumnLabel(c), row.getObject(c));
            }
        }
        return values;
    }

    private FieldProfile field(Connection connection, String source, Column column, int i,
            Map<String, @Nullable Object> basics, long rows) throws SQLException {
        long count = ((Number) basics.get("c_" + i)).longValue();
        if (!column.hasValues() || count == 0) {
            return new FieldProfile(column.name(), column.type(), column.kind().code(), count, rows - count,
                    column.hasValues() ? new DistinctCount(0, false) : null, null, null, null, null, null,
                    List.of(), List.of(), List.of(), null, null);
        }
        long estimated = Math.min(count, ((Number) basics.get("d_" + i)).longValue());
        boolean exact = estimated <= settings.exactDistinctLimit();
        // an exact string field is grouped by value once, for its top values and its patterns
        boolean grouped = exact && column.kind() == Kind.STRING;
        String counted = grouped ? groupedByValue(connection, source, column, i) : source;
        Frequencies frequencies = !exact ? approximateTopValues(connection, source, column)
                : grouped ? topValuesOf(connection, counted, column) : exactTopValues(connection, source, column);
        DistinctCount distinct = exact ? new DistinctCount(frequencies.distinct(), false)
                : new DistinctCount(estimated, true);
        Object min = scalar(basics.get("lo_" + i));
        Object max = scalar(basics.get("hi_" + i));
        return switch (column.kind()) {
            case NUMBER -> {
                Double mean = finite((Double) basics.get("mean_" + i));
                NumberShape shape = numberShape(connection, source, column, basics.get("lo_" + i),
                        basics.get("hi_" + i), exact, count);
                yield new FieldProfile(column.name(), column.type(), column.kind().code(), count, rows - count,
                        distinct, min, max, mean, shape.quantiles(), null, frequencies.top(), shape.histogram(),
                        List.of(), null, null);
            }
            case STRING -> {
                var lengths = new Lengths(((Number) basics.get("lmin_" + i)).longValue(),
                        ((Number) basics.get("lmax_" + i)).longValue(), ((Number) basics.get("lmean_" + i))
                        .doubleValue());
                List<ValueCount> patterns = exact ? patternsOf(connection, counted) : sampledPatterns(connection,
                        source, column);
                if (grouped) {
                    execute(connection, "DROP TABLE " + counted);
                }
                yield new FieldProfile(column.name(), column.type(), column.kind().code(), count, rows - count,
                        distinct, min, max, null, null, lengths, frequencies.top(), List.of(), patterns,
                        exact ? null : Math.min(count, settings.patternSample()), null);
            }
            case DATE, DATETIME -> new FieldProfile(column.name(), column.type(), column.kind().code(), count,
                    rows - count, distinct, min, max, null, temporalQuantiles(connection, source, column, exact,
                    count), null,
                    frequencies.top(), List.of(), List.of(), null, null);
            default -> new FieldProfile(column.name(), column.type(), column.kind().code(), count, rows - count,
                    distinct, null, null, null, null, null, frequencies.top(), List.of(), List.of(), null, null);
        };
    }

    private static FieldProfile withGeometry(FieldProfile f, GeometrySummary geometry) {
        return new FieldProfile(f.name(), f.type(), f.kind(), f.count(), f.nulls(), f.distinct(), f.min(), f.max(),
                f.mean(), f.quantiles(), f.lengths(), f.topValues(), f.histogram(), f.patterns(), f.patternSample(),
                geometry);
    }

    /** Exact distinct count and top values, from one grouping of the column by value. */
    private Frequencies exactTopValues(Connection connection, String source, Column column) throws SQLException {
        return topValuesOf(connection, "(" + grouping(column, source) + ")", column);
    }

    /**
     * The non-null values of a column with their counts ({@code v}, {@code n}), kept in a temporary table of the
     * in-memory database so that top values and patterns read it instead of grouping the column twice; at most about
     * {@link ProfilingSettings#exactDistinctLimit()} rows (DuckDB spills beyond its memory limit).
     *
     * @return the table's name; the caller drops it
     */
    private static String groupedByValue(Connection connection, String source, Column column, int i)
            throws SQLException {
        String table = "counted_" + i;
        execute(connection, "CREATE TEMP TABLE " + table + " AS " + grouping(column, source));
        return table;
    }

    private static String grouping(Column column, String source) {
        return "SELECT %1$s AS v, count(*) AS n FROM %2$s WHERE %1$s IS NOT NULL GROUP BY %1$s".formatted(
                column.sql(), source);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Exact distinct count and top values from values with their counts ({@code v}, {@code n}). */
    private Frequencies topValuesOf(Connection connection, String counted, Column column) throws SQLException {
        String sql = """
                SELECT count(*) OVER () AS distinct_values, %s AS shown, n
                FROM %s
                ORDER BY n DESC, v LIMIT %d""".formatted(shown(column, "v"), counted, settings.topValues());
        long distinct = 0;
        List<ValueCount> top = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                distinct = rows.getLong("distinct_values");
                top.add(new ValueCount(scalar(rows.getObject("shown")), rows.getLong("n")));
            }
        }
        return new Frequencies(distinct, top);
    }

    /**
     * Top values of a field with many distinct values: candidates by {@code approx_top_k}, then counted exactly;
     * values that occur once are left out, since listing ten of millions of unique values says nothing.
     */
    private Frequencies approximateTopValues(Connection connection, String source, Column column)
            throws SQLException {
        String d = "d." + column.sql();
        String sql = """
                SELECT %s AS shown, count(*) AS n FROM %s AS d
                WHERE %s IN (SELECT unnest(approx_top_k(s.%s, %d)) FROM %2$s AS s)
                GROUP BY %3$s ORDER BY n DESC, %3$s LIMIT %5$d""".formatted(shown(column, d), source, d,
                column.sql(), settings.topValues());
        List<ValueCount> top = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                long n = rows.getLong("n");
                if (n > 1) {
                    top.add(new ValueCount(scalar(rows.getObject("shown")), n));
                }
            }
        }
        return new Frequencies(0, top);
    }

    /**
     * Patterns counted over all values, from values with their counts ({@code v}, {@code n}): each distinct value is
     * shaped once.
     */
    private List<ValueCount> patternsOf(Connection connection, String counted) throws SQLException {
        return patternQuery(connection, """
                SELECT %s AS pattern, sum(n)::BIGINT AS n
                FROM %s
                GROUP BY pattern ORDER BY n DESC, pattern LIMIT %d""".formatted(pattern("v"), counted,
                settings.topValues()));
    }

    /** Patterns counted in a fixed-size random sample of the non-null values. */
    private List<ValueCount> sampledPatterns(Connection connection, String source, Column column)
            throws SQLException {
        return patternQuery(connection, """
                SELECT %s AS pattern, count(*) AS n
                FROM (SELECT v FROM (SELECT %s AS v FROM %s WHERE %2$s IS NOT NULL)
                      USING SAMPLE reservoir(%d ROWS) REPEATABLE (1))
                GROUP BY pattern ORDER BY n DESC, pattern LIMIT %d""".formatted(pattern("v"), column.sql(), source,
                settings.patternSample(), settings.topValues()));
    }

    private static List<ValueCount> patternQuery(Connection connection, String sql) throws SQLException {
        List<ValueCount> patterns = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                patterns.add(new ValueCount(rows.getString("pattern"), rows.getLong("n")));
            }
        }
        return patterns;
    }

    /**
     * Quantiles and an equal-width histogram of a number column: with exact quantiles, the histogram in one scan and
     * the quantiles from the grouping by value ({@link #exactQuantiles}); with estimated ones, both in one scan.
     */
    private NumberShape numberShape(Connection connection, String source, Column column, @Nullable Object low,
            @Nullable Object high, boolean exact, long count) throws SQLException {
        double min = ((Number) low).doubleValue();
        double max = ((Number) high).doubleValue();
        boolean binnable = Double.isFinite(min) && Double.isFinite(max);
        String value = column.sql() + "::DOUBLE";
        String sql = "SELECT %s AS qs, %s AS h FROM %s".formatted(exact ? "NULL" : "approx_quantile(" + value + ", "
                + QUANTILES + ")", binnable ? "histogram(" + value + ", equi_width_bins(?::DOUBLE, ?::DOUBLE, "
                + settings.histogramBins() + ", true))" : "NULL", source);
        Quantiles quantiles;
        List<HistogramBin> bins = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (binnable) {
                statement.setDouble(1, min);
                statement.setDouble(2, max);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                quantiles = exact ? null : estimated((Object[]) row.getArray("qs").getArray());
                if (row.getObject("h") instanceof Map<?, ?> histogram) {
                    double lower = min;
                    for (Map.Entry<?, ?> bin : histogram.entrySet()) {
                        double upper = ((Number) bin.getKey()).doubleValue();
                        bins.add(new HistogramBin(lower, Double.isFinite(upper) ? upper : max,
                                ((Number) bin.getValue()).longValue()));
                        lower = upper;
                    }
                }
            }
        }
        if (exact) {
            quantiles = exactQuantiles(connection, source, column, value, count, true);
        }
        return new NumberShape(quantiles, bins);
    }

    /** Quantiles of a date or time column: actual values of the column, exact or estimated as its distinct count. */
    private static Quantiles temporalQuantiles(Connection connection, String source, Column column, boolean exact,
            long count) throws SQLException {
        if (exact) {
            return exactQuantiles(connection, source, column, column.sql(), count, false);
        }
        String sql = "SELECT approx_quantile(%s, %s)::VARCHAR[] AS qs FROM %s".formatted(column.sql(), QUANTILES,
                source);
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return estimated((Object[]) row.getArray("qs").getArray());
        }
    }

    private static Quantiles estimated(Object[] q) {
        return new Quantiles(scalar(q[0]), scalar(q[1]), scalar(q[2]), true);
    }

    /**
     * Exact quantiles of a column with at most about {@link ProfilingSettings#exactDistinctLimit()} distinct values,
     * as DuckDB's {@code quantile_cont} (interpolated) or {@code quantile_disc} (actual values) would give them, but
     * without holding every value at once: those two aggregates keep all {@code count} values in memory and cannot
     * spill, so a column of tens of millions of rows exceeds the memory limit. Here the values are grouped (which
     * spills), each distinct value gets its cumulative count, and the value at each needed 0-based position
     * {@code k} is the smallest one whose cumulative count exceeds {@code k}.
     *
     * @param value        the SQL of the values to rank (the column, cast as needed)
     * @param count        the column's non-null values (at least 1)
     * @param interpolated true for {@code quantile_cont}'s interpolation between the values around position
     *                     {@code (count − 1) × q}; false for {@code quantile_disc}'s value at position
     *                     {@code ⌈count × q⌉ − 1}, returned as text
     */
    private static Quantiles exactQuantiles(Connection connection, String source, Column column, String value,
            long count, boolean interpolated) throws SQLException {
        List<Long> positions = new ArrayList<>();
        for (double q : QUARTILES) {
            if (interpolated) {
                double rank = (count - 1) * q;
                positions.add((long) Math.floor(rank));
                positions.add((long) Math.ceil(rank));
            } else {
                // DuckDB's discrete index, robust against n × q landing a hair above a whole number
                positions.add(Math.max(1, count - (long) Math.floor(count - count * q)) - 1);
            }
        }
        StringBuilder picks = new StringBuilder();
        for (int p = 0; p < positions.size(); p++) {
            picks.append(p == 0 ? "" : ", ").append("min(v) FILTER (WHERE upto > ").append(positions.get(p))
                    .append(")").append(interpolated ? "" : "::VARCHAR").append(" AS k_").append(p);
        }
        String sql = """
                WITH counted AS (SELECT %s AS v, count(*) AS n FROM %s WHERE %s IS NOT NULL GROUP BY 1),
                placed AS (SELECT v, sum(n) OVER (ORDER BY v ROWS UNBOUNDED PRECEDING) AS upto FROM counted)
                SELECT %s FROM placed""".formatted(value, source, column.sql(), picks);
        Object[] at = new Object[positions.size()];
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            for (int p = 0; p < at.length; p++) {
                at[p] = row.getObject(p + 1);
            }
        }
        if (!interpolated) {
            return new Quantiles(at[0], at[1], at[2], false);
        }
        Object[] q = new Object[QUARTILES.length];
        for (int i = 0; i < q.length; i++) {
            double lower = ((Number) at[2 * i]).doubleValue();
            double upper = ((Number) at[2 * i + 1]).doubleValue();
            double rank = (count - 1) * QUARTILES[i];
            q[i] = scalar(lower == upper ? lower : lower + (rank - Math.floor(rank)) * (upper - lower));
        }
        return new Quantiles(q[0], q[1], q[2], false);
    }

    /**
     * SQL giving the shape of a string: letters become {@code A}, digits {@code 9}, other characters stay; only the
     * first {@value #PATTERN_LENGTH} characters, followed by {@code …} when the value is longer.
     */
    static String pattern(String value) {
        return ("regexp_replace(regexp_replace(left(%1$s, %2$d), '\\p{L}', 'A', 'g'), '\\p{Nd}', '9', 'g')"
                + " || CASE WHEN length(%1$s) > %2$d THEN '…' ELSE '' END").formatted(value, PATTERN_LENGTH);
    }

    /** How a value of the column is returned: numbers and booleans as they are, anything else as text. */
    private static String shown(Column column, String value) {
        return column.kind() == Kind.NUMBER || column.kind() == Kind.BOOLEAN ? value : value + "::VARCHAR";
    }

    /** A JDBC value as a JSON-friendly scalar (see {@link FieldProfile}). */
    static @Nullable Object scalar(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Long n -> n;
            case Integer n -> n.longValue();
            case Short n -> n.longValue();
            case Byte n -> n.longValue();
            case Double n -> Double.isFinite(n) ? n : n.toString();
            case Float n -> Float.isFinite(n) ? n.doubleValue() : n.toString();
            case BigDecimal n -> n;
            case BigInteger n -> n;
            case Boolean b -> b;
            case String text -> abbreviate(text);
            default -> abbreviate(value.toString());
        };
    }

    private static String abbreviate(String text) {
        return text.codePointCount(0, text.length()) <= MAX_TEXT ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
    }

    private static @Nullable Double finite(@Nullable Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }

    /** @param distinct exact number of distinct values, or 0 when only the top values were found */
    private record Frequencies(long distinct, List<ValueCount> top) {
    }

    private record NumberShape(Quantiles quantiles, List<HistogramBin> histogram) {
    }
}
