// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders of search results: {@code relevance} (best match first; without search words, as {@code modified}),
 * {@code modified} (last changed first), {@code quality} (best MQA rating first, unrated last) and {@code title}
 * (A–Z).
 */
public enum SearchSort {
    RELEVANCE, MODIFIED, QUALITY, TITLE;

    /** The wire value: {@code relevance}, {@code modified}, {@code quality}, {@code title}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<SearchSort> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
