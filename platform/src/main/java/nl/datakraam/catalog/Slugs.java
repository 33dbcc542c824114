// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL names: {@code Fietspaden Groningen 2024} → {@code fietspaden-groningen-2024}. */
final class Slugs {

    private Slugs() {
    }

    /**
     * Lowercase ASCII letters and digits separated by single hyphens, accents folded, at most {@code max} characters
     * (cut at a hyphen where possible); {@code dataset} when nothing is left.
     */
    static String of(String text, int max) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (folded.length() > max) {
            folded = folded.substring(0, max);
            int cut = folded.lastIndexOf('-');
            folded = (cut > max / 2 ? folded.substring(0, cut) : folded).replaceAll("-+$", "");
        }
        return folded.isEmpty() ? "dataset" : folded;
    }
}
