// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

/**
 * The type of a field, with the Java type {@link RowConverter} produces for it.
 *
 * <p>Maps to the <a href="https://specs.frictionlessdata.io/table-schema/#types-and-formats">Table Schema types</a>;
 * both date-time kinds are Table Schema {@code datetime}, told apart by the {@code %z} in their format.
 */
public enum FieldType {
    /** Text, kept verbatim: {@link String}. */
    STRING("string"),
    /** Whole numbers that fit a 64-bit long, without leading zeros: {@link Long}. */
    INTEGER("integer"),
    /** Decimal numbers, with the decimal and group characters of the field: {@link Double}. */
    NUMBER("number"),
    /** A pair of words such as ja/nee or true/false: {@link Boolean}. */
    BOOLEAN("boolean"),
    /** A calendar date: {@link java.time.LocalDate}. */
    DATE("date"),
    /** A date and time without a zone offset: {@link java.time.LocalDateTime}. */
    DATETIME("datetime"),
    /** A date and time with a zone offset in every value: {@link java.time.OffsetDateTime} in UTC. */
    DATETIME_TZ("datetime");

    private final String tableSchemaType;

    FieldType(String tableSchemaType) {
        this.tableSchemaType = tableSchemaType;
    }

    /**
     * The Table Schema type name: {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code date} or
     * {@code datetime}.
     */
    public String tableSchemaType() {
        return tableSchemaType;
    }
}
