// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;

/**
 * A question asked without SQL: one dataset, filters (all must hold), groups, measures, a sort and a limit. Its JSON
 * form is what charts and key figures store ({@code "builder"}); {@link BuilderSql} makes the SQL.
 *
 * @param dataset  the dataset's SQL table name ({@code catalog.ReadableTable#tableName})
 * @param filters  conditions on fields, combined with AND; may be empty
 * @param groups   the fields to group by, in order; empty without grouping
 * @param measures what to compute per group (or over all rows); with neither groups nor measures the answer is the
 *                 rows themselves (every field)
 * @param sort     a column of the answer to sort by; null: by the groups, ascending
 * @param limit    1..{@value #MAX_LIMIT} rows; null for {@value #DEFAULT_LIMIT}
 */
public record BuilderQuery(String dataset, List<Filter> filters, List<Group> groups, List<Measure> measures,
        @Nullable Sort sort, @Nullable Integer limit) {

    /** Most rows a builder answer may ask for. */
    public static final int MAX_LIMIT = 10_000;
    /** Rows of an answer when no limit is given. */
    public static final int DEFAULT_LIMIT = 1_000;

    public BuilderQuery {
        filters = filters == null ? List.of() : List.copyOf(filters);
        groups = groups == null ? List.of() : List.copyOf(groups);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /**
     * A condition on one field. {@code value} and {@code value2} are the typed text of the values (parsed by the
     * field's Table Schema type: {@code 12}, {@code 1.5}, {@code 2020-09-15}, {@code 2020-09-15T10:00},
     * {@code true}); {@code value2} only for {@link Operator#BETWEEN}; neither for the empty tests.
     */
    public record Filter(String field, Operator operator, @Nullable String value, @Nullable String value2) {
    }

    /** A field to group by; for a date or date-time field optionally by its year or month. */
    public record Group(String field, @Nullable DatePart part) {
    }

    /** An aggregate; {@code field} null only for {@link Aggregate#COUNT} (count of rows). */
    public record Measure(Aggregate aggregate, @Nullable String field) {
    }

    /** A column of the answer ({@link BuilderSql#columns}) and the direction. */
    public record Sort(String column, boolean descending) {
    }

    /** Filter operators; {@link #code()} is the wire form. */
    public enum Operator {
        EQ, NE, LT, LE, GT, GE, CONTAINS, EMPTY, NOT_EMPTY, BETWEEN;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} naming the allowed codes, for another */
        @JsonCreator
        public static Operator fromCode(String code) {
            try {
                return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw choice("operator", values());
            }
        }

        /** Whether this operator takes no value. */
        public boolean unary() {
            return this == EMPTY || this == NOT_EMPTY;
        }
    }

    /** Measures; {@link #code()} is the wire form. */
    public enum Aggregate {
        COUNT, COUNT_DISTINCT, SUM, AVG, MIN, MAX;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} naming the allowed codes, for another */
        @JsonCreator
        public static Aggregate fromCode(String code) {
            try {
                return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw choice("aggregate", values());
            }
        }
    }

    /** Parts of a date to group by. */
    public enum DatePart {
        YEAR, MONTH;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} naming the allowed codes, for another */
        @JsonCreator
        public static DatePart fromCode(String code) {
            try {
                return valueOf(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw choice("part", values());
            }
        }
    }

    /** An unknown choice: {@code request.parameter-choice}, naming the parameter and the allowed codes. */
    private static PlatformException choice(String parameter, Enum<?>[] allowed) {
        return new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE, Map.of("parameter", parameter,
                "allowed", java.util.Arrays.stream(allowed).map(value -> value.name().toLowerCase(Locale.ROOT)
                        .replace('_', '-')).toList()));
    }
}
