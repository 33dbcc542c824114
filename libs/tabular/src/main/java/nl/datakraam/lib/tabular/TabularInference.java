// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Infers the Table Schema of a file from every value of every column, whatever its {@link TabularFormat}.
 *
 * <p>Opens the file as a {@link RecordSource} (for delimited text after sniffing the dialect with
 * {@link CsvSniffer}), then reads it once, streamed, keeping constant memory per column. Ragged records lose
 * nothing: values beyond the header become extra fields {@code column_n}, and a warning names the positions; records
 * with fewer values get nulls, and a warning names the positions. Columns with neither header text nor any value are
 * left out, with an INFO issue. See {@link ColumnInference} for how types are chosen: workbook cells and JSON values
 * arrive as canonical text, so one set of rules types them all.
 *
 * <p>Reading a file, the records are split on a second thread while the calling thread infers the types
 * ({@link RecordBatches}), where a second core is available.
 *
 * <p>Stateless and thread-safe. Delimited text is read three times from the start (a 128 KiB sample and a fast byte
 * pass for the dialect, then the full pass); workbooks are checked against zip bombs, then read once; JSON is read
 * twice before the full pass (to find the array of objects, then its member names).
 */
public final class TabularInference {

    private static final int PROGRESS_INTERVAL = 16 * RecordBatches.SIZE;

    private TabularInference() {
    }

    /**
     * Infers the schema of a file whose name ends as its format requires; any other ending is read as delimited text.
     * A workbook's table is its first visible sheet with data.
     *
     * @see #infer(Path, TabularFormat, String, ProgressListener)
     */
    public static Inference infer(Path file, ProgressListener progress) throws IOException {
        TabularFormat format = TabularFormat.ofFileName(file.getFileName().toString())
                .orElse(TabularFormat.DELIMITED_TEXT);
        return infer(file, format, null, progress);
    }

    /**
     * Reads the file in the given format and infers its schema.
     *
     * @param format   the format to read, usually {@link TabularFormat#ofFileName} of the name the file was uploaded
     *                 under (stored files may have no ending)
     * @param sheet    for a workbook, the name of the sheet to read (case-sensitive); null for the first visible sheet
     *                 that holds a value; must be null for other formats
     * @param progress told the bytes and data records read, every 16,384 records and once at the end
     * @throws IOException              if the file cannot be read
     * @throws TabularException         if the file is unusable: {@code file.empty}, {@code file.binary},
     *                                  {@code csv.unclosed-quote}, {@code csv.record-too-long} for delimited text;
     *                                  the {@code workbook.*} and {@code sheet.*} codes of workbooks; the
     *                                  {@code json.*} codes of JSON (see {@link TabularException})
     * @throws IllegalArgumentException if a sheet is given for a format without sheets
     */
    public static Inference infer(Path file, TabularFormat format, @Nullable String sheet, ProgressListener progress)
            throws IOException {
        if (sheet != null && !format.isSpreadsheet()) {
            throw new IllegalArgumentException(format + " has no sheets");
        }
        List<Issue> issues = new ArrayList<>();
        try (RecordSource source = open(file, format, sheet, issues)) {
            return inferAll(source, format.positionName(), Files.size(file), issues, progress,
                    RecordBatches.worthReadingAhead());
        }
    }

    /**
     * Infers the schema of records that another reader supplies, with the same rules as for a file: the attributes
     * of geodata features, for instance, so that their codes keep their leading zeros and their numbers are typed
     * exactly as in a CSV file. Values are expected as {@link RecordSource} describes them (canonical text, the empty
     * string for a missing value).
     *
     * <p>Reads the source once, to its end; does not close it. The result's {@link Inference#layout()} is the
     * source's, and its {@link Inference#byteCount()} the source's {@link RecordSource#bytesRead()} at the end. A
     * source that {@link RecordSource#open} cannot open again (because another reader supplies its records) must be
     * read again by that reader: {@link RowConverter} converts its records all the same.
     *
     * @param records      the records, with a header (its values are the column titles; without one, columns are
     *                     named {@code column_n})
     * @param positionName what a record's {@link CsvRecord#line()} counts, for messages: {@code feature}, {@code row}
     * @param progress     told the bytes and records read, every 16,384 records and once at the end
     * @throws IOException      if the source cannot be read
     * @throws TabularException if a record cannot be read, as the source throws it
     */
    public static Inference infer(RecordSource records, String positionName, ProgressListener progress)
            throws IOException {
        return inferAll(records, positionName, -1, new ArrayList<>(), progress, false);
    }

    /**
     * The one full pass: every value of every column, then the fields and the issues.
     *
     * @param readAhead whether records are split on a second thread while this one infers ({@link RecordBatches});
     *                  the same records in the same order either way
     */
    private static Inference inferAll(RecordSource source, String positionName, long byteCount, List<Issue> issues,
            ProgressListener progress, boolean readAhead) throws IOException {
        CsvRecord header = source.header();
        List<String> titles = header == null ? List.of() : header.values();
        RecordShapes shapes = new RecordShapes(header == null ? -1 : titles.size());
        boolean decimalCommaFirst = source.layout() instanceof CsvDialect dialect && dialect.delimiter() == ';';
        List<ColumnInference> columns = new ArrayList<>();
        addColumns(columns, titles.size(), decimalCommaFirst);
        long rows = 0;
        try (RecordBatches batches = new RecordBatches(source, readAhead)) {
            for (RecordBatches.Batch batch; (batch = batches.next()) != null; ) {
                for (CsvRecord record : batch.records()) {
                    rows++;
                    List<String> values = record.values();
                    shapes.add(record);
                    addColumns(columns, values.size(), decimalCommaFirst);
                    for (int i = 0; i < values.size(); i++) {
                        columns.get(i).accept(values.get(i), record.line());
                    }
                }
                if (rows % PROGRESS_INTERVAL == 0) {
                    progress.onProgress(batch.bytesRead(), rows);
                }
            }
        }
        progress.onProgress(source.bytesRead(), rows);
        if (rows == 0 && header != null && !(source.layout() instanceof JsonLayout)) {
            // a table with fields and no rows is legitimate (a register not yet filled), but rarely meant
            issues.add(Issue.of(Severity.WARNING, TabularCode.FILE_HEADER_ONLY, header.line(), 0, null,
                    Map.of("unit", positionName, "fields", titles.size())));
        }
        TableAssembly table = new TableAssembly(titles, header != null, columns, shapes, source.layout().format(),
                positionName);
        source.issues().stream().map(table::withFieldName).forEach(issues::add);
        issues.addAll(table.issues());
        return new Inference(source.layout(), table.schema(), rows, byteCount < 0 ? source.bytesRead() : byteCount,
                issues, table.sourceColumns());
    }

    /** Opens the file for its first reading, adding what sniffing the dialect found to the issues. */
    private static RecordSource open(Path file, TabularFormat format, @Nullable String sheet, List<Issue> issues)
            throws IOException {
        return switch (format) {
            case DELIMITED_TEXT -> {
                SniffResult sniff = CsvSniffer.examine(file);
                issues.addAll(sniff.issues());
                yield CsvRecordReader.open(file, sniff.dialect());
            }
            case XLSX, ODS -> SheetSource.open(file, format, sheet);
            case JSON -> JsonRecordSource.locate(file);
        };
    }

    private static void addColumns(List<ColumnInference> columns, int width, boolean decimalCommaFirst) {
        while (columns.size() < width) {
            columns.add(new ColumnInference(decimalCommaFirst));
        }
    }
}
