// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.datakraam.lib.profiling.FieldRoles.CoordinatePair;
import org.jspecify.annotations.Nullable;

/**
 * Runs the checks of {@link CheckResult} on a Parquet file, choosing them per field by the rule in the package
 * description from the file's {@link Profile}.
 *
 * <p>Cost: one scan of the file for every per-value check of every field together (code lists are joined as small
 * in-memory tables; example rows are kept five at a time with {@code min(position, 5)}), plus one query per
 * key-named field and two scans for duplicate rows (rows are grouped by a 64-bit hash of all fields, and only rows
 * whose hash repeats are compared field by field, so the result is exact). Values never leave DuckDB, except the
 * sentinel markers found. Geometry validity costs nothing here: it is taken from the profile, which has read every
 * geometry.
 *
 * <p>Thread-safe: each call opens its own in-memory DuckDB database.
 */
public final class Checks {

    /** Numbers that mark a missing or secret value rather than a measurement (CBS uses the first). */
    static final List<Long> SENTINELS = List.of(-99999999L, -99999998L, -99999997L, -9999999L, -999999L, -99999L,
            -9999L, -999L);

    private static final int EXAMPLES = 5;

    /** The 1-based position of a row in the file, under a name no ingested field has (they never start with _). */
    private static final String ROW = "_datakraam_row";
    private static final String RD_NEW = "%1$s BETWEEN 0 AND 300000 AND %2$s BETWEEN 289000 AND 629000";
    private static final String WGS84_NL = "%1$s BETWEEN 3 AND 7.5 AND %2$s BETWEEN 50.5 AND 53.8";

    private final ProfilingSettings settings;
    private final CodeLists codeLists;

    public Checks(ProfilingSettings settings) {
        this.settings = settings;
        this.codeLists = CodeLists.official();
    }

    /**
     * Checks a Parquet file.
     *
     * @param profile the profile of the same file ({@link Profiler#profile}); it decides which checks apply
     * @return the results: per field in file order (empty field, geometry validity, code domain, sentinel, key
     *     uniqueness), then
     *     coordinates, then duplicate rows
     * @throws ProfilingException when the file cannot be read as Parquet or DuckDB fails
     */
    public List<CheckResult> run(Path parquet, Profile profile) {
        try (Connection connection = DuckDb.open(settings)) {
            loadCodeLists(connection);
            String source = "(SELECT file_row_number + 1 AS " + ROW + ", * EXCLUDE (file_row_number) FROM "
                    + DuckDb.source(parquet, true) + ")";
            List<RowCheck> rowChecks = new ArrayList<>();
            List<FieldProfile> keys = new ArrayList<>();
            for (FieldProfile field : profile.fields()) {
                Optional<Check> domain = FieldRoles.domain(field);
                domain.ifPresent(check -> rowChecks.add(domainCheck(check, field, rowChecks.size())));
                if (field.kind().equals("number")) {
                    rowChecks.add(sentinelCheck(field));
                }
                if (FieldRoles.isKey(field, domain)) {
                    keys.add(field);
                }
            }
            for (CoordinatePair pair : FieldRoles.coordinates(profile.fields())) {
                rowChecks.add(coordinateCheck(pair));
            }
            List<CheckResult> rowResults = runRowChecks(connection, source, rowChecks);
            Map<String, CheckResult> keyResults = new HashMap<>();
            for (FieldProfile key : keys) {
                keyResults.put(key.name(), uniqueness(connection, source, key));
            }

            List<CheckResult> results = new ArrayList<>();
            // Geodata store one geometry in several columns (source CRS, RD, WKT): validity is judged on the first,
            // so that the same shapes do not weigh two or three times in the validity score.
            boolean geometryChecked = false;
            for (FieldProfile field : profile.fields()) {
                if (field.count() == 0 && profile.rowCount() > 0) {
                    results.add(Check.EMPTY_FIELD.result(List.of(field.name()), profile.rowCount(),
                            profile.rowCount(), List.of(), List.of()));
                }
                FieldProfile.GeometrySummary geometry = field.geometry();
                if (geometry != null && !geometryChecked) {
                    geometryChecked = true;
                    results.add(Check.GEOMETRY_VALID.result(List.of(field.name()), field.count(), geometry.invalid(),
                            geometry.invalidRows(), List.of()));
                }
                for (CheckResult result : rowResults) {
                    boolean quietSentinel = result.check().equals(Check.SENTINEL.code())
                            && result.outcome().equals(CheckResult.PASSED);
                    if (result.fields().equals(List.of(field.name())) && !quietSentinel) {
                        results.add(result);
                    }
                }
                Optional.ofNullable(keyResults.get(field.name())).ifPresent(results::add);
            }
            rowResults.stream().filter(result -> result.check().equals(Check.COORDINATES.code()))
                    .forEach(results::add);
            if (profile.rowCount() > 0 && !profile.fields().isEmpty()) {
                results.add(duplicateRows(connection, source, profile));
            }
            return results;
        } catch (SQLException e) {
            throw new ProfilingException("Could not check " + parquet.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A check of each value (or row) on its own, run in the one shared scan.
     *
     * @param applies SQL: the row is tested (the value is present)
     * @param passes  SQL: the tested row passes; evaluated only where {@code applies}
     * @param join    SQL joining a code list table, or null
     * @param markers SQL listing the distinct values found (sentinels), or null
     */
    private record RowCheck(Check check, List<String> fields, String applies, String passes, @Nullable String join,
            @Nullable String markers) {
    }

    private RowCheck domainCheck(Check check, FieldProfile field, int index) {
        String v = "d." + DuckDb.identifier(field.name());
        boolean integer = Column.of(field.name(), field.type()).isInteger();
        String present = v + " IS NOT NULL";
        String text = integer ? v + "::VARCHAR" : v;
        return switch (check) {
            case POSTCODE -> rowCheck(check, field, present, "regexp_full_match(%s, '[1-9][0-9]{3} ?[A-Z]{2}')"
                    .formatted(text));
            case PC4 -> rowCheck(check, field, present, "regexp_full_match(%s, '[1-9][0-9]{3}')".formatted(text));
            case GEMEENTECODE -> {
                String table = "g" + index;
                String code = integer ? "CASE WHEN %1$s BETWEEN 0 AND 9999 THEN lpad(%1$s::VARCHAR, 4, '0') END"
                        .formatted(v) : ("CASE WHEN regexp_full_match(%1$s, 'GM[0-9]{4}') THEN substr(%1$s, 3)"
                        + " WHEN regexp_full_match(%1$s, '[0-9]{4}') THEN %1$s END").formatted(v);
                yield new RowCheck(check, List.of(field.name()), present, table + ".code IS NOT NULL",
                        "LEFT JOIN gemeentecode AS %1$s ON %1$s.code = (%2$s)".formatted(table, code), null);
            }
            case PROVINCIECODE -> {
                String table = "p" + index;
                yield new RowCheck(check, List.of(field.name()), present, table + ".code IS NOT NULL",
                        "LEFT JOIN provinciecode AS %1$s ON %1$s.code = %2$s".formatted(table, v), null);
            }
            case WIJKCODE -> rowCheck(check, field, present, "regexp_full_match(%s, 'WK[0-9]{6}')".formatted(v));
            case BUURTCODE -> rowCheck(check, field, present, "regexp_full_match(%s, 'BU[0-9]{8}')".formatted(v));
            case BSN -> rowCheck(check, field, present, elevenTest(integer
                    ? "CASE WHEN %1$s BETWEEN 0 AND 999999999 THEN lpad(%1$s::VARCHAR, 9, '0') END".formatted(v)
                    : v));
            case IBAN -> rowCheck(check, field, present, mod97("upper(replace(%s, ' ', ''))".formatted(v)));
            default -> throw new IllegalArgumentException(check + " is not a code domain");
        };
    }

    private static RowCheck rowCheck(Check check, FieldProfile field, String applies, String passes) {
        return new RowCheck(check, List.of(field.name()), applies, passes, null, null);
    }

    /**
     * SQL: the text is 9 digits, not all zero, and 9·d1 + 8·d2 + … + 2·d8 − d9 is divisible by 11 (the 11-proef of
     * the BSN).
     */
    static String elevenTest(String text) {
        StringBuilder sum = new StringBuilder();
        for (int position = 1; position <= 9; position++) {
            int weight = position == 9 ? -1 : 10 - position;
            sum.append(position == 1 ? "" : " + ").append(weight).append(" * (ascii(substr(%1$s, ").append(position)
                    .append(", 1)) - 48)");
        }
        return ("CASE WHEN regexp_full_match(%1$s, '[0-9]{9}') AND %1$s <> '000000000' THEN (" + sum
                + ") %% 11 = 0 ELSE false END").formatted(text);
    }

    /**
     * SQL: the text is two letters, two digits and 11 to 30 letters or digits, and the number formed by moving the
     * first four characters to the end and writing each letter as 10 to 35 leaves 1 when divided by 97 (ISO 13616).
     * The number is reduced digit by digit, so it never overflows.
     */
    static String mod97(String text) {
        return ("CASE WHEN regexp_full_match(%1$s, '[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}') THEN list_reduce("
                + "list_transform(string_split(substr(%1$s, 5) || substr(%1$s, 1, 4), ''),"
                + " lambda c: CASE WHEN c BETWEEN 'A' AND 'Z' THEN ascii(c) - 55 ELSE ascii(c) - 48 END),"
                + " lambda r, n: CASE WHEN n >= 10 THEN (r * 100 + n) %% 97 ELSE (r * 10 + n) %% 97 END) = 1"
                + " ELSE false END").formatted(text);
    }

    private static RowCheck sentinelCheck(FieldProfile field) {
        String v = "d." + DuckDb.identifier(field.name());
        String markers = SENTINELS.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new RowCheck(Check.SENTINEL, List.of(field.name()), v + " IS NOT NULL",
                "%s::DOUBLE NOT IN (%s)".formatted(v, markers), null, v + "::DOUBLE::BIGINT::VARCHAR");
    }

    private static RowCheck coordinateCheck(CoordinatePair pair) {
        String x = "d." + DuckDb.identifier(pair.x()) + "::DOUBLE";
        String y = "d." + DuckDb.identifier(pair.y()) + "::DOUBLE";
        return new RowCheck(Check.COORDINATES, List.of(pair.x(), pair.y()), x + " IS NOT NULL AND " + y
                + " IS NOT NULL", (pair.degrees() ? WGS84_NL : RD_NEW).formatted(x, y), null, null);
    }

    /** All row checks in one scan: per check the rows tested, the rows failing and the first five of those. */
    private static List<CheckResult> runRowChecks(Connection connection, String source, List<RowCheck> checks)
            throws SQLException {
        if (checks.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < checks.size(); i++) {
            RowCheck check = checks.get(i);
            String fails = "(%s) AND NOT coalesce((%s), false)".formatted(check.applies(), check.passes());
            sql.append(i == 0 ? "" : ", ")
                    .append("count(*) FILTER (WHERE %s) AS a_%d, ".formatted(check.applies(), i))
                    .append("count(*) FILTER (WHERE %s) AS f_%d, ".formatted(fails, i))
                    .append("min(d.%s, %d) FILTER (WHERE %s) AS e_%d".formatted(ROW, EXAMPLES, fails, i));
            if (check.markers() != null) {
                sql.append(", list(DISTINCT %s) FILTER (WHERE %s) AS m_%d".formatted(check.markers(), fails, i));
            }
            if (check.join() != null) {
                joins.append(' ').append(check.join());
            }
        }
        sql.append(" FROM ").append(source).append(" AS d").append(joins);
        List<CheckResult> results = new ArrayList<>(checks.size());
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql.toString())) {
            row.next();
            for (int i = 0; i < checks.size(); i++) {
                RowCheck check = checks.get(i);
                List<String> markers = check.markers() == null ? List.of()
                        : list(row.getArray("m_" + i), String::valueOf).stream().sorted().toList();
                results.add(check.check().result(check.fields(), row.getLong("a_" + i), row.getLong("f_" + i),
                        list(row.getArray("e_" + i), value -> ((Number) value).longValue()), markers));
            }
        }
        return results;
    }

    /** Repeats of values in a key-named field: the rows whose value occurred in an earlier row. */
    private static CheckResult uniqueness(Connection connection, String source, FieldProfile field)
            throws SQLException {
        String v = DuckDb.identifier(field.name());
        String sql = """
                WITH d AS (SELECT %4$s AS pos, %1$s AS v FROM %2$s WHERE %1$s IS NOT NULL),
                     repeated AS (SELECT v FROM d GROUP BY v HAVING count(*) > 1)
                SELECT count(*) FILTER (WHERE k > 1) AS repeats, min(pos, %3$d) FILTER (WHERE k > 1) AS examples
                FROM (SELECT pos, row_number() OVER (PARTITION BY v ORDER BY pos) AS k
                      FROM d WHERE v IN (SELECT v FROM repeated))""".formatted(v, source, EXAMPLES, ROW);
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return Check.KEY_UNIQUE.result(List.of(field.name()), field.count(), row.getLong("repeats"),
                    list(row.getArray("examples"), value -> ((Number) value).longValue()), List.of());
        }
    }

    /** Rows equal to an earlier row in every field (nulls equal to nulls). */
    private static CheckResult duplicateRows(Connection connection, String source, Profile profile)
            throws SQLException {
        String all = profile.fields().stream().map(field -> DuckDb.identifier(field.name()))
                .collect(Collectors.joining(", "));
        String sql = """
                WITH hashed AS (SELECT hash(%1$s) AS h FROM %2$s),
                     repeated AS (SELECT h FROM hashed GROUP BY h HAVING count(*) > 1),
                     candidates AS (SELECT * FROM %2$s WHERE hash(%1$s) IN (SELECT h FROM repeated))
                SELECT count(*) FILTER (WHERE k > 1) AS repeats, min(pos, %3$d) FILTER (WHERE k > 1) AS examples
                FROM (SELECT %4$s AS pos, row_number() OVER (PARTITION BY %1$s ORDER BY %4$s) AS k
                      FROM candidates)""".formatted(all, source, EXAMPLES, ROW);
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return Check.DUPLICATE_ROWS.result(List.of(), profile.rowCount(), row.getLong("repeats"),
                    list(row.getArray("examples"), value -> ((Number) value).longValue()), List.of());
        }
    }

    private void loadCodeLists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE gemeentecode (code VARCHAR PRIMARY KEY)");
            statement.execute("CREATE TEMP TABLE provinciecode (code VARCHAR PRIMARY KEY)");
            statement.execute("INSERT INTO gemeentecode VALUES " + values(codeLists.gemeentecodes()));
            statement.execute("INSERT INTO provinciecode VALUES " + values(codeLists.provinciecodes()));
        }
    }

    private static String values(Set<String> codes) {
        return codes.stream().map(code -> "(" + DuckDb.literal(code) + ")").collect(Collectors.joining(", "));
    }

    private static <T> List<T> list(@Nullable Array array, Function<Object, T> element) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(element).toList();
    }
}
