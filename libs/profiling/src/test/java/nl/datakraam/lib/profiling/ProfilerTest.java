// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import static nl.datakraam.lib.profiling.ParquetFixtures.parquet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.datakraam.lib.profiling.FieldProfile.DistinctCount;
import nl.datakraam.lib.profiling.FieldProfile.HistogramBin;
import nl.datakraam.lib.profiling.FieldProfile.Lengths;
import nl.datakraam.lib.profiling.FieldProfile.Quantiles;
import nl.datakraam.lib.profiling.FieldProfile.ValueCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilerTest {

    @TempDir
    Path directory;

    private final Profiler profiler = new Profiler(ProfilingSettings.defaults());

    /*
     *  gemeentecode | inwoners | peildatum  | postcode
     *  -------------+----------+------------+---------
     *  GM0014       |   238147 | 2022-01-01 | 9712 CP
     *  GM0014       |     null | 2022-07-01 | 9712CP
     *  null         |     1200 | 2023-01-01 | 1011 AB
     *  GM0034       |     null | null       | 1011 AB
     *
     *  profile      | count | nulls | distinct | min        | max        | top
     *  -------------+-------+-------+----------+------------+------------+-------------
     *  gemeentecode |     3 |     1 |        2 | GM0014     | GM0034     | GM0014 × 2
     *  inwoners     |     2 |     2 |        2 | 1200       | 238147     |
     *  peildatum    |     3 |     1 |        3 | 2022-01-01 | 2023-01-01 |
     *  postcode     |     4 |     0 |        3 | 1011 AB    | 9712CP     | 1011 AB × 2
     */
    private Path municipalities() {
        return parquet(directory, "gemeenten.parquet", """
                SELECT * FROM (VALUES
                    ('GM0014', 238147, DATE '2022-01-01', '9712 CP'),
                    ('GM0014', NULL,   DATE '2022-07-01', '9712CP'),
                    (NULL,     1200,   DATE '2023-01-01', '1011 AB'),
                    ('GM0034', NULL,   NULL,              '1011 AB'))
                  AS t(gemeentecode, inwoners, peildatum, postcode)""");
    }

    @Test
    void countsValuesAndNullsPerField() {
        Profile profile = profiler.profile(municipalities());

        assertThat(profile.rowCount()).isEqualTo(4);
        assertThat(profile.fields()).extracting(FieldProfile::name, FieldProfile::count, FieldProfile::nulls)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gemeentecode", 3L, 1L),
                        org.assertj.core.groups.Tuple.tuple("inwoners", 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple("peildatum", 3L, 1L),
                        org.assertj.core.groups.Tuple.tuple("postcode", 4L, 0L));
    }

    @Test
    void givesKindAndMinimumAndMaximumAsJsonScalars() {
        List<FieldProfile> fields = profiler.profile(municipalities()).fields();

        assertThat(fields).extracting(FieldProfile::kind).containsExactly("string", "number", "date", "string");
        assertThat(fields.get(0).min()).isEqualTo("GM0014");
        assertThat(fields.get(0).max()).isEqualTo("GM0034");
        assertThat(fields.get(1).min()).isEqualTo(1200L);
        assertThat(fields.get(1).max()).isEqualTo(238147L);
        assertThat(fields.get(2).min()).isEqualTo("2022-01-01");
        assertThat(fields.get(2).max()).isEqualTo("2023-01-01");
    }

    @Test
    void countsDistinctValuesExactlyUpToTheLimit() {
        List<FieldProfile> fields = profiler.profile(municipalities()).fields();

        assertThat(fields).extracting(FieldProfile::distinct).containsExactly(new DistinctCount(2, false),
                new DistinctCount(2, false), new DistinctCount(3, false), new DistinctCount(3, false));
    }

    @Test
    void labelsTheDistinctCountEstimatedBeyondTheLimit() {
        Path file = parquet(directory, "ids.parquet", "SELECT range AS id FROM range(5000)");
        var settings = new ProfilingSettings(100, 10, 10, 1000, 256, 1, null);

        FieldProfile id = new Profiler(settings).profile(file).fields().getFirst();

        assertThat(id.distinct().estimated()).isTrue();
        assertThat(id.distinct().count()).isBetween(4500L, 5000L);
    }

    @Test
    void listsTheMostFrequentValuesWithTheirCounts() {
        Path file = parquet(directory, "categorie.parquet", """
                SELECT CASE WHEN range < 6 THEN 'Zwerfafval' WHEN range < 9 THEN 'Wegdek' ELSE 'Groen' || range END
                  AS categorie FROM range(30)""");
        var settings = new ProfilingSettings(100_000, 3, 10, 1000, 256, 1, null);

        FieldProfile categorie = new Profiler(settings).profile(file).fields().getFirst();

        assertThat(categorie.topValues()).containsExactly(new ValueCount("Zwerfafval", 6),
                new ValueCount("Wegdek", 3), new ValueCount("Groen10", 1));
    }

    @Test
    void findsTopValuesOfFieldsBeyondTheDistinctLimitWithoutListingUniqueValues() {
        Path file = parquet(directory, "many.parquet", """
                SELECT CASE WHEN range % 100 = 0 THEN 'vaak' ELSE 'uniek-' || range END AS waarde FROM range(10000)""");
        var settings = new ProfilingSettings(100, 10, 10, 1000, 256, 1, null);

        FieldProfile waarde = new Profiler(settings).profile(file).fields().getFirst();

        assertThat(waarde.distinct().estimated()).isTrue();
        assertThat(waarde.topValues()).containsExactly(new ValueCount("vaak", 100));
    }

    /*
     *  bedrag: 1, 2, 3, …, 100
     *  mean 50.5; quantiles (interpolated) 25.75, 50.5, 75.25; ten bins of width 10: (0,10] … (90,100]
     */
    @Test
    void describesNumbersByMeanQuantilesAndAnEqualWidthHistogram() {
        Path file = parquet(directory, "bedrag.parquet", "SELECT range::DOUBLE AS bedrag FROM range(1, 101)");

        FieldProfile bedrag = profiler.profile(file).fields().getFirst();

        assertThat(bedrag.mean()).isEqualTo(50.5);
        assertThat(bedrag.quantiles()).isEqualTo(new Quantiles(25.75, 50.5, 75.25, false));
        assertThat(bedrag.histogram()).hasSize(10);
        assertThat(bedrag.histogram().getFirst()).isEqualTo(new HistogramBin(1, 10, 10));
        assertThat(bedrag.histogram().getLast()).isEqualTo(new HistogramBin(90, 100, 10));
        assertThat(bedrag.histogram()).extracting(HistogramBin::count).containsOnly(10L);
    }

    @Test
    void givesQuantilesOfDatesAsActualDates() {
        FieldProfile peildatum = profiler.profile(municipalities()).fields().get(2);

        assertThat(peildatum.quantiles()).isEqualTo(new Quantiles("2022-01-01", "2022-07-01", "2023-01-01", false));
        assertThat(peildatum.mean()).isNull();
        assertThat(peildatum.histogram()).isEmpty();
    }

    /*
     * Regression: a 45-million-row version failed with "Invalid result set". DuckDB's quantile_cont and
     * quantile_disc keep every value of a column in memory and cannot spill (45M doubles need more than 512 MB), and
     * on a streaming connection the JDBC driver reported that out-of-memory error as "Invalid result set". The same
     * path at a small scale: 2,000,000 rows under a 16 MB limit, which those aggregates exceed.
     *
     *  huisnummer = row % 200      each of 0…199 10,000 times  quartiles (interpolated) 49.75, 99.5, 149.25
     *  datum = 2020-01-01 + row % 100 days, each 20,000 times  quartiles (actual dates, positions ⌈n·q⌉−1)
     *                                                           day 24, 49, 74: 2020-01-25, 2020-02-19, 2020-03-15
     *  uniek = row                 2,000,000 distinct values   quartiles estimated near 500,000, 1,000,000, 1,500,000
     */
    @Test
    void profilesManyRowsWithinASmallMemoryLimit() {
        Path file = parquet(directory, "groot.parquet", """
                SELECT (range % 200)::BIGINT AS huisnummer, DATE '2020-01-01' + (range % 100)::INTEGER AS datum,
                       range::DOUBLE AS uniek
                FROM range(2000000)""");
        var small = new ProfilingSettings(100_000, 10, 10, 100_000, 16, 1, directory.resolve("spill"));

        Profile profile = new Profiler(small).profile(file);

        assertThat(profile.fields().get(0).quantiles()).isEqualTo(new Quantiles(49.75, 99.5, 149.25, false));
        assertThat(profile.fields().get(1).quantiles())
                .isEqualTo(new Quantiles("2020-01-25", "2020-02-19", "2020-03-15", false));
        Quantiles estimated = profile.fields().get(2).quantiles();
        assertThat(estimated.estimated()).isTrue();
        assertThat((Double) estimated.p25()).isCloseTo(500_000, org.assertj.core.data.Offset.offset(20_000.0));
        assertThat((Double) estimated.p50()).isCloseTo(1_000_000, org.assertj.core.data.Offset.offset(20_000.0));
        assertThat((Double) estimated.p75()).isCloseTo(1_500_000, org.assertj.core.data.Offset.offset(20_000.0));
    }

    /* Exact quantiles are read from the grouping by value; they must equal what DuckDB's own aggregates give. */
    @Test
    void exactQuantilesEqualDuckDbsQuantileContAndQuantileDisc() throws Exception {
        String[] samples = {
            "SELECT * FROM (VALUES (7.5), (-3.0), (7.5), (0.1), (12.0)) AS t(x)",
            "SELECT (range * range % 17)::BIGINT AS x FROM range(1001)",
            "SELECT CASE WHEN range % 3 = 0 THEN NULL ELSE (range % 10)::DECIMAL(5, 2) / 4 END AS x FROM range(998)",
            "SELECT 42 AS x",
        };
        for (int i = 0; i < samples.length; i++) {
            Path numbers = parquet(directory, "n" + i + ".parquet", samples[i]);
            Path dates = parquet(directory, "d" + i + ".parquet",
                    "SELECT DATE '2024-02-27' + (x * 4)::INTEGER AS x FROM (" + samples[i] + ")");

            assertThat(profiler.profile(numbers).fields().getFirst().quantiles()).as(samples[i])
                    .isEqualTo(duckDbQuantiles("quantile_cont(x::DOUBLE, [0.25, 0.5, 0.75])", numbers));
            assertThat(profiler.profile(dates).fields().getFirst().quantiles()).as(samples[i])
                    .isEqualTo(duckDbQuantiles("quantile_disc(x, [0.25, 0.5, 0.75])::VARCHAR[]", dates));
        }
    }

    private static Quantiles duckDbQuantiles(String aggregate, Path file) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                var statement = connection.createStatement();
                var row = statement.executeQuery("SELECT " + aggregate + " FROM " + DuckDb.source(file, false))) {
            row.next();
            Object[] q = (Object[]) row.getArray(1).getArray();
            return new Quantiles(Profiler.scalar(q[0]), Profiler.scalar(q[1]), Profiler.scalar(q[2]), false);
        }
    }

    @Test
    void measuresStringLengthsInCharacters() {
        Path file = parquet(directory, "plaatsen.parquet",
                "SELECT * FROM (VALUES ('Earnewâld'), ('Grou'), ('Súdwest-Fryslân')) AS t(woonplaats)");

        FieldProfile woonplaats = profiler.profile(file).fields().getFirst();

        assertThat(woonplaats.lengths()).isEqualTo(new Lengths(4, 15, (9 + 4 + 15) / 3.0));
    }

    @Test
    void summarisesStringsAsPatternsOfLettersAndDigits() {
        FieldProfile postcode = profiler.profile(municipalities()).fields().get(3);

        assertThat(postcode.patterns()).containsExactly(new ValueCount("9999 AA", 3), new ValueCount("9999AA", 1));
        assertThat(postcode.patternSample()).isNull();
    }

    @Test
    void treatsAccentedLettersAsLettersInPatterns() {
        Path file = parquet(directory, "straat.parquet", "SELECT 'Sûdein 12a' AS adres");

        assertThat(profiler.profile(file).fields().getFirst().patterns())
                .containsExactly(new ValueCount("AAAAAA 99A", 1));
    }

    @Test
    void countsPatternsInASampleBeyondTheDistinctLimit() {
        Path file = parquet(directory, "codes.parquet",
                "SELECT 'BU' || lpad(range::VARCHAR, 8, '0') AS code FROM range(5000)");
        var settings = new ProfilingSettings(100, 10, 10, 1000, 256, 1, null);

        FieldProfile code = new Profiler(settings).profile(file).fields().getFirst();

        assertThat(code.patternSample()).isEqualTo(1000);
        assertThat(code.patterns()).containsExactly(new ValueCount("AA99999999", 1000));
    }

    @Test
    void givesGeometryColumnsCountAndNullsOnly() {
        Path file = parquet(directory, "vlakken.parquet", """
                SELECT * FROM (VALUES ('\\x01\\x02'::BLOB, 1), (NULL, 2), ('\\x03'::BLOB, 3)) AS t(geometry, id)""");

        FieldProfile geometry = profiler.profile(file).fields().getFirst();

        assertThat(geometry.kind()).isEqualTo("geometry");
        assertThat(geometry.count()).isEqualTo(2);
        assertThat(geometry.nulls()).isEqualTo(1);
        assertThat(geometry.distinct()).isNull();
        assertThat(geometry.topValues()).isEmpty();
    }

    @Test
    void takesGeoParquetGeometryAndWktNamedGeometryAsGeometry() {
        Path file = parquet(directory, "geo.parquet", """
                SELECT 'POINT(6.57 53.22)'::GEOMETRY AS geometry, 'POINT(6.57 53.22)' AS geometry_wkt,
                       'POINT(6.57 53.22)' AS omschrijving""");

        assertThat(profiler.profile(file).fields()).extracting(FieldProfile::kind)
                .containsExactly("geometry", "geometry", "string");
    }

    @Test
    void profilesAFieldWithoutValues() {
        Path file = parquet(directory, "leeg.parquet", "SELECT range AS id, NULL::VARCHAR AS opmerking FROM range(3)");

        FieldProfile opmerking = profiler.profile(file).fields().get(1);

        assertThat(opmerking.count()).isZero();
        assertThat(opmerking.nulls()).isEqualTo(3);
        assertThat(opmerking.distinct()).isEqualTo(new DistinctCount(0, false));
        assertThat(opmerking.min()).isNull();
    }

    @Test
    void cutsLongTextInTheProfile() {
        Path file = parquet(directory, "tekst.parquet", "SELECT repeat('x', 500) AS omschrijving");

        Object min = profiler.profile(file).fields().getFirst().min();

        assertThat((String) min).hasSize(Profiler.MAX_TEXT).endsWith("…");
    }

    @Test
    void failsWithTheFileNameForAFileThatIsNotParquet() throws Exception {
        Path file = Files.writeString(directory.resolve("kapot.parquet"), "geen parquet");

        assertThatThrownBy(() -> profiler.profile(file)).isInstanceOf(ProfilingException.class)
                .hasMessageContaining("kapot.parquet");
    }
}
