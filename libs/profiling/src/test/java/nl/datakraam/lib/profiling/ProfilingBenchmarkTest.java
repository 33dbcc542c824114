// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import static nl.datakraam.lib.profiling.ParquetFixtures.parquet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost of profiling and checking a large file, for docs/benchmarks.md. Runs only when asked:
 * <pre>
 * ./mvnw -o -pl libs/profiling test -Dtest=ProfilingBenchmarkTest -Ddatakraam.profiling.benchmark-rows=5000000
 * </pre>
 * It writes a deterministic Parquet file shaped like the ingest benchmark's "meldingen openbare ruimte" (15 fields:
 * ids, dates, gemeentecodes, names, postcodes, RD coordinates, amounts with some CBS sentinels, yes/no, mostly empty
 * text), then times {@link Profiler#profile} and {@link Checks#run} with the default settings and prints the result.
 */
class ProfilingBenchmarkTest {

    @TempDir
    Path directory;

    @Test
    void profilesAndChecksALargeFile() throws Exception {
        String rows = System.getProperty("datakraam.profiling.benchmark-rows", "");
        assumeTrue(!rows.isBlank(), "SKIPPED: set -Ddatakraam.profiling.benchmark-rows=N to run the benchmark");
        long count = Long.parseLong(rows);
        // H(k) is a deterministic pseudo-random number 0 to 2^32 − 1 per row and purpose k.
        Path file = parquet(directory, "meldingen.parquet", """
                SELECT range + 1 AS meldingnummer,
                       DATE '2015-01-01' + (H(1) %% 3650)::INTEGER AS datum_melding,
                       (['0014', '0034', '0080', '0106', '0193', '0344', '0363', '0518', '0599', '1900'])
                           [H(2) %% 10 + 1] AS gemeentecode,
                       (['Groningen', 'Almere', 'Leeuwarden', 'Assen', 'Zwolle', 'Utrecht', 'Amsterdam',
                         '''s-Gravenhage', 'Rotterdam', 'Súdwest-Fryslân'])[H(2) %% 10 + 1] AS gemeentenaam,
                       'Straat ' || (H(3) %% 3000)::VARCHAR AS straatnaam,
                       (H(4) %% 199 + 1)::BIGINT AS huisnummer,
                       CASE WHEN H(5) %% 6 = 0 THEN 'A' END AS huisletter,
                       (1000 + H(6) %% 9000)::VARCHAR || ' '
                           || chr((65 + H(7) %% 26)::INTEGER) || chr((65 + H(8) %% 26)::INTEGER)
                           AS postcode,
                       CASE WHEN H(9) %% 100 <> 0 THEN (H(10) %% 28000000) / 100.0 END AS x,
                       CASE WHEN H(9) %% 100 <> 0 THEN 300000 + (H(11) %% 32000000) / 100.0 END AS y,
                       (['Verlichting', 'Zwerfafval', 'Wegdek', 'Groen', 'Riolering', 'Overlast'])
                           [H(12) %% 6 + 1] AS categorie,
                       CASE WHEN H(13) %% 7 = 0 THEN NULL
                            WHEN H(13) %% 1000 = 1 THEN -99999999
                            ELSE (H(14) %% 1000000) / 100.0 END AS bedrag,
                       H(15) %% 3 <> 0 AS afgehandeld,
                       CASE WHEN H(16) %% 20 = 0 THEN 'Lamp brandt niet sinds ' || (range %% 97)::VARCHAR
                           END AS omschrijving,
                       'M' || lpad((range + 1)::VARCHAR, 9, '0') AS zaakkenmerk_id
                FROM range(%d)""".formatted(count).replace("%%", "%")
                .replaceAll("H\\((\\d+)\\)", "(hash(range, $1) % 4294967296)::BIGINT"));
        ProfilingSettings settings = ProfilingSettings.defaults();

        long start = System.nanoTime();
        Profile profile = new Profiler(settings).profile(file);
        long profiled = System.nanoTime();
        List<CheckResult> results = new Checks(settings).run(file, profile);
        long checked = System.nanoTime();

        assertThat(profile.rowCount()).isEqualTo(count);
        System.out.printf("%,d rows, %d fields, Parquet %,d bytes: profile %.1f s, checks %.1f s, total %.1f s%n",
                count, profile.fields().size(), Files.size(file), (profiled - start) / 1e9, (checked - profiled) / 1e9,
                (checked - start) / 1e9);
        results.forEach(result -> System.out.println("  " + result));
    }
}
