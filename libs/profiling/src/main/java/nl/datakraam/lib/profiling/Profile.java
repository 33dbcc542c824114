// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.util.List;

/**
 * The profile of one Parquet file: statistics of each field, in the file's column order. Plain data, safe to write
 * as JSON and read back.
 *
 * @param rowCount rows in the file
 * @param fields   one profile per column
 */
public record Profile(long rowCount, List<FieldProfile> fields) {

    public Profile {
        fields = List.copyOf(fields);
    }
}
