// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.datakraam.lib.profiling.FieldProfile.ValueCount;

/**
 * Which checks apply to a field, decided from its name and its profile: the rule in the package description.
 * Names are compared folded: accents dropped, lowercase, split into words at every other character, and also as
 * one word ({@code Municipality_code} → words {@code municipality}, {@code code}; joined {@code municipalitycode}).
 */
final class FieldRoles {

    /** Share of a string field's counted patterns that must fit a format for its values alone to select a check. */
    static final double MOSTLY = 0.9;

    /** A key-named field is checked for uniqueness when at least this share of its values are distinct. */
    static final double MOSTLY_DISTINCT = 0.5;

    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern IBAN_SHAPE = Pattern.compile("AA99[A9]{11,30}");

    // The same words as libs/geo's CoordinateColumns, so that both agree on what a coordinate column is.
    private static final Set<String> X_WORDS = Set.of("x", "xcoord", "xcoordinaat", "xcoordinate", "rdx", "xrd",
            "coordx", "easting");
    private static final Set<String> Y_WORDS = Set.of("y", "ycoord", "ycoordinaat", "ycoordinate", "rdy", "yrd",
            "coordy", "northing");
    private static final Set<String> LON_WORDS = Set.of("lon", "lng", "long", "longitude", "lengtegraad");
    private static final Set<String> LAT_WORDS = Set.of("lat", "latitude", "breedtegraad");

    private FieldRoles() {
    }

    /** The code domain a field claims by its name or shows by its values, if any (at most one). */
    static Optional<Check> domain(FieldProfile field) {
        Name name = Name.of(field.name());
        boolean string = field.kind().equals("string");
        boolean number = field.kind().equals("number");
        if (!string && !number) {
            return Optional.empty();
        }
        if (name.hasWord("bsn") || name.joined().startsWith("bsn") || name.contains("burgerservicenummer")) {
            return Optional.of(Check.BSN);
        }
        if (name.hasWord("pc4")) {
            return Optional.of(Check.PC4);
        }
        if (name.contains("postcode", "postalcode", "zipcode") || name.hasWord("pc6")) {
            return Optional.of(number || share(field, "9999"::equals) >= 0.5 ? Check.PC4 : Check.POSTCODE);
        }
        if (name.contains("gemeentecode", "municipalitycode", "gmcode", "gemcode")) {
            return Optional.of(Check.GEMEENTECODE);
        }
        if (!string) {
            return Optional.empty();
        }
        if (name.contains("iban")) {
            return Optional.of(Check.IBAN);
        }
        if (name.contains("provinciecode", "provincecode", "pvcode")) {
            return Optional.of(Check.PROVINCIECODE);
        }
        if (name.contains("wijkcode", "districtcode")) {
            return Optional.of(Check.WIJKCODE);
        }
        if (name.contains("buurtcode", "neighbourhoodcode", "neighborhoodcode")) {
            return Optional.of(Check.BUURTCODE);
        }
        return byValues(field);
    }

    /** A string field whose name says nothing, recognised by its patterns and top values. */
    private static Optional<Check> byValues(FieldProfile field) {
        if (share(field, p -> p.equals("9999AA") || p.equals("9999 AA")) >= MOSTLY) {
            return Optional.of(Check.POSTCODE);
        }
        if (share(field, "AA9999"::equals) >= MOSTLY && topValuesStartWith(field, "GM")) {
            return Optional.of(Check.GEMEENTECODE);
        }
        if (share(field, "AA99"::equals) >= MOSTLY && topValuesStartWith(field, "PV")) {
            return Optional.of(Check.PROVINCIECODE);
        }
        if (share(field, "AA999999"::equals) >= MOSTLY && topValuesStartWith(field, "WK")) {
            return Optional.of(Check.WIJKCODE);
        }
        if (share(field, "AA99999999"::equals) >= MOSTLY && topValuesStartWith(field, "BU")) {
            return Optional.of(Check.BUURTCODE);
        }
        if (share(field, p -> IBAN_SHAPE.matcher(p.replace(" ", "")).matches()) >= MOSTLY) {
            return Optional.of(Check.IBAN);
        }
        return Optional.empty();
    }

    /**
     * Whether a field is named like a key ({@code id}, {@code …_id}, {@code …code}) and most of its values are
     * distinct, so that a repeat is a surprise. A key-named field with mostly repeated values is a reference to
     * another table (a municipality code in a time series), where repeats are expected; postcodes repeat by nature.
     */
    static boolean isKey(FieldProfile field, Optional<Check> domain) {
        if (!field.kind().equals("string") && !field.kind().equals("number") || field.distinct() == null
                || field.count() == 0 || domain.filter(d -> d == Check.POSTCODE || d == Check.PC4).isPresent()) {
            return false;
        }
        Name name = Name.of(field.name());
        boolean keyName = name.joined().equals("id") || name.lastWord().equals("id") || name.joined().endsWith("code");
        return keyName && field.distinct().count() >= MOSTLY_DISTINCT * field.count();
    }

    /**
     * Pairs of number fields holding coordinates: by name x/y (RD New, unless the medians are degrees) or
     * longitude/latitude (WGS 84), the i-th x with the i-th y.
     */
    static List<CoordinatePair> coordinates(List<FieldProfile> fields) {
        List<CoordinatePair> pairs = new ArrayList<>();
        pair(fields, X_WORDS, Y_WORDS, false, pairs);
        pair(fields, LON_WORDS, LAT_WORDS, true, pairs);
        return pairs;
    }

    private static void pair(List<FieldProfile> fields, Set<String> xWords, Set<String> yWords, boolean degrees,
            List<CoordinatePair> pairs) {
        List<FieldProfile> xs = fields.stream().filter(f -> f.kind().equals("number") && Name.of(f.name())
                .isOneOf(xWords)).toList();
        List<FieldProfile> ys = fields.stream().filter(f -> f.kind().equals("number") && Name.of(f.name())
                .isOneOf(yWords)).toList();
        for (int i = 0; i < Math.min(xs.size(), ys.size()); i++) {
            FieldProfile x = xs.get(i);
            FieldProfile y = ys.get(i);
            pairs.add(new CoordinatePair(x.name(), y.name(), degrees || medianInDegrees(x, y)));
        }
    }

    private static boolean medianInDegrees(FieldProfile x, FieldProfile y) {
        if (x.quantiles() == null || y.quantiles() == null
                || !(x.quantiles().p50() instanceof Number mx) || !(y.quantiles().p50() instanceof Number my)) {
            return false;
        }
        return Math.abs(mx.doubleValue()) <= 180 && Math.abs(my.doubleValue()) <= 90;
    }

    /**
     * Two coordinate fields.
     *
     * @param degrees true for WGS 84 longitude/latitude, false for RD New metres
     */
    record CoordinatePair(String x, String y, boolean degrees) {
    }

    /** Share of a field's counted pattern occurrences (its top patterns) whose pattern passes the test. */
    private static double share(FieldProfile field, Predicate<String> test) {
        long basis = field.patternSample() != null ? field.patternSample() : field.count();
        if (basis == 0) {
            return 0;
        }
        long matching = field.patterns().stream().filter(p -> test.test(String.valueOf(p.value())))
                .mapToLong(ValueCount::count).sum();
        return (double) matching / basis;
    }

    private static boolean topValuesStartWith(FieldProfile field, String prefix) {
        return !field.topValues().isEmpty()
                && field.topValues().stream().allMatch(v -> String.valueOf(v.value()).startsWith(prefix));
    }

    /** A field name folded for comparison. */
    private record Name(List<String> words, String joined) {

        static Name of(String name) {
            String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            List<String> words = Arrays.stream(NON_ALPHANUMERIC.split(folded)).filter(w -> !w.isEmpty()).toList();
            return new Name(words, String.join("", words));
        }

        boolean hasWord(String word) {
            return words.contains(word);
        }

        String lastWord() {
            return words.isEmpty() ? "" : words.getLast();
        }

        boolean contains(String... parts) {
            return Arrays.stream(parts).anyMatch(joined::contains);
        }

        boolean isOneOf(Set<String> names) {
            return names.contains(joined) || words.stream().anyMatch(names::contains);
        }
    }
}
