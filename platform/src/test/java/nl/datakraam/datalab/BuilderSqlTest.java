// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datakraam.datalab.BuilderQuery.Aggregate;
import nl.datakraam.datalab.BuilderQuery.DatePart;
import nl.datakraam.datalab.BuilderQuery.Filter;
import nl.datakraam.datalab.BuilderQuery.Group;
import nl.datakraam.datalab.BuilderQuery.Measure;
import nl.datakraam.datalab.BuilderQuery.Operator;
import nl.datakraam.datalab.BuilderQuery.Sort;
import nl.datakraam.shared.DatalabCode;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The builder's SQL: quoted identifiers, typed and escaped literals, one expression per operator and measure, and
 * clear refusals. The SQL is also run on an in-memory DuckDB over this table, so that "inert" means inert:
 *
 * <pre>
 *  naam        gemeente  inwoners  oppervlakte  gemeten_op   actief
 *  ----------  --------  --------  -----------  -----------  ------
 *  Appingedam  GM0003    11801     24.56        2020-09-15   true
 *  Delfzijl    GM0010    24716     133.08       2020-09-15   true
 *  O'Brien     GM9999    1         0.5          2021-01-31   false
 *  (null)      GM0014    null      null         null         null
 * </pre>
 */
class BuilderSqlTest {

    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("naam", "string");
        FIELDS.put("gemeente", "string");
        FIELDS.put("inwoners", "integer");
        FIELDS.put("oppervlakte", "number");
        FIELDS.put("gemeten_op", "date");
        FIELDS.put("actief", "boolean");
        FIELDS.put("x\"; DROP TABLE t; --", "string");
    }

    private static BuilderQuery where(Filter... filters) {
        return new BuilderQuery("tabel", List.of(filters), List.of(), List.of(new Measure(Aggregate.COUNT, null)),
                null, null);
    }

    @Test
    void groupsAndMeasuresWithQuotedIdentifiers() {
        var query = new BuilderQuery("rivm \"x\"", List.of(), List.of(new Group("gemeente", null)),
                List.of(new Measure(Aggregate.SUM, "inwoners")), new Sort("som_inwoners", true), 10);
        assertThat(BuilderSql.sql(query, FIELDS)).isEqualTo("""
                SELECT "gemeente", sum("inwoners") AS "som_inwoners"
                FROM "rivm ""x\"\"\"
                GROUP BY "gemeente"
                ORDER BY "som_inwoners" DESC NULLS LAST
                LIMIT 10""");
    }

    @Test
    void everyOperatorHasItsExpression() {
        Map<Operator, String> expected = Map.of(
                Operator.EQ, "\"inwoners\" = 12",
                Operator.NE, "(\"inwoners\" <> 12 OR \"inwoners\" IS NULL)",
                Operator.LT, "\"inwoners\" < 12",
                Operator.LE, "\"inwoners\" <= 12",
                Operator.GT, "\"inwoners\" > 12",
                Operator.GE, "\"inwoners\" >= 12",
                Operator.EMPTY, "\"inwoners\" IS NULL",
                Operator.NOT_EMPTY, "\"inwoners\" IS NOT NULL",
                Operator.BETWEEN, "\"inwoners\" BETWEEN 12 AND 20");
        expected.forEach((operator, condition) -> assertThat(BuilderSql.sql(where(new Filter("inwoners", operator,
                "12", "20")), FIELDS)).as(operator.code()).contains("WHERE " + condition + "\n"));
        assertThat(BuilderSql.sql(where(new Filter("naam", Operator.CONTAINS, "dam", null)), FIELDS))
                .contains("WHERE contains(lower(\"naam\"), lower('dam'))");
        assertThat(BuilderSql.sql(where(new Filter("naam", Operator.EMPTY, null, null)), FIELDS))
                .contains("WHERE (\"naam\" IS NULL OR \"naam\" = '')");
        assertThat(BuilderSql.sql(where(new Filter("naam", Operator.NOT_EMPTY, null, null)), FIELDS))
                .contains("WHERE (\"naam\" IS NOT NULL AND \"naam\" <> '')");
    }

    @Test
    void valuesBecomeLiteralsOfTheFieldsType() {
        assertThat(BuilderSql.sql(where(new Filter("oppervlakte", Operator.GT, "24,5", null)), FIELDS))
                .contains("\"oppervlakte\" > 24.5");
        assertThat(BuilderSql.sql(where(new Filter("gemeten_op", Operator.GE, "2020-09-15", null)), FIELDS))
                .contains("\"gemeten_op\" >= DATE '2020-09-15'");
        assertThat(BuilderSql.sql(where(new Filter("actief", Operator.EQ, "ja", null)), FIELDS))
                .contains("\"actief\" = TRUE");
        assertThat(BuilderSql.sql(where(new Filter("naam", Operator.EQ, "O'Brien", null)), FIELDS))
                .contains("\"naam\" = 'O''Brien'");
        var moments = new LinkedHashMap<>(FIELDS);
        moments.put("tijd", "datetime");
        assertThat(BuilderSql.sql(where(new Filter("tijd", Operator.EQ, "2020-09-15 10:00:00", null)), moments))
                .contains("\"tijd\" = TIMESTAMP '2020-09-15 10:00:00.000000'");
        assertThat(BuilderSql.sql(where(new Filter("tijd", Operator.LT, "2020-09-15T10:00", null)), moments))
                .contains("\"tijd\" < TIMESTAMP '2020-09-15 10:00:00.000000'");
    }

    @ParameterizedTest
    @EnumSource(Aggregate.class)
    void everyMeasureHasItsExpressionAndColumn(Aggregate aggregate) {
        var query = new BuilderQuery("t", List.of(), List.of(), List.of(new Measure(aggregate, "inwoners")), null,
                null);
        String expected = switch (aggregate) {
            case COUNT -> "count(\"inwoners\") AS \"aantal_inwoners\"";
            case COUNT_DISTINCT -> "count(DISTINCT \"inwoners\") AS \"aantal_uniek_inwoners\"";
            case SUM -> "sum(\"inwoners\") AS \"som_inwoners\"";
            case AVG -> "avg(\"inwoners\") AS \"gemiddelde_inwoners\"";
            case MIN -> "min(\"inwoners\") AS \"min_inwoners\"";
            case MAX -> "max(\"inwoners\") AS \"max_inwoners\"";
        };
        assertThat(BuilderSql.sql(query, FIELDS)).startsWith("SELECT " + expected + "\nFROM \"t\"");
    }

    @Test
    void datesGroupByYearAndMonth() {
        var query = new BuilderQuery("t", List.of(), List.of(new Group("gemeten_op", DatePart.YEAR),
                new Group("gemeten_op", DatePart.MONTH)), List.of(new Measure(Aggregate.COUNT, null),
                new Measure(Aggregate.COUNT, null)), null, null);
        assertThat(BuilderSql.columns(query, FIELDS)).containsExactly("gemeten_op_jaar", "gemeten_op_maand",
                "aantal", "aantal_2");
        assertThat(BuilderSql.sql(query, FIELDS)).contains("year(\"gemeten_op\") AS \"gemeten_op_jaar\"",
                "strftime(\"gemeten_op\", '%Y-%m') AS \"gemeten_op_maand\"",
                "GROUP BY year(\"gemeten_op\"), strftime(\"gemeten_op\", '%Y-%m')",
                "ORDER BY \"gemeten_op_jaar\", \"gemeten_op_maand\"");
    }

    @Test
    void withoutGroupsAndMeasuresTheRowsThemselves() {
        var query = new BuilderQuery("t", List.of(), List.of(), List.of(), null, 5);
        assertThat(BuilderSql.sql(query, FIELDS)).startsWith("SELECT \"naam\", \"gemeente\", \"inwoners\"")
                .endsWith("FROM \"t\"\nLIMIT 5");
    }

    @Test
    void unknownFieldsAreAClearError() {
        assertRefused(new BuilderQuery("t", List.of(), List.of(new Group("bestaat_niet", null)), List.of(), null,
                null), DatalabCode.UNKNOWN_FIELD);
        assertRefused(where(new Filter("naam\" OR 1=1 --", Operator.EQ, "x", null)), DatalabCode.UNKNOWN_FIELD);
        assertRefused(new BuilderQuery("t", List.of(), List.of(), List.of(new Measure(Aggregate.SUM,
                "inwoners) FROM t; --")), null, null), DatalabCode.UNKNOWN_FIELD);
    }

    @Test
    void refusesWhatDoesNotFitTheType() {
        assertRefused(where(new Filter("inwoners", Operator.EQ, "12 OR 1=1", null)), DatalabCode.VALUE_TYPE);
        assertRefused(where(new Filter("gemeten_op", Operator.EQ, "2020-09-15' OR '1'='1", null)),
                DatalabCode.VALUE_TYPE);
        assertRefused(where(new Filter("inwoners", Operator.CONTAINS, "1", null)), DatalabCode.OPERATOR_TYPE);
        assertRefused(where(new Filter("actief", Operator.LT, "true", null)), DatalabCode.OPERATOR_TYPE);
        assertRefused(where(new Filter("inwoners", Operator.BETWEEN, "1", null)), DatalabCode.VALUE_MISSING);
        assertRefused(where(new Filter("naam", Operator.EQ, "", null)), DatalabCode.VALUE_MISSING);
        assertRefused(new BuilderQuery("t", List.of(), List.of(), List.of(new Measure(Aggregate.SUM, "naam")), null,
                null), DatalabCode.MEASURE_TYPE);
        assertRefused(new BuilderQuery("t", List.of(), List.of(), List.of(new Measure(Aggregate.AVG, null)), null,
                null), DatalabCode.MEASURE_FIELD);
        assertRefused(new BuilderQuery("t", List.of(), List.of(new Group("naam", DatePart.YEAR)), List.of(), null,
                null), DatalabCode.DATE_PART);
        assertRefused(new BuilderQuery("t", List.of(), List.of(new Group("naam", null)), List.of(),
                new Sort("naam; DROP TABLE t", false), null), DatalabCode.UNKNOWN_COLUMN);
        assertRefused(new BuilderQuery(" ", List.of(), List.of(), List.of(), null, null), DatalabCode.NO_DATASET);
        assertThatThrownBy(() -> BuilderSql.sql(new BuilderQuery("t", List.of(), List.of(), List.of(), null,
                BuilderQuery.MAX_LIMIT + 1), FIELDS)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
    }

    /** Injection attempts in values and in a field's own name run as data, on a real DuckDB. */
    @ParameterizedTest
    @ValueSource(strings = {"x' OR '1'='1", "'; DROP TABLE tabel; --", "\\'; SELECT 1; --", "O'Brien",
            "\" OR 1=1 --", "dam%", "_"})
    void injectionInValuesIsInert(String value) throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement statement =
                duckdb.createStatement()) {
            createTable(statement);
            List<List<Object>> rows = rows(statement, BuilderSql.sql(new BuilderQuery("tabel",
                    List.of(new Filter("naam", Operator.EQ, value, null)), List.of(),
                    List.of(new Measure(Aggregate.COUNT, null)), null, null), FIELDS));
            assertThat(rows).containsExactly(List.of(value.equals("O'Brien") ? 1L : 0L));
            List<List<Object>> contains = rows(statement, BuilderSql.sql(new BuilderQuery("tabel",
                    List.of(new Filter("naam", Operator.CONTAINS, value, null)), List.of(),
                    List.of(new Measure(Aggregate.COUNT, null)), null, null), FIELDS));
            assertThat(contains).containsExactly(List.of(value.equals("O'Brien") ? 1L : 0L));
            assertThat(rows(statement, "SELECT count(*) FROM tabel")).containsExactly(List.of(4L));
        }
    }

    @Test
    void aFieldWhoseNameIsAnAttackIsJustAColumn() throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement statement =
                duckdb.createStatement()) {
            createTable(statement);
            String sql = BuilderSql.sql(new BuilderQuery("tabel", List.of(new Filter("x\"; DROP TABLE t; --",
                    Operator.NOT_EMPTY, null, null)), List.of(new Group("x\"; DROP TABLE t; --", null)),
                    List.of(new Measure(Aggregate.COUNT, null)), null, null), FIELDS);
            assertThat(rows(statement, sql)).containsExactly(List.of("aanval", 1L));
            assertThat(rows(statement, "SELECT count(*) FROM t")).containsExactly(List.of(1L));
        }
    }

    @Test
    void answersAreRightOnDuckDb() throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement statement =
                duckdb.createStatement()) {
            createTable(statement);
            var query = new BuilderQuery("tabel", List.of(new Filter("gemeten_op", Operator.BETWEEN, "2020-01-01",
                    "2020-12-31")), List.of(new Group("gemeten_op", DatePart.MONTH)), List.of(
                    new Measure(Aggregate.SUM, "inwoners"), new Measure(Aggregate.AVG, "oppervlakte"),
                    new Measure(Aggregate.MIN, "naam"), new Measure(Aggregate.MAX, "inwoners"),
                    new Measure(Aggregate.COUNT_DISTINCT, "gemeente")), null, null);
            List<List<Object>> rows = rows(statement, BuilderSql.sql(query, FIELDS));
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().get(0)).isEqualTo("2020-09");
            assertThat(((Number) rows.getFirst().get(1)).longValue()).isEqualTo(36517L);
            assertThat(((Number) rows.getFirst().get(2)).doubleValue()).isCloseTo(78.82, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(rows.getFirst().subList(3, 6)).containsExactly("Appingedam", 24716L, 2L);
            assertThat(rows(statement, BuilderSql.sql(where(new Filter("naam", Operator.EMPTY, null, null)),
                    FIELDS))).containsExactly(List.of(1L));
            assertThat(rows(statement, BuilderSql.sql(where(new Filter("naam", Operator.NE, "Delfzijl", null)),
                    FIELDS))).containsExactly(List.of(3L));
        }
    }

    @Test
    void theQuestionIsJsonAndBack() {
        var json = JsonMapper.builder().build();
        var query = new BuilderQuery("t", List.of(new Filter("naam", Operator.NOT_EMPTY, null, null)),
                List.of(new Group("gemeten_op", DatePart.YEAR)), List.of(new Measure(Aggregate.COUNT_DISTINCT,
                "gemeente")), new Sort("gemeten_op_jaar", true), 20);
        String text = json.writeValueAsString(query);
        assertThat(text).contains("\"operator\":\"not-empty\"", "\"aggregate\":\"count-distinct\"",
                "\"part\":\"year\"");
        assertThat(json.readValue(text, BuilderQuery.class)).isEqualTo(query);
    }

    private static void createTable(Statement statement) throws Exception {
        statement.execute("""
                CREATE TABLE tabel AS SELECT * FROM (VALUES
                  ('Appingedam', 'GM0003', 11801, 24.56, DATE '2020-09-15', true, NULL),
                  ('Delfzijl', 'GM0010', 24716, 133.08, DATE '2020-09-15', true, NULL),
                  ('O''Brien', 'GM9999', 1, 0.5, DATE '2021-01-31', false, 'aanval'),
                  (NULL, 'GM0014', NULL, NULL, NULL, NULL, NULL))
                  AS v(naam, gemeente, inwoners, oppervlakte, gemeten_op, actief, "x""; DROP TABLE t; --")""");
        statement.execute("CREATE TABLE t AS SELECT 1 AS one");
    }

    private static List<List<Object>> rows(Statement statement, String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof Integer n ? (Object) n.longValue() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void assertRefused(BuilderQuery query, DatalabCode code) {
        assertThatThrownBy(() -> BuilderSql.sql(query, FIELDS)).isInstanceOfSatisfying(PlatformException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DATALAB_INVALID);
                    assertThat(e.message()).isNotNull();
                    assertThat(e.message().code()).isEqualTo(code.key());
                });
    }
}
