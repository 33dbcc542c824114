// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import static nl.datakraam.lib.profiling.ParquetFixtures.parquet;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksTest {

    @TempDir
    Path directory;

    private final ProfilingSettings settings = ProfilingSettings.defaults();

    private List<CheckResult> check(String select) {
        Path file = parquet(directory, "data.parquet", select);
        return new Checks(settings).run(file, new Profiler(settings).profile(file));
    }

    private static Optional<CheckResult> result(List<CheckResult> results, String check, String field) {
        return results.stream().filter(r -> r.check().equals(check) && r.fields().contains(field)).findFirst();
    }

    private static CheckResult only(List<CheckResult> results, String check, String field) {
        return result(results, check, field).orElseThrow(() -> new AssertionError("no " + check + " of " + field
                + " in " + results));
    }

    /*
     *  row | postcode
     *  ----+---------
     *    1 | 9712 CP
     *    2 | 9712CP
     *    3 | 0123 AB    starts with 0
     *    4 | 9712 cp    lowercase
     *    5 | null       not tested
     *    6 | 1011 AB
     */
    @Test
    void flagsPostcodesOutsideTheDutchFormatWithTheirRows() {
        var results = check("""
                SELECT * FROM (VALUES ('9712 CP'), ('9712CP'), ('0123 AB'), ('9712 cp'), (NULL), ('1011 AB'))
                  AS t(postcode)""");

        assertThat(only(results, "postcode", "postcode")).isEqualTo(new CheckResult("postcode", List.of("postcode"),
                CheckResult.FAILED, 5, 2, List.of(3L, 4L), List.of()));
    }

    @Test
    void checksFourDigitPostcodesOfANumberFieldNamedPostcode() {
        var results = check("SELECT * FROM (VALUES (9712), (8401), (123), (10000)) AS t(postcode)");

        var pc4 = only(results, "pc4", "postcode");
        assertThat(pc4.count()).isEqualTo(2);
        assertThat(pc4.exampleRows()).containsExactly(3L, 4L);
    }

    @Test
    void recognisesPostcodesByTheirValuesWhenTheNameSaysNothing() {
        var results = check("""
                SELECT CASE WHEN range = 7 THEN 'onbekend' ELSE (1000 + range)::VARCHAR || ' AB' END AS adres_pc
                FROM range(100)""");

        var postcode = only(results, "postcode", "adres_pc");
        assertThat(postcode.count()).isEqualTo(1);
        assertThat(postcode.exampleRows()).containsExactly(8L);
    }

    /*
     *  row | municipality_code
     *  ----+------------------
     *    1 | GM0014      Groningen
     *    2 | 0014        without GM
     *    3 | GM0001      Adorp, ended 1990: still in Tabel 33
     *    4 | GM9999      no such municipality
     *    5 | G0014       bad format
     *    6 | GM1952      Midden-Groningen
     */
    @Test
    void validatesGemeentecodesAgainstTheRvigList() {
        var results = check("""
                SELECT * FROM (VALUES ('GM0014'), ('0014'), ('GM0001'), ('GM9999'), ('G0014'), ('GM1952'))
                  AS t(municipality_code)""");

        assertThat(only(results, "gemeentecode", "municipality_code")).isEqualTo(new CheckResult("gemeentecode",
                List.of("municipality_code"), CheckResult.FAILED, 6, 2, List.of(4L, 5L), List.of()));
    }

    @Test
    void acceptsMunicipalitiesFormedAfterTabel33() {
        var results = check("SELECT * FROM (VALUES ('GM1979'), ('GM1980'), ('GM1991')) AS t(gemeentecode)");

        assertThat(only(results, "gemeentecode", "gemeentecode").outcome()).isEqualTo(CheckResult.PASSED);
    }

    @Test
    void padsIntegerGemeentecodesThatLostTheirLeadingZeros() {
        var results = check("SELECT * FROM (VALUES (14), (344), (1952), (12345)) AS t(gemeentecode)");

        var gemeentecode = only(results, "gemeentecode", "gemeentecode");
        assertThat(gemeentecode.count()).isEqualTo(1);
        assertThat(gemeentecode.exampleRows()).containsExactly(4L);
    }

    @Test
    void recognisesGemeentecodesByTheirValues() {
        var results = check("SELECT 'GM' || lpad((range * 10 + 3)::VARCHAR, 4, '0') AS code FROM range(20)");

        assertThat(result(results, "gemeentecode", "code")).isPresent();
    }

    @Test
    void validatesProvinciecodesAgainstTheTooiList() {
        var results = check("SELECT * FROM (VALUES ('PV20'), ('PV31'), ('PV19'), ('pv26')) AS t(provinciecode)");

        var provinciecode = only(results, "provinciecode", "provinciecode");
        assertThat(provinciecode.count()).isEqualTo(2);
        assertThat(provinciecode.exampleRows()).containsExactly(3L, 4L);
    }

    @Test
    void checksTheFormatOfCbsWijkAndBuurtcodes() {
        var results = check("""
                SELECT * FROM (VALUES ('WK001400', 'BU00140000'), ('WK0014', 'BU0014000'), ('0014', 'BU00140001'))
                  AS t(wijkcode, buurtcode)""");

        assertThat(only(results, "wijkcode", "wijkcode").exampleRows()).containsExactly(2L, 3L);
        assertThat(only(results, "buurtcode", "buurtcode").exampleRows()).containsExactly(2L);
    }

    /*
     *  111222333 and 123456782 pass the 11-proef; 123456789 does not; 000000000 is never a BSN;
     *  12345678 is too short as text, but as an integer it is 012345678 (which fails).
     */
    @Test
    void appliesTheElevenTestToFieldsNamedBsn() {
        var results = check("""
                SELECT * FROM (VALUES ('111222333'), ('123456782'), ('123456789'), ('000000000'), ('12345678'))
                  AS t(bsn)""");

        assertThat(only(results, "bsn", "bsn").exampleRows()).containsExactly(3L, 4L, 5L);
    }

    @Test
    void padsIntegerBsnsThatLostTheirLeadingZero() {
        // 012345672: 0·9 + 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 − 2 = 110 = 10 × 11
        var results = check("SELECT * FROM (VALUES (12345672), (123456789)) AS t(burgerservicenummer)");

        assertThat(only(results, "bsn", "burgerservicenummer").exampleRows()).containsExactly(2L);
    }

    @Test
    void doesNotTakeNineDigitNumbersForBsnsWithoutTheName() {
        var results = check("SELECT * FROM (VALUES ('111222333'), ('123456782')) AS t(kenmerk)");

        assertThat(result(results, "bsn", "kenmerk")).isEmpty();
    }

    @Test
    void appliesMod97ToIbans() {
        var results = check("""
                SELECT * FROM (VALUES ('NL91ABNA0417164300'), ('NL91 ABNA 0417 1643 00'), ('NL91ABNA0417164301'),
                    ('GB82WEST12345698765432'), ('nl91abna0417164300'), ('geen')) AS t(iban)""");

        assertThat(only(results, "iban", "iban").exampleRows()).containsExactly(3L, 6L);
    }

    @Test
    void recognisesIbansByTheirValues() {
        var results = check("""
                SELECT * FROM (VALUES ('NL91ABNA0417164300'), ('NL02ABNA0123456789'), ('NL91ABNA0417164301'))
                  AS t(rekening)""");

        var iban = only(results, "iban", "rekening");
        assertThat(iban.exampleRows()).containsExactly(3L);
    }

    /*
     *  row |      x |      y
     *  ----+--------+-------
     *    1 | 233883 | 582065   Groningen
     *    2 | 155000 | 463000   Amersfoort
     *    3 | 400000 | 463000   east of the grid
     *    4 |   null | 463000   not tested
     */
    @Test
    void flagsRdCoordinatesOutsideTheNetherlands() {
        var results = check("""
                SELECT * FROM (VALUES (233883.0, 582065.0), (155000.0, 463000.0), (400000.0, 463000.0),
                    (NULL, 463000.0)) AS t(x, y)""");

        assertThat(only(results, "coordinates", "x")).isEqualTo(new CheckResult("coordinates", List.of("x", "y"),
                CheckResult.FAILED, 3, 1, List.of(3L), List.of()));
    }

    @Test
    void flagsLongitudeAndLatitudeOutsideTheNetherlands() {
        var results = check("""
                SELECT * FROM (VALUES (6.5665, 53.2194), (2.3522, 48.8566), (53.2194, 6.5665)) AS t(lon, lat)""");

        assertThat(only(results, "coordinates", "lat").exampleRows()).containsExactly(2L, 3L);
    }

    @Test
    void takesXAndYInDegreesForWgs84() {
        var results = check("SELECT * FROM (VALUES (6.5665, 53.2194), (5.1214, 52.0907)) AS t(x_coord, y_coord)");

        assertThat(only(results, "coordinates", "x_coord").outcome()).isEqualTo(CheckResult.PASSED);
    }

    /*
     *  row | gemeentecode | water
     *  ----+--------------+------
     *    1 | GM0014       | NEE
     *    2 | GM0014       | JA     the water part: same code
     *    3 | GM0034       | NEE
     *    4 | GM0037       | NEE
     *    5 | GM0034       | JA
     */
    @Test
    void reportsRepeatedValuesOfAKeyNamedFieldAsAFinding() {
        var results = check("""
                SELECT * FROM (VALUES ('GM0014', 'NEE'), ('GM0014', 'JA'), ('GM0034', 'NEE'), ('GM0037', 'NEE'),
                    ('GM0034', 'JA')) AS t(gemeentecode, water)""");

        assertThat(only(results, "key-unique", "gemeentecode")).isEqualTo(new CheckResult("key-unique",
                List.of("gemeentecode"), CheckResult.FINDING, 5, 2, List.of(2L, 5L), List.of()));
        assertThat(only(results, "gemeentecode", "gemeentecode").outcome()).isEqualTo(CheckResult.PASSED);
    }

    @Test
    void passesAUniqueIdField() {
        var results = check("SELECT range AS object_id FROM range(50)");

        assertThat(only(results, "key-unique", "object_id").outcome()).isEqualTo(CheckResult.PASSED);
    }

    @Test
    void leavesKeyNamedFieldsWithMostlyRepeatedValuesAlone() {
        var results = check(
                "SELECT 'GM' || lpad((range % 3 + 14)::VARCHAR, 4, '0') AS municipality_code FROM range(60)");

        assertThat(result(results, "key-unique", "municipality_code")).isEmpty();
    }

    @Test
    void findsCbsSentinelValuesAndNamesThem() {
        var results = check("""
                SELECT * FROM (VALUES (238147, 10.5), (-99999999, -99999999.0), (1200, 3.0), (-99999999, 2.0))
                  AS t(aantal_inwoners, oppervlakte)""");

        assertThat(only(results, "sentinel", "aantal_inwoners")).isEqualTo(new CheckResult("sentinel",
                List.of("aantal_inwoners"), CheckResult.FINDING, 4, 2, List.of(2L, 4L), List.of("-99999999")));
        assertThat(only(results, "sentinel", "oppervlakte").exampleRows()).containsExactly(2L);
    }

    @Test
    void listsSentinelsOnlyWhereFound() {
        var results = check("SELECT range AS aantal FROM range(10)");

        assertThat(result(results, "sentinel", "aantal")).isEmpty();
    }

    /*
     *  row | naam   | bedrag
     *  ----+--------+-------
     *    1 | Adorp  |    10
     *    2 | Aduard |  null
     *    3 | Adorp  |    10    repeats row 1
     *    4 | Aduard |  null    repeats row 2 (nulls equal)
     *    5 | Adorp  |    11
     *    6 | Adorp  |    10    repeats row 1
     */
    @Test
    void countsDuplicateRowsWithExamples() {
        var results = check("""
                SELECT * FROM (VALUES ('Adorp', 10), ('Aduard', NULL), ('Adorp', 10), ('Aduard', NULL), ('Adorp', 11),
                    ('Adorp', 10)) AS t(naam, bedrag)""");

        assertThat(results.getLast()).isEqualTo(new CheckResult("duplicate-rows", List.of(), CheckResult.FINDING,
                6, 3, List.of(3L, 4L, 6L), List.of()));
    }

    @Test
    void numbersRowsWhateverTheFieldsAreCalled() {
        var results = check("""
                SELECT * FROM (VALUES (1, 'a', 'x', 10), (1, 'a', 'x', 10), (2, 'b', 'x', 11))
                  AS t(pos, v, k, object_id)""");

        assertThat(results.getLast().exampleRows()).containsExactly(2L);
        assertThat(only(results, "key-unique", "object_id").exampleRows()).containsExactly(2L);
    }

    @Test
    void keepsFiveExampleRowsAtMost() {
        var results = check("SELECT 'x' AS waarde FROM range(20)");

        assertThat(results.getLast().count()).isEqualTo(19);
        assertThat(results.getLast().exampleRows()).containsExactly(2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void reportsFieldsWithoutAnyValue() {
        var results = check("SELECT range AS nummer, NULL::VARCHAR AS opmerking FROM range(4)");

        assertThat(only(results, "empty-field", "opmerking")).isEqualTo(new CheckResult("empty-field",
                List.of("opmerking"), CheckResult.FINDING, 4, 4, List.of(), List.of()));
        assertThat(result(results, "empty-field", "nummer")).isEmpty();
    }

    @Test
    void numbersRowsByTheirPositionAcrossRowGroups() {
        Path file = directory.resolve("groepen.parquet");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                var statement = connection.createStatement()) {
            statement.execute("COPY (SELECT CASE WHEN range = 250000 THEN 'fout' ELSE '9712 CP' END AS postcode"
                    + " FROM range(300000)) TO " + DuckDb.literal(file.toString())
                    + " (FORMAT parquet, ROW_GROUP_SIZE 100000)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        var results = new Checks(settings).run(file, new Profiler(settings).profile(file));

        assertThat(only(results, "postcode", "postcode").exampleRows()).containsExactly(250001L);
    }
}
