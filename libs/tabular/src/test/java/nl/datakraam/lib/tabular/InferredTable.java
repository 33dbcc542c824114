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

/** A file read the way the platform reads it: inferred, then every data record converted. */
record InferredTable(Inference inference, List<@Nullable Object[]> rows) {

    static InferredTable read(Path file) throws IOException {
        Inference inference = TabularInference.infer(file, ProgressListener.NONE);
        RowConverter converter = new RowConverter(inference);
        List<@Nullable Object[]> rows = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(file, inference.dialect())) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                rows.add(converter.convert(record));
            }
        }
        return new InferredTable(inference, rows);
    }

    /** Writes UTF-8 text (no byte order mark) to {@code data.csv} in the folder and reads it. */
    static InferredTable ofText(Path folder, String text) throws IOException {
        return read(write(folder, text, StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String text, Charset charset) throws IOException {
        return Files.write(folder.resolve("data.csv"), text.getBytes(charset));
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

    /** The issues with a code. */
    List<Issue> issues(String code) {
        return inference.issues().stream().filter(issue -> issue.code().equals(code)).toList();
    }

    @Override
    public String toString() {
        return inference + " " + rows.stream().map(Arrays::toString).toList();
    }
}
