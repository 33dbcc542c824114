// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a schema a steward changed still fits a file: which of the changed fields have a value their type or
 * format cannot read. Used before a version is written with overrides, so that an override that no longer fits a
 * new upload is dropped with a warning instead of failing the ingest halfway (case c03: no stale override).
 *
 * <p>Stateless. Reads the file once, streamed; cost is one parse per value of the checked fields.
 */
public final class SchemaFit {

    private SchemaFit() {
    }

    /**
     * @param file     the file the inference was made from
     * @param reviewed the inference with the changed schema ({@link Inference#withSchema})
     * @param fields   names of the fields to check; others are assumed to fit
     * @return for each checked field that does not fit, the 1-based line of its first misfit, in schema order; empty
     *     when all fit
     * @throws IOException if the file cannot be read
     */
    public static Map<String, Long> misfits(Path file, Inference reviewed, Set<String> fields) throws IOException {
        try (RecordSource source = RecordSource.open(file, reviewed.layout())) {
            return misfits(source, reviewed, fields);
        }
    }

    /**
     * As {@link #misfits(Path, Inference, Set)}, for records that {@link RecordSource#open} cannot read again from a
     * file, such as the attributes of geodata features: reads {@code records} from where it stands to its end (or
     * until every checked field has a misfit). Does not close it.
     *
     * @param records  the same records the inference was made from, in the same order, header already consumed
     * @return for each checked field that does not fit, the position ({@link CsvRecord#line()}) of its first misfit,
     *     in schema order; empty when all fit
     * @throws IOException if the records cannot be read
     */
    public static Map<String, Long> misfits(RecordSource records, Inference reviewed, Set<String> fields)
            throws IOException {
        List<Field> schema = reviewed.schema().fields();
        List<Integer> checked = new ArrayList<>();
        List<FieldValueParser> parsers = new ArrayList<>();
        for (int i = 0; i < schema.size(); i++) {
            if (fields.contains(schema.get(i).name())) {
                checked.add(i);
                parsers.add(new FieldValueParser(schema.get(i), reviewed.schema().missingValues()));
            }
        }
        Map<String, Long> misfits = new LinkedHashMap<>();
        if (checked.isEmpty()) {
            return misfits;
        }
        for (CsvRecord record = records.next(); record != null && misfits.size() < checked.size();
                record = records.next()) {
            for (int k = 0; k < checked.size(); k++) {
                int field = checked.get(k);
                String name = schema.get(field).name();
                int position = reviewed.sourceColumns().get(field) - 1;
                if (misfits.containsKey(name) || position >= record.values().size()) {
                    continue;
                }
                try {
                    parsers.get(k).parse(record.values().get(position), record.line());
                } catch (TabularException misfit) {
                    misfits.put(name, record.line());
                }
            }
        }
        return misfits;
    }
}
