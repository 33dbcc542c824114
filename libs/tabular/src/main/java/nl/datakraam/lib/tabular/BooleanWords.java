// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;
import java.util.Locale;

/**
 * The word pairs read as booleans, compared ignoring case: ja/nee, j/n, waar/onwaar, true/false, t/f, yes/no.
 * Digits 1/0 are deliberately not among them: such a column stays an integer.
 */
final class BooleanWords {

    private static final List<String> TRUE_WORDS = List.of("ja", "j", "waar", "true", "t", "yes");
    private static final List<String> FALSE_WORDS = List.of("nee", "n", "onwaar", "false", "f", "no");
    private static final int LONGEST = 6;

    private BooleanWords() {
    }

    /**
     * Encodes which pair a trimmed word belongs to and whether it means true: {@code pair * 2 + (true ? 1 : 0)}, or
     * -1 when the word is in no pair.
     */
    static int classify(String word) {
        if (word.length() > LONGEST) {
            return -1;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int pair = TRUE_WORDS.indexOf(lower);
        if (pair >= 0) {
            return pair * 2 + 1;
        }
        pair = FALSE_WORDS.indexOf(lower);
        return pair >= 0 ? pair * 2 : -1;
    }

    /** The pair's word for true (lowercase) for a code from {@link #classify}. */
    static String trueWord(int code) {
        return TRUE_WORDS.get(code / 2);
    }

    /** The pair's word for false (lowercase) for a code from {@link #classify}. */
    static String falseWord(int code) {
        return FALSE_WORDS.get(code / 2);
    }
}
