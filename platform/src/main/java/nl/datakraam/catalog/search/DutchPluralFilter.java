// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Takes the plural {@code -s} off Dutch words in {@code -e} before the Snowball Dutch stemmer, which keeps it
 * (Snowball only drops an {@code -s} after a consonant): {@code postcodes → postcode}, {@code gemeentes →
 * gemeente}, {@code rapportages → rapportage}, so that they stem as their singular does ({@code postcod}). Applies to
 * lower-case words of six letters or more ending in a consonant + {@code es}; leaves keywords (stem overrides)
 * alone. Index and query go through the same chain, so a word that is not a plural still finds itself.
 */
final class DutchPluralFilter extends TokenFilter {

    private static final int MIN_LENGTH = 6;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    DutchPluralFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (!keyword.isKeyword() && length >= MIN_LENGTH && term.charAt(length - 1) == 's'
                && term.charAt(length - 2) == 'e' && consonant(term.charAt(length - 3))) {
            term.setLength(length - 1);
        }
        return true;
    }

    private static boolean consonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
