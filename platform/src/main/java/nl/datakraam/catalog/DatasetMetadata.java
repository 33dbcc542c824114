// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.List;
import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * The descriptive metadata a steward edits (DCAT: {@code dct:title}, {@code dct:description},
 * {@code dct:publisher}, {@code dct:license}, {@code dcat:keyword}, {@code dct:accrualPeriodicity}) and the access
 * level.
 *
 * @param title       1–500 characters
 * @param description free text; null for none
 * @param publisher   the responsible organisation's name (later: a TOOI URI); null for none
 * @param licence     licence URI or name, e.g. {@code http://creativecommons.org/publicdomain/zero/1.0/}; null
 * @param keywords    words, each without commas, at most 2,000 characters together
 * @param updateFrequency how often the data is updated; null for not declared
 */
public record DatasetMetadata(String title, @Nullable String description, @Nullable String publisher,
        @Nullable String licence, List<String> keywords, AccessLevel accessLevel,
        @Nullable UpdateFrequency updateFrequency) {

    public DatasetMetadata {
        keywords = List.copyOf(keywords);
    }
}
