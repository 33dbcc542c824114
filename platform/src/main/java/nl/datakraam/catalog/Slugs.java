// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import nl.datakraam.lib.tabular.FieldNames;

/** Readable URL names: {@code Fietspaden Groningen 2024} → {@code fietspaden-groningen-2024}. */
final class Slugs {

    private Slugs() {
    }

    /**
     * Lowercase ASCII letters and digits separated by single hyphens, folded as field names are
     * ({@link FieldNames#words}), at most {@code max} characters (cut at a hyphen where possible); {@code dataset}
     * when nothing is left.
     */
    static String of(String text, int max) {
        String folded = FieldNames.words(text, '-');
        if (folded.length() > max) {
            folded = folded.substring(0, max);
            int cut = folded.lastIndexOf('-');
            folded = (cut > max / 2 ? folded.substring(0, cut) : folded).replaceAll("-+$", "");
        }
        return folded.isEmpty() ? "dataset" : folded;
    }
}
