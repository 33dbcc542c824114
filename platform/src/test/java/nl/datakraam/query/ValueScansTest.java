// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.datakraam.query.infra.DuckDbSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Reading a Parquet file's values for the platform's own scans: every row up to the maximum, else a fixed sample. */
class ValueScansTest {

    @TempDir
    Path folder;

    private ValueScans scans() throws ReflectiveOperationException {
        var settings = new QuerySettings(1000, Duration.ofSeconds(30), DataSize.ofMegabytes(256), 1, 2,
                Duration.ofSeconds(5), DataSize.ofMegabytes(16), 1000);
        var constructor = DuckDbSandbox.class.getDeclaredConstructor(QuerySettings.class);
        constructor.setAccessible(true);
        return new ValueScans(constructor.newInstance(settings));
    }

    private Path parquet(int rows) throws Exception {
        Path file = folder.resolve("data-" + rows + ".parquet");
        try (var connection = DriverManager.getConnection("jdbc:duckdb:");
                var statement = connection.createStatement()) {
            statement.execute("COPY (SELECT i AS nummer, 'waarde ' || i AS tekst, i / 4.0 AS getal,"
                    + " DATE '2020-01-01' + CAST(i % 300 AS INTEGER) AS datum FROM range(" + rows + ") t(i)) TO '"
                    + file + "' (FORMAT parquet)");
        }
        return file;
    }

    @Test
    void readsEveryRowUpToTheMaximumAsText() throws Exception {
        Path file = parquet(500);
        List<String> rows = new ArrayList<>();
        ValueScans.Read read = scans().read(file, List.of("nummer", "tekst", "getal", "datum"), 500,
                values -> rows.add(String.join("|", values)));

        assertThat(read.rowsRead()).isEqualTo(500);
        assertThat(read.rowsInFile()).isEqualTo(500);
        assertThat(read.sampled()).isFalse();
        assertThat(rows).contains("3|waarde 3|0.75|2020-01-04");
    }

    @Test
    void readsARepeatableSampleOfALargerFile() throws Exception {
        Path file = parquet(20_000);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        ValueScans scans = scans();
        ValueScans.Read read = scans.read(file, List.of("nummer"), 1000, values -> first.add(values[0]));
        scans.read(file, List.of("nummer"), 1000, values -> second.add(values[0]));

        assertThat(read.rowsRead()).isEqualTo(1000);
        assertThat(read.rowsInFile()).isEqualTo(20_000);
        assertThat(read.sampled()).isTrue();
        assertThat(first).hasSize(1000).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(second);
        assertThat(first.stream().mapToLong(Long::parseLong).max().orElseThrow()).as("not just the first rows")
                .isGreaterThan(1000);
    }
}
