// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.util.Locale;
import java.util.Set;

/**
 * A column of a Parquet file as DuckDB describes it, with the kind that decides what is profiled and checked.
 *
 * @param type DuckDB type, e.g. {@code BIGINT}, {@code DECIMAL(18,3)}, {@code VARCHAR}
 */
record Column(String name, String type, Kind kind) {

    /** The kinds of {@link FieldProfile#kind()}. */
    enum Kind {
        NUMBER, STRING, DATE, DATETIME, BOOLEAN, GEOMETRY, OTHER;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT");
    private static final Set<String> FLOATS = Set.of("FLOAT", "DOUBLE");

    static Column of(String name, String type) {
        return new Column(name, type, kindOf(name, type));
    }

    private static Kind kindOf(String name, String type) {
        if (name.toLowerCase(Locale.ROOT).startsWith("geometry")
                && (type.equals("BLOB") || type.startsWith("GEOMETRY") || type.equals("VARCHAR"))) {
            return Kind.GEOMETRY;
        }
        if (INTEGERS.contains(type) || FLOATS.contains(type) || type.startsWith("DECIMAL")) {
            return Kind.NUMBER;
        }
        if (type.equals("VARCHAR")) {
            return Kind.STRING;
        }
        if (type.equals("DATE")) {
            return Kind.DATE;
        }
        if (type.startsWith("TIMESTAMP") || type.startsWith("TIME")) {
            return Kind.DATETIME;
        }
        if (type.equals("BOOLEAN")) {
            return Kind.BOOLEAN;
        }
        return Kind.OTHER;
    }

    boolean isInteger() {
        return INTEGERS.contains(type);
    }

    /** Whether distinct values, top values and min/max mean something for this column. */
    boolean hasValues() {
        return kind != Kind.GEOMETRY && kind != Kind.OTHER;
    }

    /** The name quoted for SQL. */
    String sql() {
        return DuckDb.identifier(name);
    }
}
