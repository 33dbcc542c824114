// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datakraam.ingest.IngestSettings;
import nl.datakraam.lib.tabular.CsvDialect;
import nl.datakraam.lib.tabular.CsvRecord;
import nl.datakraam.lib.tabular.Field;
import nl.datakraam.lib.tabular.Inference;
import nl.datakraam.lib.tabular.ProgressListener;
import nl.datakraam.lib.tabular.RecordSource;
import nl.datakraam.lib.tabular.RowConverter;
import nl.datakraam.lib.tabular.TabularFormat;
import nl.datakraam.lib.tabular.TabularInference;
import nl.datakraam.storage.BlobStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a tabular file (delimited text, XLSX, ODS or JSON) into a version's data files, in two steps so that a
 * steward can review the schema in between: {@link #infer} reads the whole file once; {@link #write} reads it again
 * with the layout the inference found, converts every record to the (possibly overridden) schema's types and lets
 * DuckDB write Parquet (the CSV download is made from it when first asked for). Delimited text goes through {@link SqlPassTwo} (DuckDB reads and converts the file
 * itself) wherever that gives the same values ({@code datakraam.ingest.duckdb-reads-csv}); everything else through
 * the Java path: {@link nl.datakraam.lib.tabular.RecordSource}, {@link RowConverter} and {@link ParquetStaging}.
 */
@Component
class TabularWriter {

    private final BlobStore blobs;
    private final IngestSettings settings;
    private final SqlPassTwo sqlPassTwo;

    TabularWriter(BlobStore blobs, IngestSettings settings) {
        this.blobs = blobs;
        this.settings = settings;
        this.sqlPassTwo = new SqlPassTwo(blobs, settings);
    }

    /**
     * @param source    the raw file
     * @param filename  the name the file was uploaded under; its ending selects the format, and any ending that
     *                  selects none is read as delimited text
     * @param inferring progress of the pass (bytes read, rows read)
     * @throws nl.datakraam.lib.tabular.TabularException when the file cannot be read as a table
     */
    Inference infer(Path source, String filename, ProgressListener inferring) throws IOException {
        TabularFormat format = TabularFormat.ofFileName(filename).orElse(TabularFormat.DELIMITED_TEXT);
        return TabularInference.infer(source, format, null, inferring);
    }

    /**
     * @param inference the file's inference, its schema possibly overridden by the steward
     * @param directory the version's folder; receives {@code data.parquet}
     * @param previous  the current version's Parquet file when appending (its rows come first, and its fields must
     *                  match), or null
     * @param writing   progress of the pass (bytes read, rows written)
     * @throws nl.datakraam.lib.tabular.TabularException when a value does not fit an overridden type (names the
     *     field and line)
     */
    TabularWrite write(Path source, Inference inference, Path directory, @Nullable Path previous,
            ProgressListener writing) throws IOException, SQLException {
        if (settings.duckdbReadsCsv() && inference.layout() instanceof CsvDialect) {
            Optional<Path> parquet = sqlPassTwo.write(source, inference, directory, previous, writing);
            if (parquet.isPresent()) {
                return new TabularWrite(inference, parquet.get());
            }
        }
        return writeWithJava(source, inference, directory, previous, writing);
    }

    /** {@link #write} through the Java reader, {@link RowConverter} and the staging database, for any format. */
    TabularWrite writeWithJava(Path source, Inference inference, Path directory, @Nullable Path previous,
            ProgressListener writing) throws IOException, SQLException {
        List<Field> fields = inference.schema().fields();
        var converter = new RowConverter(inference);
        try (var staging = new ParquetStaging(blobs, settings, fields.stream()
                .map(field -> new ParquetStaging.Column(field.name(), ParquetStaging.Column.typeOf(field)))
                .toList())) {
            if (previous != null) {
                staging.rowsOf(previous);
            }
            long rows = 0;
            try (var reader = RecordSource.open(source, inference.layout())) {
                for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                    staging.row(converter.convert(record));
                    if (++rows % 10_000 == 0) {
                        writing.onProgress(reader.bytesRead(), rows);
                    }
                }
                writing.onProgress(reader.bytesRead(), rows);
            }
            return new TabularWrite(inference, staging.written(directory, Map.of()));
        }
    }
}
