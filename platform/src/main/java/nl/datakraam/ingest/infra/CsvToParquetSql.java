// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.datakraam.lib.tabular.CsvDialect;
import nl.datakraam.lib.tabular.CsvRecordReader;
import nl.datakraam.lib.tabular.DutchMonths;
import nl.datakraam.lib.tabular.Field;
import nl.datakraam.lib.tabular.FieldType;
import nl.datakraam.lib.tabular.Inference;
import nl.datakraam.lib.tabular.Issue;
import org.jspecify.annotations.Nullable;

/**
 * Pass 2 of a delimited text file as one DuckDB query: the {@code SELECT} that reads the raw file with DuckDB's
 * {@code read_csv} in the dialect the inference found, every value as text, and converts every field to the value
 * {@link nl.datakraam.lib.tabular.RowConverter} gives it, typed as {@link ParquetStaging.Column#typeOf}. The caller
 * wraps it in {@code COPY (…) TO 'data.parquet'}; this class only writes SQL.
 *
 * <p>Shape of the query (innermost last; the layers with date parts exist only for date and date-time fields):
 * <pre>
 * SELECT CAST(CASE WHEN c1 IS NULL OR c1 IN ('', 'NULL') THEN NULL WHEN t0 IS NOT NULL THEN CAST(t0 AS BIGINT)
 *                  WHEN regexp_full_match(c1, &lt;spaces, a missing value, spaces&gt;) THEN NULL
 *                  ELSE error('datakraam: value not converted in field f1') END AS BIGINT) AS "f1", …
 * FROM (SELECT *, &lt;ok1: a real date of the field's type&gt;, [&lt;us1: microseconds since the epoch&gt;] FROM (
 *       SELECT *, TRY_CAST(p1[1] AS INTEGER) AS d1, … FROM (
 *       SELECT *, string_split(t1, '-') AS p1 FROM (                     -- or regexp_extract for date-times
 *       SELECT *, CASE WHEN regexp_full_match(c1, &lt;an integer&gt;) THEN c1
 *                      WHEN regexp_full_match(c1, &lt;spaces, an integer, spaces&gt;) THEN trim(c1, &lt;spaces&gt;) END AS t0, …
 *       FROM read_csv('file', columns = {'c1': 'VARCHAR', …}, delim = ';', quote = '"', escape = '"', header = true,
 *                skip = 2, auto_detect = false, strict_mode = true, null_padding = false,
 *                allow_quoted_nulls = false, encoding = 'utf-8')))))
 * </pre>
 *
 * <p>What it reproduces of the Java path ({@code CsvRecordReader}, {@code RowConverter}, {@code FieldValueParser}):
 * <ul>
 *   <li><b>Dialect</b>: UTF-8 with or without a byte order mark, any ASCII delimiter and quote with doubled quotes
 *       inside quoted values, preamble lines ({@code skipLines}), with or without a header, CRLF or LF or CR line
 *       ends, line breaks inside quoted values, empty lines skipped.</li>
 *   <li><b>string</b>: the value verbatim, null when it is exactly one of the field's missing values.</li>
 *   <li>Typed values are read without the characters {@code Cells.trimmed} removes around them (ASCII controls
 *       and spaces, U+00A0, U+2007, U+202F); empty or one of the missing values (such as {@code NULL},
 *       {@code n.v.t.}) is null.</li>
 *   <li><b>integer</b> ({@code NumberSyntax.isInteger}): optional sign, 1 to 18 digits, no leading zero.</li>
 *   <li><b>number</b> ({@code NumberSyntax.parse} in the field's reading): decimal point or comma, with or without
 *       the thousands separator ({@code 1.234,56}: groups of three, at most 18 integer digits), an exponent only
 *       without grouping; converted by DuckDB's correctly rounded cast, as {@link Double#parseDouble} does.</li>
 *   <li><b>boolean</b>: exactly the field's true and false spellings (false first, as the Java map has it).</li>
 *   <li><b>date, datetime, datetime with zone</b> ({@code TemporalSyntax}): the date shape the field's format
 *       names: ISO {@code %Y-%m-%d} (also {@code default}), {@code %Y%m%d} (years 1800–2200), {@code %d %B %Y} and
 *       {@code %d %b %Y} (Dutch month names and abbreviations, optional dot), {@code %d-%m-%Y} or
 *       {@code %m-%d-%Y} with {@code -}, {@code /} or {@code .}, one or two digits for day and month; after an ISO
 *       or numeric date a time {@code H:mm[:ss[.fffffffff]]} after {@code T} or a space, whatever the format's time
 *       part says; offsets {@code Z}, {@code ±hh}, {@code ±hhmm}, {@code ±hh:mm} up to 18 hours, converted to UTC;
 *       microseconds truncated towards the epoch, as the DuckDB appender does.</li>
 * </ul>
 * The Java reader also takes, in a date field, dates of other shapes than its format names (after a steward
 * changed the format); such a value stops the query like a value that does not convert.
 *
 * <p><b>Checked, never silently null:</b> a value that is not missing and does not convert raises
 * {@code error('datakraam: value not converted in field <name>')}, which stops the query; the caller then runs the
 * Java path, which names the line and field of a value that does not fit.
 *
 * <p><b>Not supported</b> ({@link #unsupported} says why, and the caller uses the Java path): other encodings
 * (Windows-1252, ISO-8859-1, UTF-16), NUL bytes, invalid UTF-8, records with more or fewer values than the header
 * (the Java reader repairs and reports them), quotes outside RFC 4180 ({@code csv.irregular-quotes}), a date format
 * of none of the shapes above, a missing value that would also read as a value. What DuckDB refuses while reading
 * (line ends mixed in one file, a line over 2 MB) stops the query too; and the caller checks that the query wrote
 * exactly {@link Inference#rowCount()} rows.
 *
 * <p>Stateless.
 */
final class CsvToParquetSql {

    /** The start of the message of a value that does not convert; the field name follows. */
    static final String NOT_CONVERTED = "datakraam: value not converted in field";

    /** Issues after which DuckDB would read other records or values than the Java reader. */
    private static final Set<String> UNREPRODUCIBLE_ISSUES = Set.of("row.extra-values", "row.extra-empty-values",
            "row.missing-values", "encoding.nul-byte", "encoding.invalid-utf8", CsvRecordReader.IRREGULAR_QUOTES);

    /** One character {@code Cells.trimmed} removes (U+0000 too, but files with NUL bytes are not supported). */
    private static final String SPACE = "[\\x01-\\x20\\x{A0}\\x{2007}\\x{202F}]";

    /** The same characters as the second argument of DuckDB's {@code trim}. */
    private static final String SPACES = IntStream.concat(IntStream.rangeClosed(1, 0x20),
                    IntStream.of(0xA0, 0x2007, 0x202F))
            .mapToObj(c -> "chr(" + c + ")").collect(Collectors.joining(" || "));

    private static final String INTEGER = "[+-]?(?:0|[1-9][0-9]{0,17})";

    /** {@code TemporalSyntax}'s time after the date: separator, hour, minute, second, fraction. */
    private static final String TIME = "([T ])([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,9}))?)?";
    private static final List<String> TIME_GROUPS = List.of("ts", "hh", "mi", "ss", "fr");
    /** {@code TemporalSyntax}'s zone offset after the time. */
    private static final String ZONE = "(Z|[+-][0-9]{2}(?::?[0-9]{2})?)";

    private static final long MICROS_PER_DAY = 86_400_000_000L;

    /** How the date part of a field's values is written, as its format names it. */
    private enum DateShape {
        /** {@code 2024-03-31}. */
        ISO,
        /** {@code 31-03-2024}, {@code 3/31/2024}, {@code 31.3.2024}. */
        NUMERIC,
        /** {@code 20240331}. */
        COMPACT,
        /** {@code 31 maart 2024}, {@code 31 mrt. 2024}. */
        MONTH_NAME
    }

    /**
     * A date shape, the separator of a numeric date, and whether a numeric date has its month first (by
     * {@code FieldValueParser}'s rule: {@code %m} before {@code %d} in a format that does not start with {@code %Y}).
     */
    private record DateFormat(DateShape shape, char separator, boolean monthFirst) {
    }

    private CsvToParquetSql() {
    }

    /**
     * Why the query cannot reproduce the Java path for this inference, decided from the inference alone; empty when
     * it can be tried.
     */
    static Optional<String> unsupported(Inference inference) {
        if (!(inference.layout() instanceof CsvDialect dialect)) {
            return Optional.of("not delimited text");
        }
        if (!dialect.charset().equals(StandardCharsets.UTF_8)) {
            return Optional.of("encoding " + dialect.charset().name());
        }
        if (dialect.delimiter() > 0x7F || dialect.quote() > 0x7F) {
            return Optional.of("delimiter or quote outside ASCII");
        }
        for (Issue issue : inference.issues()) {
            if (UNREPRODUCIBLE_ISSUES.contains(issue.code())) {
                return Optional.of("issue " + issue.code());
            }
        }
        if (inference.schema().fields().isEmpty()) {
            return Optional.of("no fields");
        }
        for (Field field : inference.schema().fields()) {
            Optional<String> reason = unsupported(field, missingValues(inference, field));
            if (reason.isPresent()) {
                return Optional.of("field " + field.name() + ": " + reason.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unsupported(Field field, Set<String> missing) {
        if (!missing.contains("")) {
            return Optional.of("the empty value is not missing");
        }
        if (field.type() == FieldType.STRING) {
            return Optional.empty();
        }
        Optional<DateFormat> date = dateFormat(field.format());
        if (isTemporal(field.type()) && date.isEmpty()) {
            return Optional.of("date format of no supported shape");
        }
        if (field.type() == FieldType.DATETIME_TZ && !hasTime(date.get().shape())) {
            return Optional.of("date-times with zone in a shape without time");
        }
        Pattern value = switch (field.type()) {
            case INTEGER -> Pattern.compile(INTEGER);
            case NUMBER -> Pattern.compile(number(field));
            case DATE, DATETIME, DATETIME_TZ -> Pattern.compile(temporal(field.type(), date.get()));
            case BOOLEAN, STRING -> null;
        };
        for (String token : missing) {
            boolean alsoValue = value != null ? value.matcher(token).matches()
                    : field.trueValues().contains(token) || field.falseValues().contains(token);
            if (alsoValue) {
                return Optional.of("a missing value is also a value");
            }
        }
        return Optional.empty();
    }

    /**
     * The query that yields the file's rows, converted, with one column per field named as the field.
     *
     * @param file      the raw file (read by DuckDB, so a path without glob characters: {@code * ? [})
     * @param inference a supported inference ({@link #unsupported} is empty)
     * @param width     values in the header record, or in the first record without a header: the columns DuckDB
     *                  is told the file has
     * @throws IllegalArgumentException if the inference is unsupported, a field's value is beyond the width, or the
     *                                  path holds glob characters
     */
    static String select(Path file, Inference inference, int width) {
        unsupported(inference).ifPresent(reason -> {
            throw new IllegalArgumentException("not supported: " + reason);
        });
        CsvDialect dialect = (CsvDialect) inference.layout();
        List<Field> fields = inference.schema().fields();
        List<Integer> positions = inference.sourceColumns();
        if (positions.stream().anyMatch(position -> position > width)) {
            throw new IllegalArgumentException("a field's value lies beyond the " + width + " columns");
        }
        List<String> texts = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> instants = new ArrayList<>();
        List<String> conversions = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String c = "c" + positions.get(i);
            String t = "t" + i;
            switch (field.type()) {
                case INTEGER -> texts.add(valueText(c, INTEGER) + " AS " + t);
                case NUMBER -> texts.add(valueText(c, number(field)) + " AS " + t);
                case DATE, DATETIME, DATETIME_TZ -> {
                    DateFormat date = dateFormat(field.format()).orElseThrow();
                    String pattern = temporal(field.type(), date);
                    texts.add(valueText(c, pattern) + " AS " + t);
                    pieces.add(pieces(i, field.type(), date, pattern));
                    dates.addAll(dateParts(i, field.type(), date));
                    instants.addAll(checkedInstant(i, field.type(), date));
                }
                case STRING, BOOLEAN -> {
                }
            }
            conversions.add("CAST(" + conversion(i, c, field, missingValues(inference, field)) + " AS "
                    + ParquetStaging.Column.typeOf(field) + ") AS " + ParquetStaging.quote(field.name()));
        }
        String read = "read_csv(" + literal(checkedPath(file)) + ", columns = {"
                + IntStream.rangeClosed(1, width).mapToObj(column -> "'c" + column + "': 'VARCHAR'")
                        .collect(Collectors.joining(", "))
                + "}, delim = " + literal(String.valueOf(dialect.delimiter()))
                + ", quote = " + literal(String.valueOf(dialect.quote()))
                + ", escape = " + literal(String.valueOf(dialect.quote()))
                + ", header = " + dialect.header() + ", skip = " + dialect.skipLines()
                + ", auto_detect = false, strict_mode = true, null_padding = false, allow_quoted_nulls = false"
                + ", encoding = 'utf-8', parallel = true)";
        // In a one-column file DuckDB reads an empty line as a NULL row, where the Java reader skips it; a quoted
        // empty value is '' (allow_quoted_nulls = false), so it stays.
        String query = "SELECT * FROM " + read + (width == 1 ? " WHERE c1 IS NOT NULL" : "");
        for (List<String> layer : List.of(texts, pieces, dates, instants)) {
            if (!layer.isEmpty()) {
                query = "SELECT *, " + String.join(", ", layer) + " FROM (" + query + ")";
            }
        }
        return "SELECT " + String.join(", ", conversions) + " FROM (" + query + ")";
    }

    /**
     * The rows of an earlier version's Parquet file, with the fields' columns in schema order and cast to their
     * types, as {@code INSERT … BY NAME} into the staging table does.
     */
    static String previousRows(Path parquet, List<Field> fields) {
        return "SELECT " + fields.stream()
                .map(field -> "CAST(" + ParquetStaging.quote(field.name()) + " AS "
                        + ParquetStaging.Column.typeOf(field) + ") AS " + ParquetStaging.quote(field.name()))
                .collect(Collectors.joining(", ")) + " FROM read_parquet(" + literal(checkedPath(parquet)) + ")";
    }

    /** The path as DuckDB gets it; paths with glob characters are refused, since DuckDB would expand them. */
    static String checkedPath(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.contains("*") || path.contains("?") || path.contains("[")) {
            throw new IllegalArgumentException("path with glob characters: " + path);
        }
        return path;
    }

    private static Set<String> missingValues(Inference inference, Field field) {
        return new TreeSet<>(field.missingValues().isEmpty() ? inference.schema().missingValues()
                : field.missingValues());
    }

    /**
     * The text of a value without the characters {@code Cells.trimmed} removes around it, when it has the syntax of
     * the pattern; else null. Most values have no such characters, and a plain match is cheaper than trimming.
     */
    private static String valueText(String c, String pattern) {
        return "CASE WHEN regexp_full_match(" + c + ", " + literal(pattern) + ") THEN " + c + " WHEN regexp_full_match("
                + c + ", " + literal(padded(pattern)) + ") THEN trim(" + c + ", " + SPACES + ") END";
    }

    /** The converted value of field {@code i} from its raw text {@code c}, or null, or an error. */
    private static String conversion(int i, String c, Field field, Set<String> missing) {
        if (field.type() == FieldType.STRING) {
            Set<String> tokens = new TreeSet<>(missing);
            tokens.remove("");
            return tokens.isEmpty() ? "nullif(" + c + ", '')"
                    : "CASE WHEN " + c + " IN (" + list(tokens) + ") THEN NULL ELSE " + c + " END";
        }
        String exactlyMissing = c + " IS NULL OR " + c + " IN (" + list(missing) + ")";
        String paddedMissing = "regexp_full_match(" + c + ", " + literal(padded(alternatives(missing))) + ")";
        String failed = "error(" + literal(NOT_CONVERTED + " " + field.name()) + ")";
        String t = "t" + i;
        String value = switch (field.type()) {
            case INTEGER -> t + " IS NOT NULL THEN CAST(" + t + " AS BIGINT)";
            case NUMBER -> t + " IS NOT NULL THEN coalesce(TRY_CAST(" + plainNumber(t, field) + " AS DOUBLE), "
                    + failed + ")";
            case DATE -> "ok" + i + " THEN make_date(y" + i + ", m" + i + ", d" + i + ")";
            case DATETIME -> "ok" + i + " THEN make_timestamp(" + towardsEpoch(i) + ")";
            case DATETIME_TZ -> "ok" + i + " THEN make_timestamptz(" + towardsEpoch(i) + ")";
            case BOOLEAN -> (field.falseValues().isEmpty() ? "false" : c + " IN (" + list(field.falseValues()) + ")")
                    + " THEN false WHEN "
                    + (field.trueValues().isEmpty() ? "false" : c + " IN (" + list(field.trueValues()) + ")")
                    + " THEN true";
            case STRING -> throw new IllegalStateException("handled above");
        };
        String paddedBoolean = field.type() != FieldType.BOOLEAN ? ""
                : (field.falseValues().isEmpty() ? "" : " WHEN regexp_full_match(" + c + ", "
                        + literal(padded(alternatives(field.falseValues()))) + ") THEN false")
                + (field.trueValues().isEmpty() ? "" : " WHEN regexp_full_match(" + c + ", "
                        + literal(padded(alternatives(field.trueValues()))) + ") THEN true");
        return "CASE WHEN " + exactlyMissing + " THEN NULL WHEN " + value + " WHEN " + paddedMissing + " THEN NULL"
                + paddedBoolean + " ELSE " + failed + " END";
    }

    /** A regular expression for the whole text: the pattern with any characters {@code Cells.trimmed} removes around it. */
    private static String padded(String pattern) {
        return "^" + SPACE + "*(?:" + pattern + ")" + SPACE + "*$";
    }

    /**
     * {@code NumberSyntax.parse} in the field's reading: an integer; or digits with one decimal character, an
     * exponent allowed (at least one digit, at most 18 before the decimal character, no leading zero before another
     * digit); or, with a group character, 1–3 digits then groups of exactly three, an optional fraction and no
     * exponent.
     */
    private static String number(Field field) {
        String d = escaped(decimalChar(field));
        String ungrouped = "[+-]?(?:(?:0|[1-9][0-9]{0,17})(?:" + d + "[0-9]*)?|" + d + "[0-9]+)(?:[eE][+-]?[0-9]+)?";
        char group = groupChar(field);
        if (group == '\0') {
            return ungrouped;
        }
        return ungrouped + "|[+-]?[1-9][0-9]{0,2}(?:" + escaped(group) + "[0-9]{3}){1,5}(?:" + d + "[0-9]*)?";
    }

    /** {@code NumberSyntax.reading}: a decimal character other than {@code .} reads as {@code ,}. */
    private static char decimalChar(Field field) {
        return charOf(field.decimalChar(), '.') == '.' ? '.' : ',';
    }

    /** {@code NumberSyntax.reading}: only the other one of {@code .} and {@code ,} groups; else none. */
    private static char groupChar(Field field) {
        char other = decimalChar(field) == '.' ? ',' : '.';
        return charOf(field.groupChar(), '\0') == other ? other : '\0';
    }

    /** The text with the group character dropped and a decimal point, as DuckDB casts it to DOUBLE. */
    private static String plainNumber(String x, Field field) {
        char group = groupChar(field);
        String text = group == '\0' ? x : "replace(" + x + ", " + literal(String.valueOf(group)) + ", '')";
        return decimalChar(field) == '.' ? text : "replace(" + text + ", ',', '.')";
    }

    /** The date shape a format names, by its start; empty for a format of no supported shape. */
    private static Optional<DateFormat> dateFormat(String format) {
        if (format.equals("default") || format.startsWith("%Y-%m-%d")) {
            return Optional.of(new DateFormat(DateShape.ISO, '-', false));
        }
        if (format.startsWith("%Y%m%d")) {
            return Optional.of(new DateFormat(DateShape.COMPACT, '\0', false));
        }
        if (format.startsWith("%d %B %Y") || format.startsWith("%d %b %Y")) {
            return Optional.of(new DateFormat(DateShape.MONTH_NAME, '\0', false));
        }
        int day = format.indexOf("%d");
        int month = format.indexOf("%m");
        boolean monthFirst = day >= 0 && month >= 0 && month < day && !format.startsWith("%Y");
        for (char separator : new char[] {'-', '/', '.'}) {
            if (format.startsWith("%d" + separator + "%m" + separator + "%Y")
                    || format.startsWith("%m" + separator + "%d" + separator + "%Y")) {
                return Optional.of(new DateFormat(DateShape.NUMERIC, separator, monthFirst));
            }
        }
        return Optional.empty();
    }

    private static boolean hasTime(DateShape shape) {
        return shape == DateShape.ISO || shape == DateShape.NUMERIC;
    }

    /**
     * {@code TemporalSyntax.parse} for one date shape, with the time and zone the type takes: a date has no time, a
     * date-time an optional time without zone, a date-time with zone a time and a zone.
     */
    private static String temporal(FieldType type, DateFormat format) {
        String date = switch (format.shape()) {
            case ISO -> "([0-9]{4})-([0-9]{2})-([0-9]{2})";
            case COMPACT -> "([0-9]{4})([0-9]{2})([0-9]{2})";
            case MONTH_NAME -> "([0-9]{1,2}) ([A-Za-z]+)\\.? ([0-9]{4})";
            case NUMERIC -> {
                String separator = escaped(format.separator());
                yield "([0-9]{1,2})" + separator + "([0-9]{1,2})" + separator + "([0-9]{4})";
            }
        };
        if (!hasTime(format.shape()) || type == FieldType.DATE) {
            return date;
        }
        return type == FieldType.DATETIME ? date + "(?:" + TIME + ")?" : date + TIME + ZONE;
    }

    /**
     * Column {@code p}: the pieces of a value's text {@code t} (already of the field's syntax). A date splits at its
     * separators (an ISO or compact date is cut at fixed places, so needs none); a date-time is taken apart by
     * {@link #temporal}'s groups, into {@code y m d}, the time's {@code ts hh mi ss fr} and the zone's {@code zn}.
     */
    private static String pieces(int i, FieldType type, DateFormat format, String pattern) {
        String t = "t" + i;
        if (type != FieldType.DATE && hasTime(format.shape())) {
            List<String> groups = new ArrayList<>(format.shape() == DateShape.ISO ? List.of("y", "m", "d")
                    : format.monthFirst() ? List.of("m", "d", "y") : List.of("d", "m", "y"));
            groups.addAll(TIME_GROUPS);
            if (type == FieldType.DATETIME_TZ) {
                groups.add("zn");
            }
            return "regexp_extract(" + t + ", " + literal("^" + pattern + "$") + ", " + groups.stream()
                    .map(CsvToParquetSql::literal).collect(Collectors.joining(", ", "[", "]")) + ") AS p" + i;
        }
        return switch (format.shape()) {
            case NUMERIC -> "string_split(" + t + ", " + literal(String.valueOf(format.separator())) + ") AS p" + i;
            case MONTH_NAME -> "string_split(" + t + ", ' ') AS p" + i;
            case ISO, COMPACT -> t + " AS p" + i;
        };
    }

    /** Columns {@code y m d} of a temporal value: integers, or null when the text is not of the field's shape. */
    private static List<String> dateParts(int i, FieldType type, DateFormat format) {
        String p = "p" + i;
        String year;
        String month;
        String day;
        if (type != FieldType.DATE && hasTime(format.shape())) {
            year = p + ".y";
            month = p + ".m";
            day = p + ".d";
        } else {
            switch (format.shape()) {
                case ISO -> {
                    year = "substr(" + p + ", 1, 4)";
                    month = "substr(" + p + ", 6, 2)";
                    day = "substr(" + p + ", 9, 2)";
                }
                case COMPACT -> {
                    year = "substr(" + p + ", 1, 4)";
                    month = "substr(" + p + ", 5, 2)";
                    day = "substr(" + p + ", 7, 2)";
                }
                case NUMERIC -> {
                    year = p + "[3]";
                    month = p + (format.monthFirst() ? "[1]" : "[2]");
                    day = p + (format.monthFirst() ? "[2]" : "[1]");
                }
                case MONTH_NAME -> {
                    year = p + "[3]";
                    month = null;
                    day = p + "[1]";
                }
                default -> throw new IllegalStateException("unknown shape " + format.shape());
            }
        }
        String monthNumber = month != null ? "TRY_CAST(" + month + " AS INTEGER)"
                : "CASE lower(rtrim(" + p + "[2], '.'))" + DutchMonths.spellings().entrySet().stream()
                        .map(e -> " WHEN " + literal(e.getKey()) + " THEN " + e.getValue())
                        .collect(Collectors.joining()) + " END";
        return List.of("TRY_CAST(" + year + " AS INTEGER) AS y" + i, monthNumber + " AS m" + i,
                "TRY_CAST(" + day + " AS INTEGER) AS d" + i);
    }

    /**
     * Columns {@code ok}: whether the value is a real date or date-time of the field's type (as
     * {@code TemporalSyntax} and {@code FieldValueParser.temporal} check it); and for date-times {@code us},
     * microseconds since the epoch rounded down (in UTC for a value with an offset), and {@code ns}, the nanosecond
     * of the second.
     */
    private static List<String> checkedInstant(int i, FieldType type, DateFormat format) {
        String p = "p" + i;
        String y = "y" + i;
        String m = "m" + i;
        String d = "d" + i;
        List<String> checks = new ArrayList<>();
        checks.add(format.shape() == DateShape.COMPACT ? y + " BETWEEN 1800 AND 2200" : y + " >= 1");
        checks.add(m + " BETWEEN 1 AND 12");
        checks.add(d + " BETWEEN 1 AND CASE WHEN " + m + " IN (4, 6, 9, 11) THEN 30 WHEN " + m + " = 2 THEN CASE WHEN ("
                + y + " % 4 = 0 AND " + y + " % 100 <> 0) OR " + y + " % 400 = 0 THEN 29 ELSE 28 END ELSE 31 END");
        boolean timed = hasTime(format.shape()) && type != FieldType.DATE;
        String hour = timed ? "coalesce(TRY_CAST(" + p + ".hh AS BIGINT), 0)" : "0";
        String minute = timed ? "coalesce(TRY_CAST(" + p + ".mi AS BIGINT), 0)" : "0";
        String second = timed ? "coalesce(TRY_CAST(" + p + ".ss AS BIGINT), 0)" : "0";
        String nanos = timed ? "TRY_CAST(rpad(" + p + ".fr, 9, '0') AS BIGINT)" : "0";
        String offset = "0";
        if (timed) {
            checks.add(hour + " <= 23 AND " + minute + " <= 59 AND " + second + " <= 59");
        }
        if (type == FieldType.DATETIME_TZ) {
            String hours = "TRY_CAST(substr(" + p + ".zn, 2, 2) AS BIGINT)";
            String minutes = "coalesce(TRY_CAST(nullif(replace(substr(" + p + ".zn, 4), ':', ''), '') AS BIGINT), 0)";
            offset = "(CASE WHEN " + p + ".zn = 'Z' THEN 0 ELSE (CASE WHEN substr(" + p + ".zn, 1, 1) = '-' THEN -1"
                    + " ELSE 1 END) * (" + hours + " * 3600 + " + minutes + " * 60) END)";
            checks.add(minutes + " <= 59 AND abs(" + offset + ") <= 64800");
        }
        String ok = "coalesce(" + String.join(" AND ", checks) + ", false) AS ok" + i;
        if (type == FieldType.DATE) {
            return List.of(ok);
        }
        String micros = "(" + epochDay(y, m, d) + ") * " + MICROS_PER_DAY + " + " + hour + " * 3600000000 + "
                + minute + " * 60000000 + " + second + " * 1000000 + " + nanos + " // 1000 - " + offset + " * 1000000";
        return List.of(ok, micros + " AS us" + i, nanos + " AS ns" + i);
    }

    /** Microseconds since the epoch truncated towards zero, as {@code LocalDateTime.until(…, MICROS)} gives them. */
    private static String towardsEpoch(int i) {
        return "us" + i + " + CASE WHEN us" + i + " < 0 AND ns" + i + " % 1000 <> 0 THEN 1 ELSE 0 END";
    }

    /** Days from 1970-01-01 to a proleptic Gregorian date of a year from 1 on, without failing on a wrong date. */
    private static String epochDay(String y, String m, String d) {
        String yy = "(" + y + " - CASE WHEN " + m + " <= 2 THEN 1 ELSE 0 END)";
        String dayOfYear = "((153 * (" + m + " + CASE WHEN " + m + " > 2 THEN -3 ELSE 9 END) + 2) // 5 + " + d + " - 1)";
        String yearOfEra = "(" + yy + " % 400)";
        String dayOfEra = "(" + yearOfEra + " * 365 + " + yearOfEra + " // 4 - " + yearOfEra + " // 100 + "
                + dayOfYear + ")";
        return "(" + yy + " // 400) * 146097 + " + dayOfEra + " - 719468";
    }

    private static boolean isTemporal(FieldType type) {
        return type == FieldType.DATE || type == FieldType.DATETIME || type == FieldType.DATETIME_TZ;
    }

    private static char charOf(@Nullable String text, char absent) {
        return text == null || text.isEmpty() ? absent : text.charAt(0);
    }

    /** A regular expression matching exactly one of the texts. */
    private static String alternatives(Collection<String> texts) {
        return texts.stream().sorted().map(CsvToParquetSql::escaped).collect(Collectors.joining("|"));
    }

    private static String escaped(char c) {
        return escaped(String.valueOf(c));
    }

    /** The text as a regular expression matching it literally (RE2 and {@link Pattern} alike). */
    private static String escaped(String text) {
        StringBuilder pattern = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                pattern.append(c <= 0x20 || c == 0x7F ? String.format("\\x%02X", c) : "\\" + (char) c);
            } else {
                pattern.appendCodePoint(c);
            }
        });
        return pattern.toString();
    }

    private static String list(Collection<String> values) {
        return values.stream().sorted().map(CsvToParquetSql::literal).collect(Collectors.joining(", "));
    }

    private static String literal(String text) {
        return ParquetStaging.literal(text);
    }
}
