// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Converts the records of an inferred file to typed values aligned with {@code inference.schema().fields()}:
 * {@link String} (verbatim, untrimmed), {@link Long} (INTEGER), {@link Double} (NUMBER), {@link Boolean},
 * {@link java.time.LocalDate}, {@link java.time.LocalDateTime} (DATETIME), {@link java.time.OffsetDateTime} in UTC
 * (DATETIME_TZ), or null for a missing value or one the record does not have. Typed values are trimmed of
 * surrounding whitespace first.
 *
 * <p>Pass data records only, as {@link RecordSource#next()} returns them when the file is opened with
 * {@code inference.layout()}: a source never returns the header from {@code next()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RowConverter {

    private final FieldValueParser[] parsers;
    private final int[] positions;
    private final String unit;

    public RowConverter(Inference inference) {
        List<Field> fields = inference.schema().fields();
        List<String> missing = inference.schema().missingValues();
        this.parsers = fields.stream().map(field -> new FieldValueParser(field, missing))
                .toArray(FieldValueParser[]::new);
        this.positions = inference.sourceColumns().stream().mapToInt(position -> position - 1).toArray();
        this.unit = inference.layout().format().positionName();
    }

    /**
     * One value per field of the schema, in schema order.
     *
     * <p>Never throws for a data record of the file the inference was made from. With a schema a steward changed, a
     * value that does not fit its field throws {@link TabularException} {@code value.invalid}, naming the field and
     * the line but not the value.
     */
    public @Nullable Object[] convert(CsvRecord record) {
        List<String> values = record.values();
        @Nullable Object[] row = new Object[parsers.length];
        for (int i = 0; i < parsers.length; i++) {
            int position = positions[i];
            if (position < values.size()) {
                row[i] = parsers[i].parse(values.get(position), record.line(), position + 1, unit);
            }
        }
        return row;
    }
}
