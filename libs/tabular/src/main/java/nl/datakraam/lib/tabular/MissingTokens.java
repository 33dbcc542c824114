// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;

/**
 * Words that Dutch and international exports write for "no value". They count as missing only in typed fields; in a
 * string field they stay text, since there they may be real values (a product called "NA", a remark "onbekend").
 */
final class MissingTokens {

    /** Compared ignoring case; the exact spelling found is what the schema records. */
    private static final List<String> WORDS = List.of(
            "null", "na", "n/a", "#n/a", "#n/b", "-", "n.v.t.", "nvt", "n.b.", "onbekend");

    private static final int LONGEST = 8;

    private MissingTokens() {
    }

    /** Whether trimmed, non-empty text is one of {@link #WORDS}, ignoring case. */
    static boolean matches(String text) {
        if (text.length() > LONGEST) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(0));
        if (first != 'n' && first != '#' && first != '-' && first != 'o') {
            return false;
        }
        for (String word : WORDS) {
            if (word.equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }
}
