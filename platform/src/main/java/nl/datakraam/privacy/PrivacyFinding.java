// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one detector found in one field of a version (or, with {@code field} null, in its uploaded file as a whole).
 * Never holds a value of the data.
 *
 * @param field       the field's name; null for a file-level finding ({@code office-metadata})
 * @param detector    {@code bsn}, {@code iban}, {@code email}, {@code phone}, {@code address}, {@code birth-date},
 *                    {@code age}, {@code licence-plate}, {@code ip-address}, {@code precise-location},
 *                    {@code person-name}, {@code free-text} or {@code office-metadata}
 * @param confidence  0 to 1
 * @param count       rows in which it was found (of {@code rowsScanned}); 0 when only the field's name suggests it;
 *                    for {@code office-metadata} the number of properties present
 * @param rowsScanned rows the detectors read (all rows, or the sample)
 * @param properties  for {@code office-metadata}, the names of the document properties present ({@code creator},
 *                    {@code lastModifiedBy}, {@code company}, {@code absPath} …), never their values; empty otherwise
 */
public record PrivacyFinding(@Nullable String field, String detector, double confidence, long count,
        long rowsScanned, List<String> properties) {

    public PrivacyFinding {
        properties = List.copyOf(properties);
    }

    /** A finding in a field (the contract's form). */
    public PrivacyFinding(@Nullable String field, String detector, double confidence, long count, long rowsScanned) {
        this(field, detector, confidence, count, rowsScanned, List.of());
    }

    /** Whether only the field's name suggests it (no value was recognised). */
    public boolean nameOnly() {
        return count == 0 && field != null;
    }
}
