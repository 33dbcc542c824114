// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import nl.datakraam.privacy.anonymise.AnonymisationPlan.Suppression;
import nl.datakraam.privacy.anonymise.FieldOperation.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost of anonymising a large file, for docs/benchmarks.md. Runs only when asked:
 * <pre>
 * ./mvnw -o -pl libs/privacy test -Dtest=AnonymisationBenchmarkTest -Ddatakraam.privacy.benchmark-rows=1000000
 * </pre>
 * It writes a deterministic Parquet file of nuisance reports (a name, a reporter id with one value per 3 rows, a PC6
 * postcode, a date, a category, RD coordinates), then times {@link Anonymiser#apply} of the plan of issue 9's
 * must-show (drop the name, pseudonymise the reporter, PC6 → PC4, date → month, coordinates → 250 m cell,
 * k = 5 over postcode × month × category) with 2 threads and 512 MB, and prints the figures.
 */
class AnonymisationBenchmarkTest {

    @TempDir
    Path directory;

    @Test
    void anonymisesALargeFile() throws Exception {
        String rows = System.getProperty("datakraam.privacy.benchmark-rows", "");
        assumeTrue(!rows.isBlank(), "SKIPPED: set -Ddatakraam.privacy.benchmark-rows=N to run the benchmark");
        Path source = directory.resolve("meldingen.parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT 'Persoon ' || range AS naam, 'M-' || (range // 3) AS melder,"
                    + " (1000 + hash(range, 1) % 9000)::VARCHAR || ' ' || chr((65 + hash(range, 2) % 26)::INTEGER)"
                    + " || chr((65 + hash(range, 3) % 26)::INTEGER) AS postcode,"
                    + " DATE '2020-01-01' + (hash(range, 4) % 1800)::INTEGER AS datum,"
                    + " (['geluid', 'afval', 'verlichting', 'overig'])[(hash(range, 5) % 4 + 1)::INTEGER] AS categorie,"
                    + " (hash(range, 6) % 28000000) / 100.0 AS x, 300000 + (hash(range, 7) % 32000000) / 100.0 AS y"
                    + " FROM range(" + Long.parseLong(rows) + ")) TO '" + source + "' (FORMAT parquet)");
        }
        Anonymiser anonymiser = new Anonymiser(PseudonymKey.of("0123456789abcdef0123456789abcdef"
                .getBytes(StandardCharsets.US_ASCII)), new Anonymiser.Settings(512, 2, directory.resolve("tmp")));
        AnonymisationPlan plan = new AnonymisationPlan(List.of(new FieldOperation.Drop("naam"),
                new FieldOperation.Pseudonymise("melder", "bench"), new FieldOperation.PostcodeToPc4("postcode"),
                new FieldOperation.GeneraliseDate("datum", DatePrecision.MONTH),
                new FieldOperation.GridCell("x", "y", 28992, 250, null)),
                List.of("postcode", "datum", "categorie"), 5, Suppression.DROP_ROWS);

        long start = System.nanoTime();
        Preview done = anonymiser.apply(source, plan, directory.resolve("anon.parquet"));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("BENCHMARK anonymise %d rows: %.1f s (%.0f rows/s); kept %d, suppressed %d, k %d, classes"
                + " %d%n", done.rows(), seconds, done.rows() / seconds, done.keptRows(), done.suppressedRows(),
                done.k(), done.classes());
        // the figures are of a correct run: every row accounted for, and k reached by whatever is kept (a small run
        // has only rare combinations, and keeps nothing)
        assertThat(done.rows()).isEqualTo(Long.parseLong(rows));
        assertThat(done.keptRows() + done.suppressedRows()).isEqualTo(done.rows());
        if (done.keptRows() > 0) {
            assertThat(done.k()).isGreaterThanOrEqualTo(5);
        }
    }
}
