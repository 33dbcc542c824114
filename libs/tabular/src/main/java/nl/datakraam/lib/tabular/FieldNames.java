// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * Turns header text into safe identifiers, for field names and (by the platform) SQL table names.
 *
 * <p>The rule of {@link #toIdentifier}, applied in this order:
 * <ol>
 *   <li>fold to ASCII: Unicode compatibility decomposition (NFKD) with accents dropped ({@code é} → {@code e},
 *       {@code ²} → {@code 2}, {@code ĳ} → {@code ij}), and {@code ß æ œ ø ł đ} spelled out;</li>
 *   <li>lowercase; every run of other characters becomes one {@code _}; no {@code _} at either end;</li>
 *   <li>a result starting with a digit gets the prefix {@code f_} ({@code 92.10 Gemeentecode} →
 *       {@code f_92_10_gemeentecode});</li>
 *   <li>a result longer than the maximum is cut and ends in {@code _} and 8 hex digits of the CRC-32 of the original
 *       text, so long texts that differ only at the end stay distinct, and the same text always gives the same
 *       name;</li>
 *   <li>text with no letter or digit at all becomes {@code f_} and that hash.</li>
 * </ol>
 * The result matches {@code [a-z_][a-z0-9_]*} and is not checked against SQL reserved words: quote identifiers in SQL.
 */
public final class FieldNames {

    /** The longest name PostgreSQL keeps without truncation. */
    public static final int MAX_LENGTH = 63;

    private static final int MIN_LENGTH = 16;
    private static final int HASH_LENGTH = 8;
    private static final String PREFIX = "f_";

    private FieldNames() {
    }

    /**
     * A safe identifier for the text, by the rule in the class description.
     *
     * @param maxLength the longest result allowed, at least 16
     * @throws IllegalArgumentException if maxLength is below 16
     */
    public static String toIdentifier(String text, int maxLength) {
        if (maxLength < MIN_LENGTH) {
            throw new IllegalArgumentException("maxLength must be at least " + MIN_LENGTH);
        }
        String slug = slug(text);
        if (slug.isEmpty()) {
            return PREFIX + hash(text);
        }
        if (slug.charAt(0) <= '9') {
            slug = PREFIX + slug;
        }
        if (slug.length() <= maxLength) {
            return slug;
        }
        String kept = slug.substring(0, maxLength - HASH_LENGTH - 1);
        while (kept.endsWith("_")) {
            kept = kept.substring(0, kept.length() - 1);
        }
        return kept + "_" + hash(text);
    }

    /**
     * Makes names unique in order: the first of equal names is kept, later ones get {@code _2}, {@code _3}, … (cut to
     * fit maxLength), skipping any name that occurs elsewhere in the list. The same list always gives the same result.
     *
     * @param names     names made by {@link #toIdentifier}, in field order
     * @param maxLength the longest result allowed, as given to {@link #toIdentifier}
     * @return as many names as given, in the same order, all different
     */
    public static List<String> distinct(List<String> names, int maxLength) {
        Set<String> taken = new HashSet<>(names);
        Set<String> assigned = new HashSet<>();
        List<String> result = new ArrayList<>(names.size());
        for (String name : names) {
            String unique = name;
            for (int n = 2; !assigned.add(unique); n++) {
                String suffix = "_" + n;
                String candidate = name.substring(0, Math.min(name.length(), maxLength - suffix.length())) + suffix;
                if (!taken.contains(candidate)) {
                    unique = candidate;
                }
            }
            result.add(unique);
        }
        return result;
    }

    private static String slug(String text) {
        return words(text, '_');
    }

    /**
     * The words of a text as lowercase ASCII letters and digits, separated by one {@code separator}: accents folded
     * (NFKD, marks dropped), {@code ß æ œ ø ł đ} spelled out ({@code ss ae oe o l d}), every other character a word
     * break. {@code Café Ærø 2024} → {@code cafe_aero_2024} with {@code '_'}. Empty when the text has no letters or
     * digits. The one folding of the platform's names: field names here, and readable URL names (slugs).
     */
    public static String words(String text, char separator) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder(decomposed.length());
        boolean separate = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            String letters = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? String.valueOf(c) : spelledOut(c);
            if (letters != null) {
                if (separate && !slug.isEmpty()) {
                    slug.append(separator);
                }
                slug.append(letters);
                separate = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                separate = true;
            }
        }
        return slug.toString();
    }

    private static @Nullable String spelledOut(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ' -> "d";
            default -> null;
        };
    }

    private static String hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
