// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordBatchesTest {

    private static final CsvDialect SEMICOLON = new CsvDialect(StandardCharsets.UTF_8, false, ';', '"', 0, true);

    @TempDir
    Path folder;

    @ParameterizedTest(name = "read ahead: {0}")
    @ValueSource(booleans = {false, true})
    void givesTheRecordsOfTheSourceInOrderInFullBatches(boolean readAhead) throws IOException {
        Path file = rows(RecordBatches.SIZE * 3 + 17, "");
        List<CsvRecord> expected = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(file, SEMICOLON)) {
            for (CsvRecord record; (record = reader.next()) != null; ) {
                expected.add(record);
            }
        }

        List<CsvRecord> records = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(file, SEMICOLON);
                RecordBatches batches = new RecordBatches(reader, readAhead)) {
            for (RecordBatches.Batch batch; (batch = batches.next()) != null; ) {
                records.addAll(batch.records());
                sizes.add(batch.records().size());
                assertThat(batch.bytesRead()).isPositive();
            }
            assertThat(batches.next()).isNull();
            assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
        }

        assertThat(records).isEqualTo(expected);
        assertThat(sizes).containsExactly(RecordBatches.SIZE, RecordBatches.SIZE, RecordBatches.SIZE, 17);
    }

    @ParameterizedTest(name = "read ahead: {0}")
    @ValueSource(booleans = {false, true})
    void givesTheBatchesBeforeAFailureThenTheFailureWithItsLine(boolean readAhead) throws IOException {
        int good = RecordBatches.SIZE * 2 + 5;
        Path file = rows(good, "3;\"never closed\n4;5\n");

        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(file, SEMICOLON);
                RecordBatches batches = new RecordBatches(reader, readAhead)) {
            assertThatThrownBy(() -> {
                for (RecordBatches.Batch batch; (batch = batches.next()) != null; ) {
                    records.addAll(batch.records());
                }
            }).isInstanceOfSatisfying(TabularException.class, e -> {
                assertThat(e.code()).isEqualTo("csv.unclosed-quote");
                assertThat(e.line()).isEqualTo(good + 2);
            });
        }
        assertThat(records).as("the full batches before the failing one").hasSize(RecordBatches.SIZE * 2);
    }

    @ParameterizedTest(name = "read ahead: {0}")
    @ValueSource(booleans = {false, true})
    void stopsReadingWhenClosedEarly(boolean readAhead) throws IOException {
        Path file = rows(RecordBatches.SIZE * 50, "");
        try (CsvRecordReader reader = CsvRecordReader.open(file, SEMICOLON)) {
            try (RecordBatches batches = new RecordBatches(reader, readAhead)) {
                assertThat(batches.next()).isNotNull();
            }
            long read = reader.bytesRead();
            assertThat(read).as("stopped before the end").isLessThan(Files.size(file));
            assertThat(reader.bytesRead()).as("and stays stopped").isEqualTo(read);
        }
    }

    /** A header, then {@code count} records {@code i;i*2}, then {@code tail}. */
    private Path rows(int count, String tail) throws IOException {
        StringBuilder text = new StringBuilder("a;b\n");
        for (int i = 0; i < count; i++) {
            text.append(i).append(';').append(i * 2).append('\n');
        }
        Path file = folder.resolve("rows.csv");
        Files.writeString(file, text.append(tail), StandardCharsets.UTF_8);
        return file;
    }
}
