// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Infers the Table Schema of a delimited text file from every value of every column.
 *
 * <p>Sniffs the dialect ({@link CsvSniffer}), then reads the file once, streamed, keeping constant memory per column.
 * Ragged files lose nothing: values beyond the header become extra fields {@code column_n}, and a warning names the
 * lines; records with fewer values get nulls, and a warning names the lines. Columns with neither header text nor
 * any value are left out, with an INFO issue. See {@link ColumnInference} for how types are chosen.
 *
 * <p>Stateless and thread-safe. Reads the file three times from the start: a 128 KiB sample and a fast byte pass for
 * the dialect, then the full pass that decodes and parses every record.
 */
public final class TabularInference {

    private static final int PROGRESS_INTERVAL = 16_384;

    private TabularInference() {
    }

    /**
     * Sniffs the file and infers its schema.
     *
     * @param progress told the bytes and data records read, every 16,384 records and once at the end
     * @throws IOException      if the file cannot be read
     * @throws TabularException if the file is unusable: {@code file.empty}, {@code file.binary},
     *                          {@code csv.unclosed-quote}, {@code csv.record-too-long}
     */
    public static Inference infer(Path file, ProgressListener progress) throws IOException {
        SniffResult sniff = CsvSniffer.examine(file);
        CsvDialect dialect = sniff.dialect();
        try (CsvRecordReader reader = CsvRecordReader.open(file, dialect)) {
            CsvRecord header = reader.header();
            List<String> titles = header == null ? List.of() : header.values();
            RecordShapes shapes = new RecordShapes(header == null ? -1 : titles.size());
            List<ColumnInference> columns = new ArrayList<>();
            addColumns(columns, titles.size(), dialect.delimiter());
            long rows = 0;
            for (CsvRecord record; (record = reader.next()) != null; ) {
                rows++;
                List<String> values = record.values();
                shapes.add(record);
                addColumns(columns, values.size(), dialect.delimiter());
                for (int i = 0; i < values.size(); i++) {
                    columns.get(i).accept(values.get(i), record.line());
                }
                if (rows % PROGRESS_INTERVAL == 0) {
                    progress.onProgress(reader.bytesRead(), rows);
                }
            }
            progress.onProgress(reader.bytesRead(), rows);
            TableAssembly table = new TableAssembly(titles, header != null, columns, shapes);
            List<Issue> issues = new ArrayList<>(sniff.issues());
            issues.addAll(table.issues());
            return new Inference(dialect, table.schema(), rows, Files.size(file), issues, table.sourceColumns());
        }
    }

    private static void addColumns(List<ColumnInference> columns, int width, char delimiter) {
        while (columns.size() < width) {
            columns.add(new ColumnInference(delimiter));
        }
    }
}
