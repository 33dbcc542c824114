// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.detect;

import org.jspecify.annotations.Nullable;

/**
 * What a detector found in one field (or, with {@code field} null, in the file as a whole). Holds no value of the
 * data: only where, what, how sure and how often.
 *
 * @param field       the field's name; null for a file-level finding ({@link Detector#OFFICE_METADATA})
 * @param detector    what was found
 * @param confidence  0 to 1, how sure the detector is that the field holds this kind of personal data (see
 *                    {@link ColumnScan} for how it is computed)
 * @param count       values (rows) in which it was found; for office metadata, the number of properties present;
 *                    0 when only the field's name suggests it
 * @param rowsScanned rows read to find it (all rows, or the sample)
 * @param properties  for office metadata, the names of the properties present (never their values); empty otherwise
 */
public record Finding(@Nullable String field, Detector detector, double confidence, long count, long rowsScanned,
        java.util.List<String> properties) {

    public Finding {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
        properties = java.util.List.copyOf(properties);
    }

    /** A finding in a field. */
    public Finding(String field, Detector detector, double confidence, long count, long rowsScanned) {
        this(field, detector, confidence, count, rowsScanned, java.util.List.of());
    }
}
