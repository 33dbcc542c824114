// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;
import nl.datakraam.lib.geo.Reprojection;
import nl.datakraam.privacy.anonymise.FieldOperation.AgeBand;
import nl.datakraam.privacy.anonymise.FieldOperation.DatePrecision;
import nl.datakraam.privacy.anonymise.FieldOperation.Drop;
import nl.datakraam.privacy.anonymise.FieldOperation.GeneraliseDate;
import nl.datakraam.privacy.anonymise.FieldOperation.GridCell;
import nl.datakraam.privacy.anonymise.FieldOperation.PostcodeToPc4;
import nl.datakraam.privacy.anonymise.FieldOperation.Pseudonymise;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Applies an {@link AnonymisationPlan} to a Parquet file with DuckDB: the field operations are one SELECT list over
 * {@code read_parquet} (identifiers quoted, literals escaped), k-anonymity is a window count per equivalence class
 * followed by a filter, and the result is written with {@code COPY … (FORMAT parquet)}. So the work streams through
 * DuckDB in bounded memory (spilling to the temporary directory) whatever the file's size; only the distinct values
 * of pseudonymised fields and the distinct coordinate pairs of a grid in degrees pass through Java (HMAC and
 * reprojection), in chunks of {@value #CHUNK} values. Row order is kept.
 *
 * <p>Each call opens its own in-memory DuckDB; an instance holds only the key and the settings and is thread-safe.
 */
public final class Anonymiser {

    private static final int CHUNK = 100_000;
    private static final int INSERT_BATCH = 500;
    private static final String ROW = "__datakraam_row";
    private static final String COUNT = "__datakraam_n";
    /** The geometry fields ingest writes to GeoParquet (WKB, bounding boxes, WKT), which hold exact locations. */
    private static final java.util.Set<String> GEOMETRY_FIELDS = java.util.Set.of("geometry", "geometry_rd",
            "geometry_wkt", "bbox", "bbox_rd");

    /**
     * Limits of the DuckDB each call opens.
     *
     * @param memoryLimitMegabytes DuckDB's {@code memory_limit}
     * @param threads              DuckDB's {@code threads}
     * @param temporaryDirectory   where DuckDB spills; null for its default
     */
    public record Settings(int memoryLimitMegabytes, int threads, @Nullable Path temporaryDirectory) {
    }

    private final PseudonymKey key;
    private final Settings settings;

    public Anonymiser(PseudonymKey key, Settings settings) {
        this.key = key;
        this.settings = settings;
    }

    /**
     * What the plan would do to {@code source}, with its first {@code sampleRows} output rows; nothing is written.
     *
     * @throws AnonymisationException when the plan does not fit the file's fields (see its codes)
     * @throws SQLException when DuckDB cannot read the file
     */
    public Preview preview(Path source, AnonymisationPlan plan, int sampleRows) throws SQLException {
        return run(source, plan, sampleRows, null);
    }

    /**
     * Writes the anonymised table of {@code source} to {@code target} (Parquet, overwritten) and says what it did.
     *
     * @throws AnonymisationException when the plan does not fit the file's fields; nothing is written then
     * @throws SQLException when DuckDB cannot read the file or write the target
     */
    public Preview apply(Path source, AnonymisationPlan plan, Path target) throws SQLException {
        return run(source, plan, 0, target);
    }

    /**
     * Small-cell suppression of an aggregated table in a Parquet file ({@link SmallCellSuppression}): the counts in
     * {@code countField} summed per value of {@code rowField} and {@code columnField} (a combination that does not
     * occur counts 0) form a two-way table, which is protected and written to {@code target} in long form: one row per
     * cell and per total, with the fields {@code rowField} and {@code columnField} (VARCHAR; null in a total's row —
     * the row total has a null column, the column total a null row, the grand total both), {@code countField} (BIGINT,
     * null where suppressed) and {@code suppression} ({@code primary}, {@code secondary} or null). Rows and columns
     * are in ascending order of their values (a null value as the text {@code (leeg)}).
     *
     * @throws AnonymisationException {@code field-unknown} for a missing field, {@code field-type} for a count that is
     *     not a whole number, {@code cells-invalid} for more than 10,000 cells or a negative count,
     *     {@code threshold-range}
     * @throws SQLException when DuckDB cannot read the file or write the target
     */
    public SmallCellSuppression.Result suppressCells(Path source, String rowField, String columnField,
            String countField, int threshold, Path target) throws SQLException {
        try (Connection connection = open()) {
            Map<String, String> fields = describe(connection, source);
            for (String field : List.of(rowField, columnField, countField)) {
                if (!fields.containsKey(field)) {
                    throw new AnonymisationException("field-unknown", Map.of("field", field), "The table has no"
                            + " field " + field + "; its fields are: " + String.join(", ", fields.keySet()) + ".");
                }
            }
            if (!fields.get(countField).toUpperCase(Locale.ROOT).matches("U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?")) {
                throw new AnonymisationException("field-type", Map.of("field", countField, "type",
                        fields.get(countField), "operation", "small-cells", "expected", "whole number"),
                        "The counts must be whole numbers; " + countField + " is " + fields.get(countField) + ".");
            }
            String empty = "'(leeg)'";
            String r = "coalesce(CAST(" + identifier(rowField) + " AS VARCHAR), " + empty + ")";
            String c = "coalesce(CAST(" + identifier(columnField) + " AS VARCHAR), " + empty + ")";
            List<String> rows = strings(connection, "SELECT DISTINCT " + r + " AS v FROM read_parquet("
                    + literal(source.toAbsolutePath().toString()) + ") ORDER BY v");
            List<String> columns = strings(connection, "SELECT DISTINCT " + c + " AS v FROM read_parquet("
                    + literal(source.toAbsolutePath().toString()) + ") ORDER BY v");
            if ((long) rows.size() * columns.size() > 10_000) {
                throw new AnonymisationException("cells-invalid", Map.of("max", 10_000), "The table has more than"
                        + " 10000 cells; small-cell suppression is for published tables.");
            }
            long[][] cells = new long[rows.size()][columns.size()];
            try (Statement statement = connection.createStatement();
                    ResultSet sums = statement.executeQuery("SELECT " + r + ", " + c + ", CAST(sum("
                            + identifier(countField) + ") AS BIGINT) FROM read_parquet("
                            + literal(source.toAbsolutePath().toString()) + ") GROUP BY ALL")) {
                while (sums.next()) {
                    cells[rows.indexOf(sums.getString(1))][columns.indexOf(sums.getString(2))] = sums.getLong(3);
                }
            }
            SmallCellSuppression.Result result = SmallCellSuppression.suppress(cells, threshold);
            execute(connection, "CREATE TEMP TABLE cells_out (r VARCHAR, c VARCHAR, n BIGINT, s VARCHAR)");
            try (Inserter inserter = new Inserter(connection, "cells_out", 4)) {
                for (int i = 0; i <= rows.size(); i++) {
                    for (int j = 0; j <= columns.size(); j++) {
                        boolean suppressed = result.suppressed(i, j);
                        inserter.add(i < rows.size() ? rows.get(i) : null, j < columns.size() ? columns.get(j) : null,
                                suppressed ? null : result.counts()[i][j], suppressed
                                        ? result.status()[i][j].name().toLowerCase(Locale.ROOT) : null);
                    }
                }
            }
            execute(connection, "COPY (SELECT r AS " + identifier(rowField) + ", c AS " + identifier(columnField)
                    + ", n AS " + identifier(countField) + ", s AS suppression FROM cells_out ORDER BY rowid) TO "
                    + literal(target.toAbsolutePath().toString()) + " (FORMAT parquet)");
            return result;
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    /**
     * The fields of a Parquet file with their DuckDB types, in order.
     *
     * @throws SQLException when the file cannot be read
     */
    public Map<String, String> fields(Path source) throws SQLException {
        try (Connection connection = open()) {
            return describe(connection, source);
        }
    }

    private Preview run(Path source, AnonymisationPlan plan, int sampleRows, @Nullable Path target)
            throws SQLException {
        try (Connection connection = open()) {
            Map<String, String> fields = describe(connection, source);
            List<String> output = check(plan, fields);
            Map<FieldOperation, String> joins = new LinkedHashMap<>();
            int n = 0;
            for (FieldOperation operation : plan.operations()) {
                String table = "map_" + n++;
                if (operation instanceof Pseudonymise p) {
                    pseudonyms(connection, source, p, table);
                    joins.put(operation, table);
                } else if (operation instanceof GridCell g && g.epsg() != Reprojection.RD_NEW) {
                    cells(connection, source, g, table);
                    joins.put(operation, table);
                }
            }
            execute(connection, "CREATE TEMP TABLE anonymised_t AS " + transform(source, plan, fields, joins));
            List<String> qis = plan.quasiIdentifiers();
            long rows = single(connection, "SELECT count(*) FROM anonymised_t");
            long classesBefore = 0;
            long kBefore = 0;
            if (qis.isEmpty()) {
                execute(connection, "CREATE TEMP TABLE anonymised_o AS SELECT * FROM anonymised_t");
            } else {
                long[] before = longs(connection, "SELECT count(*), coalesce(min(n), 0) FROM (SELECT count(*) AS n"
                        + " FROM anonymised_t GROUP BY " + identifiers(qis) + ")", 2);
                classesBefore = before[0];
                kBefore = before[1];
                execute(connection, "CREATE TEMP TABLE anonymised_o AS " + suppression(plan));
            }
            long kept = single(connection, "SELECT count(*) FROM anonymised_o");
            long blanked = 0;
            long classes = 0;
            long k = 0;
            long discernibility = 0;
            Double average = null;
            if (!qis.isEmpty()) {
                long[] after = longs(connection, "SELECT count(*), coalesce(min(n), 0), coalesce(sum(n * n), 0) FROM"
                        + " (SELECT count(*) AS n FROM anonymised_o GROUP BY " + identifiers(qis) + ")", 3);
                classes = after[0];
                k = after[1];
                discernibility = after[2] + (rows - kept) * rows;
                average = classes == 0 ? null : (double) kept / classes / plan.k();
                if (plan.suppression() == AnonymisationPlan.Suppression.BLANK_QUASI_IDENTIFIERS) {
                    blanked = single(connection, "SELECT count(*) FROM anonymised_o WHERE " + COUNT + " < "
                            + plan.k());
                }
            }
            List<Preview.FieldLoss> losses = losses(connection, source, plan);
            String result = "SELECT " + identifiers(output) + " FROM anonymised_o ORDER BY " + ROW;
            List<List<@Nullable Object>> sample = sampleRows <= 0 ? List.of()
                    : sample(connection, result + " LIMIT " + sampleRows, output.size());
            if (target != null) {
                execute(connection, "COPY (" + result + ") TO " + literal(target.toAbsolutePath().toString())
                        + " (FORMAT parquet)");
            }
            return new Preview(rows, kept, rows - kept, blanked, rows == 0 ? 0 : (double) (rows - kept) / rows,
                    classesBefore, kBefore, classes, k, discernibility, average, losses, output, sample);
        }
    }

    /**
     * The output fields in order, after checking the plan against the file's fields.
     *
     * @throws AnonymisationException for an unknown field, a field named by two operations, a type the operation
     *     cannot take, a duplicate output name, a quasi-identifier that is not an output field, or
     *     ({@code geometry-remains}) a grid cell while an exact geometry field of GeoParquet stays
     */
    public static List<String> check(AnonymisationPlan plan, Map<String, String> fields) {
        Map<String, FieldOperation> bySource = new HashMap<>();
        for (FieldOperation operation : plan.operations()) {
            for (String field : operation.sourceFields()) {
                String type = fields.get(field);
                if (type == null) {
                    throw new AnonymisationException("field-unknown", Map.of("field", field), "The table has no"
                            + " field " + field + "; its fields are: " + String.join(", ", fields.keySet()) + ".");
                }
                if (bySource.put(field, operation) != null) {
                    throw new AnonymisationException("field-twice", Map.of("field", field),
                            field + " is named by more than one operation; give each field one.");
                }
                String expected = expectedType(operation);
                if (expected != null && !typeFits(expected, type)) {
                    throw new AnonymisationException("field-type", Map.of("field", field, "type", type,
                            "operation", operation.code(), "expected", expected), operation.code() + " needs a "
                            + expected + " field; " + field + " is " + type + ".");
                }
            }
        }
        List<String> output = new ArrayList<>();
        for (String field : fields.keySet()) {
            FieldOperation operation = bySource.get(field);
            if (operation == null) {
                output.add(field);
            } else if (operation.sourceFields().getFirst().equals(field)) {
                output.addAll(operation.outputFields());
            }
        }
        List<String> seen = new ArrayList<>();
        for (String field : output) {
            if (seen.contains(field)) {
                throw new AnonymisationException("field-twice", Map.of("field", field),
                        "The anonymised table would have two fields named " + field + "; choose another name.");
            }
            seen.add(field);
        }
        if (plan.operations().stream().anyMatch(GridCell.class::isInstance)) {
            List<String> exact = output.stream().filter(GEOMETRY_FIELDS::contains).toList();
            if (!exact.isEmpty()) {
                throw new AnonymisationException("geometry-remains", Map.of("field", exact.getFirst(), "fields",
                        exact), "The coordinates go to a grid cell, but the exact geometry stays in "
                        + String.join(", ", exact) + "; drop those fields too.");
            }
        }
        List<String> distinctQis = new ArrayList<>();
        for (String qi : plan.quasiIdentifiers()) {
            if (!output.contains(qi) || distinctQis.contains(qi)) {
                throw new AnonymisationException("qi-unknown", Map.of("field", qi), "The quasi-identifier " + qi
                        + " is not a field of the anonymised table (once); its fields are: " + String.join(", ",
                        output) + ".");
            }
            distinctQis.add(qi);
        }
        return output;
    }

    private static @Nullable String expectedType(FieldOperation operation) {
        return switch (operation) {
            case GeneraliseDate d -> "date";
            case AgeBand a -> "number";
            case PostcodeToPc4 p -> "text";
            case GridCell g -> "number";
            case Drop d -> null;
            case Pseudonymise p -> null;
        };
    }

    private static boolean typeFits(String expected, String duckType) {
        String type = duckType.toUpperCase(Locale.ROOT);
        return switch (expected) {
            case "date" -> type.startsWith("DATE") || type.startsWith("TIMESTAMP");
            case "number" -> type.matches("(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|DOUBLE|REAL|DECIMAL.*)");
            case "text" -> type.equals("VARCHAR");
            default -> false;
        };
    }

    /** The SELECT of the field operations, with the source row number as {@value #ROW}. */
    static String transform(Path source, AnonymisationPlan plan, Map<String, String> fields,
            Map<FieldOperation, String> joins) {
        Map<String, FieldOperation> bySource = new HashMap<>();
        plan.operations().forEach(o -> o.sourceFields().forEach(f -> bySource.put(f, o)));
        StringJoiner select = new StringJoiner(", ");
        for (String field : fields.keySet()) {
            FieldOperation operation = bySource.get(field);
            if (operation == null) {
                select.add("s." + identifier(field));
            } else if (operation.sourceFields().getFirst().equals(field)) {
                expressions(operation, joins.get(operation)).forEach(select::add);
            }
        }
        select.add("s.file_row_number AS " + ROW);
        StringBuilder sql = new StringBuilder("SELECT ").append(select).append(" FROM read_parquet(")
                .append(literal(source.toAbsolutePath().toString())).append(", file_row_number = true) AS s");
        joins.forEach((operation, table) -> {
            if (operation instanceof Pseudonymise p) {
                sql.append(" LEFT JOIN ").append(table).append(" ON ").append(table).append(".value = CAST(s.")
                        .append(identifier(p.field())).append(" AS VARCHAR)");
            } else if (operation instanceof GridCell g) {
                sql.append(" LEFT JOIN ").append(table).append(" ON ").append(table).append(".x = CAST(s.")
                        .append(identifier(g.xField())).append(" AS DOUBLE) AND ").append(table)
                        .append(".y = CAST(s.").append(identifier(g.yField())).append(" AS DOUBLE)");
            }
        });
        return sql.toString();
    }

    private static List<String> expressions(FieldOperation operation, @Nullable String table) {
        return switch (operation) {
            case Drop d -> List.of();
            case Pseudonymise p -> List.of(table + ".pseudonym AS " + identifier(p.field()));
            case GeneraliseDate d -> {
                String date = "CAST(s." + identifier(d.field()) + " AS DATE)";
                yield List.of((d.precision() == DatePrecision.MONTH ? "strftime(" + date + ", '%Y-%m')"
                        : "CAST(year(" + date + ") AS INTEGER)") + " AS " + identifier(d.field()));
            }
            case AgeBand a -> List.of(ageBands(a) + " AS " + identifier(a.field()));
            case PostcodeToPc4 p -> {
                String compact = "replace(upper(trim(s." + identifier(p.field()) + ")), ' ', '')";
                yield List.of("CASE WHEN regexp_full_match(" + compact + ", '[1-9][0-9]{3}([A-Z]{2})?') THEN left("
                        + compact + ", 4) END AS " + identifier(p.field()));
            }
            case GridCell g -> gridCell(g, table);
        };
    }

    private static String ageBands(AgeBand band) {
        String value = "floor(CAST(s." + identifier(band.field()) + " AS DOUBLE))";
        List<Integer> bounds = band.lowerBounds();
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = bounds.size() - 1; i >= 0; i--) {
            String label = i == bounds.size() - 1 ? bounds.get(i) + "+" : bounds.get(i) + "-" + (bounds.get(i + 1) - 1);
            sql.append(" WHEN ").append(value).append(" >= ").append(bounds.get(i)).append(" THEN ")
                    .append(literal(label));
        }
        return sql.append(" END").toString();
    }

    private static List<String> gridCell(GridCell g, @Nullable String table) {
        String x = "CAST(s." + identifier(g.xField()) + " AS DOUBLE)";
        String y = "CAST(s." + identifier(g.yField()) + " AS DOUBLE)";
        int size = g.sizeMetres();
        if (table != null) {
            return g.cellField() == null
                    ? List.of(table + ".cx AS " + identifier(g.xField()), table + ".cy AS " + identifier(g.yField()))
                    : List.of(table + ".code AS " + identifier(g.cellField()));
        }
        String xLow = "floor(" + x + " / " + size + ") * " + size;
        String yLow = "floor(" + y + " / " + size + ") * " + size;
        String bothPresent = "CASE WHEN " + x + " IS NULL OR " + y + " IS NULL THEN NULL ELSE ";
        if (g.cellField() == null) {
            return List.of(bothPresent + xLow + " + " + (size / 2.0) + " END AS " + identifier(g.xField()),
                    bothPresent + yLow + " + " + (size / 2.0) + " END AS " + identifier(g.yField()));
        }
        return List.of(bothPresent + "'CRS28992RES" + size + "mN' || CAST(" + yLow + " AS BIGINT) || 'E' || CAST("
                + xLow + " AS BIGINT) END AS " + identifier(g.cellField()));
    }

    /** The k-anonymity step over {@code anonymised_t}: rows with the class size as {@value #COUNT}. */
    private static String suppression(AnonymisationPlan plan) {
        String qis = identifiers(plan.quasiIdentifiers());
        String counted = "SELECT *, count(*) OVER (PARTITION BY " + qis + ") AS " + COUNT + " FROM anonymised_t";
        if (plan.suppression() == AnonymisationPlan.Suppression.DROP_ROWS) {
            return "SELECT * FROM (" + counted + ") WHERE " + COUNT + " >= " + plan.k();
        }
        StringJoiner blank = new StringJoiner(", ");
        for (String qi : plan.quasiIdentifiers()) {
            blank.add("CASE WHEN " + COUNT + " < " + plan.k() + " THEN NULL ELSE " + identifier(qi) + " END AS "
                    + identifier(qi));
        }
        String blanked = "SELECT * REPLACE (" + blank + ") FROM (" + counted + ")";
        return "SELECT * EXCLUDE (__datakraam_m) FROM (SELECT *, count(*) OVER (PARTITION BY " + qis
                + ") AS __datakraam_m FROM (" + blanked + ")) WHERE __datakraam_m >= " + plan.k();
    }

    private List<Preview.FieldLoss> losses(Connection connection, Path source, AnonymisationPlan plan)
            throws SQLException {
        List<Preview.FieldLoss> losses = new ArrayList<>();
        String file = "read_parquet(" + literal(source.toAbsolutePath().toString()) + ")";
        for (FieldOperation operation : plan.operations()) {
            if (operation instanceof Pseudonymise) {
                continue;
            }
            String before = distinct(operation.sourceFields());
            long distinctBefore = single(connection, "SELECT " + before + " FROM " + file);
            long distinctAfter = operation.outputFields().isEmpty() ? 0
                    : single(connection, "SELECT " + distinct(operation.outputFields()) + " FROM anonymised_o");
            losses.add(new Preview.FieldLoss(operation.code(), operation.sourceFields(), distinctBefore,
                    distinctAfter));
        }
        return losses;
    }

    /** count(DISTINCT …) of non-null values (of rows where all are non-null, for a pair). */
    private static String distinct(List<String> fields) {
        if (fields.size() == 1) {
            return "count(DISTINCT " + identifier(fields.getFirst()) + ")";
        }
        StringJoiner present = new StringJoiner(" AND ");
        fields.forEach(f -> present.add(identifier(f) + " IS NOT NULL"));
        return "count(DISTINCT (" + identifiers(fields) + ")) FILTER (WHERE " + present + ")";
    }

    /** Fills {@code table} (value, pseudonym) with the pseudonyms of the field's distinct values. */
    private void pseudonyms(Connection connection, Path source, Pseudonymise p, String table) throws SQLException {
        execute(connection, "CREATE TEMP TABLE " + table + "_d AS SELECT DISTINCT CAST(" + identifier(p.field())
                + " AS VARCHAR) AS value FROM read_parquet(" + literal(source.toAbsolutePath().toString())
                + ") WHERE " + identifier(p.field()) + " IS NOT NULL");
        execute(connection, "CREATE TEMP TABLE " + table + " (value VARCHAR, pseudonym VARCHAR)");
        long count = single(connection, "SELECT count(*) FROM " + table + "_d");
        try (Inserter inserter = new Inserter(connection, table, 2)) {
            for (long from = 0; from < count; from += CHUNK) {
                try (Statement statement = connection.createStatement();
                        ResultSet values = statement.executeQuery("SELECT value FROM " + table + "_d WHERE rowid >= "
                                + from + " AND rowid < " + (from + CHUNK))) {
                    List<String> chunk = new ArrayList<>();
                    while (values.next()) {
                        chunk.add(values.getString(1));
                    }
                    for (String value : chunk) {
                        inserter.add(value, key.pseudonym(p.domain(), value));
                    }
                }
            }
        }
        execute(connection, "DROP TABLE " + table + "_d");
    }

    /** Fills {@code table} (x, y, cx, cy, code) with the RD cell of each distinct coordinate pair in degrees. */
    private void cells(Connection connection, Path source, GridCell g, String table) throws SQLException {
        String x = "CAST(" + identifier(g.xField()) + " AS DOUBLE)";
        String y = "CAST(" + identifier(g.yField()) + " AS DOUBLE)";
        execute(connection, "CREATE TEMP TABLE " + table + "_d AS SELECT DISTINCT " + x + " AS x, " + y + " AS y FROM"
                + " read_parquet(" + literal(source.toAbsolutePath().toString()) + ") WHERE " + x + " IS NOT NULL AND "
                + y + " IS NOT NULL");
        execute(connection, "CREATE TEMP TABLE " + table + " (x DOUBLE, y DOUBLE, cx DOUBLE, cy DOUBLE, code VARCHAR)");
        long count = single(connection, "SELECT count(*) FROM " + table + "_d");
        Reprojection toRd = Reprojection.of(g.epsg(), Reprojection.RD_NEW);
        Reprojection back = Reprojection.of(Reprojection.RD_NEW, g.epsg());
        GeometryFactory factory = new GeometryFactory();
        int size = g.sizeMetres();
        try (Inserter inserter = new Inserter(connection, table, 5)) {
            for (long from = 0; from < count; from += CHUNK) {
                List<double[]> chunk = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet pairs = statement.executeQuery("SELECT x, y FROM " + table + "_d WHERE rowid >= "
                                + from + " AND rowid < " + (from + CHUNK))) {
                    while (pairs.next()) {
                        chunk.add(new double[] {pairs.getDouble(1), pairs.getDouble(2)});
                    }
                }
                for (double[] pair : chunk) {
                    Geometry rd = toRd.apply(factory.createPoint(new Coordinate(pair[0], pair[1])));
                    double xLow = Math.floor(rd.getCoordinate().x / size) * size;
                    double yLow = Math.floor(rd.getCoordinate().y / size) * size;
                    Geometry centre = back.apply(factory.createPoint(new Coordinate(xLow + size / 2.0,
                            yLow + size / 2.0)));
                    inserter.add(pair[0], pair[1], round6(centre.getCoordinate().x), round6(centre.getCoordinate().y),
                            "CRS28992RES" + size + "mN" + (long) yLow + "E" + (long) xLow);
                }
            }
        }
        execute(connection, "DROP TABLE " + table + "_d");
    }

    private static double round6(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** Multi-row INSERTs of {@value #INSERT_BATCH} rows, the last one shorter. */
    private static final class Inserter implements AutoCloseable {
        private final Connection connection;
        private final String table;
        private final int width;
        private final List<@Nullable Object> pending = new ArrayList<>();
        private @Nullable PreparedStatement full;

        Inserter(Connection connection, String table, int width) {
            this.connection = connection;
            this.table = table;
            this.width = width;
        }

        void add(@Nullable Object... values) throws SQLException {
            pending.addAll(java.util.Arrays.asList(values));
            if (pending.size() == INSERT_BATCH * width) {
                if (full == null) {
                    full = connection.prepareStatement(statement(INSERT_BATCH));
                }
                flush(full);
            }
        }

        private String statement(int rows) {
            String row = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
            return "INSERT INTO " + table + " VALUES " + String.join(", ", java.util.Collections.nCopies(rows, row));
        }

        private void flush(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < pending.size(); i++) {
                statement.setObject(i + 1, pending.get(i));
            }
            statement.executeUpdate();
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            try {
                if (!pending.isEmpty()) {
                    try (PreparedStatement rest = connection.prepareStatement(statement(pending.size() / width))) {
                        flush(rest);
                    }
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
        }
    }

    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:", new Properties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + settings.memoryLimitMegabytes() + "MB'");
            statement.execute("SET threads = " + settings.threads());
            statement.execute("SET TimeZone = 'UTC'");
            if (settings.temporaryDirectory() != null) {
                statement.execute("SET temp_directory = " + literal(settings.temporaryDirectory().toString()));
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static Map<String, String> describe(Connection connection, Path source) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet("
                        + literal(source.toAbsolutePath().toString()) + ")")) {
            while (rows.next()) {
                fields.put(rows.getString("column_name"), rows.getString("column_type"));
            }
        }
        return fields;
    }

    private static List<List<@Nullable Object>> sample(Connection connection, String sql, int width)
            throws SQLException {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<@Nullable Object> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    Object value = result.getObject(i);
                    row.add(switch (value) {
                        case null -> null;
                        case Number number -> number;
                        case Boolean bool -> bool;
                        case byte[] bytes -> "(" + bytes.length + " bytes)";
                        case java.sql.Blob blob -> "(binary)";
                        default -> value.toString();
                    });
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        return longs(connection, sql, 1)[0];
    }

    private static long[] longs(Connection connection, String sql, int count) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            long[] values = new long[count];
            for (int i = 0; i < count; i++) {
                values[i] = result.getLong(i + 1);
            }
            return values;
        }
    }

    private static String identifiers(List<String> names) {
        StringJoiner joined = new StringJoiner(", ");
        names.forEach(n -> joined.add(identifier(n)));
        return joined.toString();
    }

    /** A DuckDB identifier, double-quoted, inner quotes doubled. */
    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A DuckDB string literal, single-quoted, inner quotes doubled. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
