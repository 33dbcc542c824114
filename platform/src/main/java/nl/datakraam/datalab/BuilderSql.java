// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.datakraam.datalab.BuilderQuery.Aggregate;
import nl.datakraam.datalab.BuilderQuery.DatePart;
import nl.datakraam.datalab.BuilderQuery.Filter;
import nl.datakraam.datalab.BuilderQuery.Group;
import nl.datakraam.datalab.BuilderQuery.Measure;
import nl.datakraam.datalab.BuilderQuery.Operator;
import nl.datakraam.shared.DatalabCode;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;

/**
 * Turns a {@link BuilderQuery} into one DuckDB SELECT. Every identifier (table, field, column alias) is a quoted
 * identifier with its double quotes doubled, and every value is a typed literal ({@code 12}, {@code 1.5},
 * {@code DATE '2020-09-15'}, {@code TIMESTAMP '2020-09-15 10:00:00'}, {@code TRUE}, {@code 'text'} with its single
 * quotes doubled), parsed by the field's Frictionless Table Schema type first; nothing from the question is pasted
 * into the SQL as it came. Pure: no I/O, thread-safe.
 */
public final class BuilderSql {

    private static final Set<String> NUMERIC = Set.of("integer", "number");
    private static final Set<String> TEMPORAL = Set.of("date", "datetime");
    private static final Set<String> ORDERED = Set.of("integer", "number", "date", "datetime", "string");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS",
            Locale.ROOT);

    private BuilderSql() {
    }

    /**
     * The SQL of a question.
     *
     * @param fields the dataset's fields, name to Table Schema type ({@code string}, {@code integer}, {@code number},
     *               {@code boolean}, {@code date}, {@code datetime}, others compared as text), in schema order
     * @throws PlatformException {@link ErrorCode#DATALAB_INVALID} for a field the dataset does not have, a value not
     *     of the field's type, a missing value, an operator or measure that does not fit the field's type, a date
     *     part of a non-date, a sort column the answer does not have ({@link DatalabCode} says which);
     *     {@link ErrorCode#INVALID_PARAMETER} for a limit out of range
     */
    public static String sql(BuilderQuery query, Map<String, String> fields) {
        if (query.dataset() == null || query.dataset().isBlank()) {
            throw invalid(DatalabCode.NO_DATASET, Map.of());
        }
        int limit = query.limit() == null ? BuilderQuery.DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > BuilderQuery.MAX_LIMIT) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.RANGE, Map.of("parameter", "limit",
                    "min", 1, "max", BuilderQuery.MAX_LIMIT));
        }
        List<String> select = new ArrayList<>();
        List<String> groupBy = new ArrayList<>();
        List<String> columns = columns(query, fields);
        int column = 0;
        for (Group group : query.groups()) {
            String expression = groupExpression(group, fields);
            groupBy.add(expression);
            String alias = quote(columns.get(column++));
            select.add(expression.equals(alias) ? expression : expression + " AS " + alias);
        }
        for (Measure measure : query.measures()) {
            select.add(measureExpression(measure, fields) + " AS " + quote(columns.get(column++)));
        }
        if (select.isEmpty()) {
            fields.keySet().forEach(name -> select.add(quote(name)));
        }
        var sql = new StringBuilder("SELECT ").append(String.join(", ", select))
                .append("\nFROM ").append(quote(query.dataset()));
        List<String> conditions = query.filters().stream().map(filter -> condition(filter, fields)).toList();
        if (!conditions.isEmpty()) {
            sql.append("\nWHERE ").append(String.join("\n  AND ", conditions));
        }
        if (!groupBy.isEmpty() && !query.measures().isEmpty()) {
            sql.append("\nGROUP BY ").append(String.join(", ", groupBy));
        } else if (!groupBy.isEmpty()) {
            sql.insert("SELECT ".length(), "DISTINCT ");
        }
        if (query.sort() != null) {
            if (!columns.contains(query.sort().column())) {
                throw invalid(DatalabCode.UNKNOWN_COLUMN, Map.of("column", query.sort().column(), "allowed",
                        String.join(", ", columns)));
            }
            sql.append("\nORDER BY ").append(quote(query.sort().column()))
                    .append(query.sort().descending() ? " DESC" : " ASC").append(" NULLS LAST");
        } else if (!groupBy.isEmpty()) {
            sql.append("\nORDER BY ").append(String.join(", ", columns.subList(0, groupBy.size()).stream()
                    .map(BuilderSql::quote).toList()));
        }
        return sql.append("\nLIMIT ").append(limit).toString();
    }

    /**
     * The columns of the question's answer, in order: per group its field ({@code <field>_jaar},
     * {@code <field>_maand} by year or month), per measure {@code aantal} (count of rows), {@code aantal_<field>},
     * {@code aantal_uniek_<field>}, {@code som_<field>}, {@code gemiddelde_<field>}, {@code min_<field>},
     * {@code max_<field>} (a repeat gets {@code _2}, {@code _3}); without groups and measures every field.
     */
    public static List<String> columns(BuilderQuery query, Map<String, String> fields) {
        Set<String> columns = new LinkedHashSet<>();
        for (Group group : query.groups()) {
            requireField(fields, group.field());
            String name = group.part() == null ? group.field()
                    : group.field() + (group.part() == DatePart.YEAR ? "_jaar" : "_maand");
            unique(columns, name);
        }
        for (Measure measure : query.measures()) {
            String prefix = switch (measure.aggregate()) {
                case COUNT -> "aantal";
                case COUNT_DISTINCT -> "aantal_uniek";
                case SUM -> "som";
                case AVG -> "gemiddelde";
                case MIN -> "min";
                case MAX -> "max";
            };
            unique(columns, measure.field() == null ? prefix : prefix + "_" + measure.field());
        }
        if (columns.isEmpty()) {
            return List.copyOf(fields.keySet());
        }
        return List.copyOf(columns);
    }

    /** A quoted SQL identifier: in double quotes, each double quote doubled. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A SQL string literal: in single quotes, each single quote doubled. */
    public static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    private static void unique(Set<String> columns, String name) {
        String candidate = name;
        for (int n = 2; !columns.add(candidate); n++) {
            candidate = name + "_" + n;
        }
    }

    private static String groupExpression(Group group, Map<String, String> fields) {
        String type = requireField(fields, group.field());
        if (group.part() == null) {
            return quote(group.field());
        }
        if (!TEMPORAL.contains(type)) {
            throw invalid(DatalabCode.DATE_PART, Map.of("field", group.field()));
        }
        return group.part() == DatePart.YEAR ? "year(" + quote(group.field()) + ")"
                : "strftime(" + quote(group.field()) + ", '%Y-%m')";
    }

    private static String measureExpression(Measure measure, Map<String, String> fields) {
        Aggregate aggregate = measure.aggregate();
        if (measure.field() == null || measure.field().isBlank()) {
            if (aggregate == Aggregate.COUNT) {
                return "count(*)";
            }
            throw invalid(DatalabCode.MEASURE_FIELD, Map.of("measure", aggregate.code()));
        }
        String type = requireField(fields, measure.field());
        String field = quote(measure.field());
        boolean fits = switch (aggregate) {
            case COUNT, COUNT_DISTINCT -> true;
            case SUM, AVG -> NUMERIC.contains(type);
            case MIN, MAX -> ORDERED.contains(type);
        };
        if (!fits) {
            throw invalid(DatalabCode.MEASURE_TYPE, Map.of("measure", aggregate.code(), "field", measure.field(),
                    "type", type));
        }
        return switch (aggregate) {
            case COUNT -> "count(" + field + ")";
            case COUNT_DISTINCT -> "count(DISTINCT " + field + ")";
            case SUM -> "sum(" + field + ")";
            case AVG -> "avg(" + field + ")";
            case MIN -> "min(" + field + ")";
            case MAX -> "max(" + field + ")";
        };
    }

    private static String condition(Filter filter, Map<String, String> fields) {
        String type = requireField(fields, filter.field());
        Operator operator = filter.operator();
        boolean string = "string".equals(type);
        boolean known = string || NUMERIC.contains(type) || TEMPORAL.contains(type) || "boolean".equals(type);
        String column = known ? quote(filter.field()) : "CAST(" + quote(filter.field()) + " AS VARCHAR)";
        if (operator == Operator.EMPTY) {
            return string || !known ? "(" + column + " IS NULL OR " + column + " = '')" : column + " IS NULL";
        }
        if (operator == Operator.NOT_EMPTY) {
            return string || !known ? "(" + column + " IS NOT NULL AND " + column + " <> '')"
                    : column + " IS NOT NULL";
        }
        if (operator == Operator.CONTAINS && (string || !known)) {
            return "contains(lower(" + column + "), lower(" + literal(required(filter, filter.value())) + "))";
        }
        boolean orderable = ORDERED.contains(type) || !known;
        if (operator == Operator.CONTAINS || !orderable && operator != Operator.EQ && operator != Operator.NE) {
            throw invalid(DatalabCode.OPERATOR_TYPE, Map.of("field", filter.field(), "operator", operator.code(),
                    "type", type));
        }
        String value = value(filter.field(), known ? type : "string", required(filter, filter.value()));
        return switch (operator) {
            case EQ -> column + " = " + value;
            case NE -> "(" + column + " <> " + value + " OR " + column + " IS NULL)";
            case LT -> column + " < " + value;
            case LE -> column + " <= " + value;
            case GT -> column + " > " + value;
            case GE -> column + " >= " + value;
            case BETWEEN -> column + " BETWEEN " + value + " AND "
                    + value(filter.field(), known ? type : "string", required(filter, filter.value2()));
            default -> throw new IllegalStateException(operator.toString());
        };
    }

    private static String required(Filter filter, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(DatalabCode.VALUE_MISSING, Map.of("field", filter.field(), "operator",
                    filter.operator().code()));
        }
        return value;
    }

    /** The typed literal of a value of a field of this Table Schema type. */
    private static String value(String field, String type, String text) {
        String value = type.equals("string") ? text : text.strip();
        try {
            return switch (type) {
                case "integer" -> Long.toString(Long.parseLong(value));
                case "number" -> new BigDecimal(value.indexOf('.') < 0 ? value.replace(',', '.') : value)
                        .toPlainString();
                case "date" -> "DATE '" + LocalDate.parse(value) + "'";
                case "datetime" -> "TIMESTAMP '" + dateTime(value).format(TIMESTAMP) + "'";
                case "boolean" -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "ja", "waar", "1" -> "TRUE";
                    case "false", "nee", "onwaar", "0" -> "FALSE";
                    default -> throw new IllegalArgumentException(value);
                };
                default -> literal(value);
            };
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw invalid(DatalabCode.VALUE_TYPE, Map.of("field", field, "type", type));
        }
    }

    private static LocalDateTime dateTime(String value) {
        String text = value.replace(' ', 'T');
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay();
        }
        if (text.endsWith("Z")) {
            text = text.substring(0, text.length() - 1);
        }
        return LocalDateTime.parse(text);
    }

    private static String requireField(Map<String, String> fields, String field) {
        String type = field == null ? null : fields.get(field);
        if (type == null) {
            throw invalid(DatalabCode.UNKNOWN_FIELD, Map.of("field", String.valueOf(field)));
        }
        return type;
    }

    private static PlatformException invalid(DatalabCode code, Map<String, ?> arguments) {
        return new PlatformException(ErrorCode.DATALAB_INVALID, code, arguments);
    }
}
