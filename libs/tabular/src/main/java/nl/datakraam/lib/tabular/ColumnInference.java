// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.datakraam.lib.tabular.TemporalValue.Shape;
import org.jspecify.annotations.Nullable;

/**
 * Infers the type of one column from every one of its values, in constant memory: each candidate type (boolean,
 * integer, number, date/date-time) stays alive while every value fits it, and checking stops once none is left.
 *
 * <p>Values are trimmed first. Empty values and {@link MissingTokens} are missing and are no evidence either way.
 * The type chosen, from most to least specific: boolean; compact {@code yyyymmdd} date (which would otherwise be an
 * integer); integer; number; date or date-time; string. A column with no value at all is a string.
 *
 * <p>Not thread-safe; one instance per column per pass.
 */
final class ColumnInference {

    private static final int BOOLEAN = 1;
    private static final int INTEGER = 2;
    private static final int NUMBER = 4;
    private static final int TEMPORAL = 8;

    private final boolean decimalCommaFirst;

    private long values;
    private long blanks;
    private long nonMissing;
    private final Set<String> missingSpellings = new TreeSet<>();
    private @Nullable String lastMissingSpelling;

    private boolean booleanAlive = true;
    private int booleanPair = -1;
    private final Set<String> trueSpellings = new TreeSet<>();
    private final Set<String> falseSpellings = new TreeSet<>();

    private boolean integerAlive = true;
    private int numberReadings = NumberSyntax.ALL;

    private boolean temporalAlive = true;
    private @Nullable Shape shape;
    private char dateSeparator;
    private int orders = TemporalValue.BOTH_ORDERS;
    private long timed;
    private long zoned;
    private int timeFlags;
    private boolean spaceSeparated;
    private boolean fullMonthName;

    private long firstTextLine;
    private long typedBeforeText;
    private String typeBeforeText = "";

    /**
     * @param decimalCommaFirst whether a number that allows both readings ({@code 1,234}) has a decimal comma, as in a
     *                          {@code ;}-delimited file; otherwise the decimal point comes first
     */
    ColumnInference(boolean decimalCommaFirst) {
        this.decimalCommaFirst = decimalCommaFirst;
    }

    /** Takes one value as written, with the 1-based position of its record. */
    void accept(String raw, long line) {
        values++;
        String text = Cells.trimmed(raw);
        if (text.isEmpty()) {
            blanks++;
            return;
        }
        if (MissingTokens.matches(text)) {
            if (!text.equals(lastMissingSpelling)) {
                missingSpellings.add(text);
                lastMissingSpelling = text;
            }
            return;
        }
        nonMissing++;
        int aliveBefore = alive();
        if (aliveBefore == 0) {
            return;
        }
        if (booleanAlive) {
            acceptBoolean(text);
        }
        if (integerAlive || numberReadings != 0) {
            acceptNumber(text);
        }
        if (temporalAlive) {
            acceptTemporal(text);
        }
        if (alive() == 0) {
            firstTextLine = line;
            typedBeforeText = nonMissing - 1;
            typeBeforeText = narrowest(aliveBefore);
        }
    }

    private void acceptBoolean(String text) {
        int code = BooleanWords.classify(text);
        if (code < 0 || (booleanPair >= 0 && code / 2 != booleanPair)) {
            booleanAlive = false;
            return;
        }
        booleanPair = code / 2;
        (code % 2 == 1 ? trueSpellings : falseSpellings).add(text);
    }

    private void acceptNumber(String text) {
        if (NumberSyntax.isInteger(text)) {
            return;
        }
        integerAlive = false;
        if (numberReadings != 0) {
            numberReadings &= NumberSyntax.readings(text);
        }
    }

    private void acceptTemporal(String text) {
        TemporalValue value = TemporalSyntax.parse(text);
        if (value == null || (shape != null && (value.shape() != shape || value.dateSeparator() != dateSeparator))) {
            temporalAlive = false;
            return;
        }
        shape = value.shape();
        dateSeparator = value.dateSeparator();
        orders &= value.orders();
        temporalAlive = orders != 0;
        if (value.has(TemporalValue.HAS_TIME)) {
            timed++;
            timeFlags |= value.flags();
            spaceSeparated |= !value.has(TemporalValue.T_SEPARATOR);
        }
        if (value.has(TemporalValue.HAS_ZONE)) {
            zoned++;
        }
        fullMonthName |= shape == Shape.MONTH_NAME && !value.has(TemporalValue.ABBREVIATED_MONTH);
    }

    private int alive() {
        return (booleanAlive ? BOOLEAN : 0) | (integerAlive ? INTEGER : 0) | (numberReadings != 0 ? NUMBER : 0)
                | (temporalAlive ? TEMPORAL : 0);
    }

    private static String narrowest(int alive) {
        if ((alive & BOOLEAN) != 0) {
            return "booleans";
        }
        if ((alive & INTEGER) != 0) {
            return "integers";
        }
        return (alive & NUMBER) != 0 ? "numbers" : "dates";
    }

    /** Whether any value has content (a missing token counts; whitespace does not). */
    boolean hasContent() {
        return values > blanks;
    }

    /** Whether no value is present other than empty ones and missing tokens. */
    boolean allMissing() {
        return nonMissing == 0;
    }

    /** The missing tokens found, exactly as spelled, in sorted order. */
    Set<String> missingSpellings() {
        return missingSpellings;
    }

    /** The position of the value that made the column text after earlier values were typed, or 0. */
    long firstTextLine() {
        return firstTextLine;
    }

    /** How many non-missing values came before {@link #firstTextLine()}. */
    long typedBeforeText() {
        return typedBeforeText;
    }

    /** What the values before {@link #firstTextLine()} were, e.g. "integers". */
    String typeBeforeText() {
        return typeBeforeText;
    }

    long nonMissing() {
        return nonMissing;
    }

    FieldType type() {
        if (nonMissing == 0) {
            return FieldType.STRING;
        }
        if (booleanAlive) {
            return FieldType.BOOLEAN;
        }
        if (temporalAlive && shape == Shape.COMPACT) {
            return FieldType.DATE;
        }
        if (integerAlive) {
            return FieldType.INTEGER;
        }
        if (numberReadings != 0) {
            return FieldType.NUMBER;
        }
        if (temporalAlive) {
            if (zoned > 0) {
                return zoned == nonMissing ? FieldType.DATETIME_TZ : FieldType.STRING;
            }
            return timed > 0 ? FieldType.DATETIME : FieldType.DATE;
        }
        return FieldType.STRING;
    }

    /** The field for this column, with the given name and title. */
    Field toField(String name, String title) {
        FieldType type = type();
        List<String> missing = new ArrayList<>();
        missing.add("");
        if (type != FieldType.STRING || nonMissing == 0) {
            missing.addAll(missingSpellings);
        }
        return switch (type) {
            case BOOLEAN -> new Field(name, title, type, "default", null, null,
                    spellings(BooleanWords.trueWord(booleanPair * 2 + 1), trueSpellings),
                    spellings(BooleanWords.falseWord(booleanPair * 2), falseSpellings), missing);
            case NUMBER -> {
                int reading = preferredReading();
                char group = NumberSyntax.groupChar(reading);
                yield new Field(name, title, type, "default", String.valueOf(NumberSyntax.decimalChar(reading)),
                        group == 0 ? null : String.valueOf(group), List.of(), List.of(), missing);
            }
            case DATE, DATETIME, DATETIME_TZ -> new Field(name, title, type, temporalFormat(type), null, null,
                    List.of(), List.of(), missing);
            case STRING, INTEGER -> new Field(name, title, type, "default", null, null, List.of(), List.of(),
                    missing);
        };
    }

    /** Without grouping before with; the decimal comma first when so constructed, the decimal point otherwise. */
    private int preferredReading() {
        int[] order = decimalCommaFirst
                ? new int[] {NumberSyntax.COMMA, NumberSyntax.COMMA_DOT_GROUP, NumberSyntax.DOT,
                        NumberSyntax.DOT_COMMA_GROUP}
                : new int[] {NumberSyntax.DOT, NumberSyntax.DOT_COMMA_GROUP, NumberSyntax.COMMA,
                        NumberSyntax.COMMA_DOT_GROUP};
        for (int reading : order) {
            if ((numberReadings & reading) != 0) {
                return reading;
            }
        }
        throw new IllegalStateException("no number reading left");
    }

    private String temporalFormat(FieldType type) {
        Shape dateShape = shape == null ? Shape.ISO : shape;
        String date = switch (dateShape) {
            case ISO -> "%Y-%m-%d";
            case COMPACT -> "%Y%m%d";
            case MONTH_NAME -> fullMonthName ? "%d %B %Y" : "%d %b %Y";
            case NUMERIC -> (orders & TemporalValue.DAY_FIRST) != 0
                    ? "%d" + dateSeparator + "%m" + dateSeparator + "%Y"
                    : "%m" + dateSeparator + "%d" + dateSeparator + "%Y";
        };
        if (type == FieldType.DATE) {
            return dateShape == Shape.ISO ? "default" : date;
        }
        return date + (spaceSeparated ? " " : "T") + "%H:%M"
                + ((timeFlags & TemporalValue.HAS_SECONDS) != 0 ? ":%S" : "")
                + ((timeFlags & TemporalValue.HAS_FRACTION) != 0 ? ".%f" : "")
                + (type == FieldType.DATETIME_TZ ? "%z" : "");
    }

    /** The pair's word in lower, capitalised and upper case, then any other spelling found. */
    private static List<String> spellings(String word, Set<String> found) {
        Set<String> all = new LinkedHashSet<>();
        all.add(word);
        all.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        all.add(word.toUpperCase(Locale.ROOT));
        all.addAll(found);
        return List.copyOf(all);
    }
}
