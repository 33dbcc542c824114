// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The CBS form of a boundary's region code, as the sandbox's SQL functions {@code gemeentecode()},
 * {@code wijkcode()} and {@code buurtcode()} give it for the figures (query/infra/DutchCodeMacros, the same rule):
 * an optional year and prefix ({@code 2022GM}) or prefix ({@code GM}), then up to 4, 6 or 8 digits padded with zeros;
 * {@code GM0014}, {@code 0014}, {@code 14} and {@code 2022GM0014} all become {@code GM0014}. Done here rather than in
 * SQL because the boundaries are read as features, not as rows.
 */
final class RegionCodes {

    private record Form(String prefix, int digits, Pattern pattern) {
    }

    private static final Map<String, Form> FORMS = Map.of(
            "gemeente", form("GM", 4),
            "wijk", form("WK", 6),
            "buurt", form("BU", 8));

    private RegionCodes() {
    }

    private static Form form(String prefix, int digits) {
        return new Form(prefix, digits, Pattern.compile("(?:(?:19|20)[0-9]{2}" + prefix + "|" + prefix + ")?([0-9]{1,"
                + digits + "})"));
    }

    /**
     * The code in CBS form, or null when the value is no code of the level.
     *
     * @param level {@code gemeente}, {@code wijk} or {@code buurt}
     */
    static @Nullable String normalise(@Nullable Object value, String level) {
        Form form = FORMS.get(level);
        if (value == null || form == null) {
            return null;
        }
        Matcher matcher = form.pattern().matcher(value.toString().strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        String digits = matcher.group(1);
        return form.prefix() + "0".repeat(form.digits() - digits.length()) + digits;
    }
}
