// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file read the way the platform reads it: inferred, then opened again with its layout, every record kept as read
 * and converted.
 */
record InferredTable(Inference inference, List<CsvRecord> records, List<@Nullable Object[]> rows) {

    /** Reads a file in the format its name ending selects. */
    static InferredTable read(Path file) throws IOException {
        return of(file, TabularInference.infer(file, ProgressListener.NONE));
    }

    /** Reads a file in a format, with a sheet for workbooks. */
    static InferredTable read(Path file, TabularFormat format, @Nullable String sheet) throws IOException {
        return of(file, TabularInference.infer(file, format, sheet, ProgressListener.NONE));
    }

    private static InferredTable of(Path file, Inference inference) throws IOException {
        RowConverter converter = new RowConverter(inference);
        List<CsvRecord> records = new ArrayList<>();
        List<@Nullable Object[]> rows = new ArrayList<>();
        try (RecordSource source = RecordSource.open(file, inference.layout())) {
            for (CsvRecord record = source.next(); record != null; record = source.next()) {
                records.add(record);
                rows.add(converter.convert(record));
            }
        }
        return new InferredTable(inference, records, rows);
    }

    /** Writes UTF-8 text (no byte order mark) to {@code data.csv} in the folder and reads it. */
    static InferredTable ofText(Path folder, String text) throws IOException {
        return read(write(folder, text, StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String text, Charset charset) throws IOException {
        return Files.write(folder.resolve("data.csv"), text.getBytes(charset));
    }

    /** The dialect of delimited text. */
    CsvDialect dialect() {
        return (CsvDialect) inference.layout();
    }

    List<Field> fields() {
        return inference.schema().fields();
    }

    Field field(String name) {
        return fields().stream().filter(field -> field.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + names()));
    }

    List<String> names() {
        return fields().stream().map(Field::name).toList();
    }

    List<FieldType> types() {
        return fields().stream().map(Field::type).toList();
    }

    /** The converted values of one field, in record order. */
    List<@Nullable Object> values(String name) {
        int index = names().indexOf(name);
        field(name);
        return rows.stream().map(row -> row[index]).toList();
    }

    /** The values of every record as read, before conversion. */
    List<List<String>> texts() {
        return records.stream().map(CsvRecord::values).toList();
    }

    /** The issues with a code. */
    List<Issue> issues(String code) {
        return inference.issues().stream().filter(issue -> issue.code().equals(code)).toList();
    }

    @Override
    public String toString() {
        return inference + " " + rows.stream().map(Arrays::toString).toList();
    }
}
