// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dutch month names and their usual abbreviations, lowercase, as {@link TemporalSyntax} reads them in dates such as
 * {@code 12 januari 2024} and {@code 12 jan. 2024}.
 */
public final class DutchMonths {

    private static final Map<String, Integer> FULL_NAMES = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3), Map.entry("april", 4),
            Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("augustus", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    private static final Map<String, Integer> ABBREVIATIONS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mrt", 3), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DutchMonths() {
    }

    /** The month (1–12) of a full lowercase name, or 0. {@code mei} counts as a full name. */
    static int fullName(String name) {
        return FULL_NAMES.getOrDefault(name, 0);
    }

    /** The month (1–12) of a lowercase abbreviation without its dot, or 0. */
    static int abbreviation(String name) {
        return ABBREVIATIONS.getOrDefault(name, 0);
    }

    /**
     * Every lowercase spelling read as a month, full names and abbreviations (without their dot), with its month
     * (1–12); for readers that must recognise exactly the same names, such as generated SQL.
     */
    public static Map<String, Integer> spellings() {
        Map<String, Integer> all = new LinkedHashMap<>(FULL_NAMES);
        all.putAll(ABBREVIATIONS);
        return all;
    }
}
