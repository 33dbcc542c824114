// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A version's Frictionless Table Schema as inferred from its source file: fields in order, with the source's
 * formats (decimal comma, day-first dates, {@code ja}/{@code nee}) and the null tokens found there.
 */
public record DatasetSchema(List<SchemaField> fields, List<String> missingValues) {

    public DatasetSchema {
        fields = List.copyOf(fields);
        missingValues = List.copyOf(missingValues);
    }

    /**
     * The schema of the data as Datakraam serves it (rows API, CSV and Parquet downloads): the same fields and types,
     * but every value in its canonical form, so no source formats: ISO 8601 dates, decimal point, no thousands
     * separator, {@code true}/{@code false}, and only the empty string as missing value. Without geometry columns;
     * see {@link #asServed(VersionSpatial)}.
     */
    public DatasetSchema asServed() {
        return new DatasetSchema(fields.stream()
                .map(f -> new SchemaField(f.name(), f.title(), f.type(), "default", null, null, List.of(), List.of(),
                        List.of()))
                .toList(), List.of(""));
    }

    /**
     * As {@link #asServed()}, followed, for a geodata version, by the geometry columns its data carries (see
     * {@link VersionSpatial#servedFields()}), so that the schema lists every column of the rows API and of the
     * Parquet download, in their order.
     *
     * @param spatial the version's spatial description; null for a version without geometry
     */
    public DatasetSchema asServed(@Nullable VersionSpatial spatial) {
        DatasetSchema served = asServed();
        if (spatial == null) {
            return served;
        }
        List<SchemaField> all = new ArrayList<>(served.fields());
        all.addAll(spatial.servedFields());
        return new DatasetSchema(all, served.missingValues());
    }
}
