// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import nl.datakraam.lib.messages.MessageCode;

/**
 * What the datalab's builder, charts and dashboards can refuse ({@link ErrorCode#DATALAB_INVALID},
 * {@link ErrorCode#DATALAB_NOT_PUBLIC}, {@link ErrorCode#DATALAB_DATA_UNAVAILABLE}). Arguments name fields, columns
 * and types, never data values. The English template is the default; the interface renders {@code issue.<key>}.
 */
public enum DatalabCode implements MessageCode {

    NO_DATASET("datalab.no-dataset", "Pick a dataset first."),

    /** Arguments: {@code field}. */
    UNKNOWN_FIELD("datalab.unknown-field", "The dataset has no field {field}; pick a field from the list."),

    /** Arguments: {@code field}, {@code type}. */
    VALUE_TYPE("datalab.value-type", "The value for {field} must be {type,select,integer{a whole number}"
            + "number{a number}date{a date (2020-09-15)}datetime{a date and time (2020-09-15T10:00)}"
            + "boolean{true or false}other{text}}."),

    /** Arguments: {@code field}, {@code operator}. */
    VALUE_MISSING("datalab.value-missing", "The filter on {field} needs {operator,select,between{two values}"
            + "other{a value}}."),

    /** Arguments: {@code field}, {@code operator}, {@code type}. */
    OPERATOR_TYPE("datalab.operator-type", "The filter “{operator}” does not apply to {field} (type {type})."),

    /** Arguments: {@code measure}, {@code field}, {@code type}. */
    MEASURE_TYPE("datalab.measure-type", "“{measure}” cannot be computed over {field} (type {type}); pick a"
            + " field with numbers."),

    /** Arguments: {@code measure}. */
    MEASURE_FIELD("datalab.measure-field", "“{measure}” needs a field."),

    /** Arguments: {@code field}. */
    DATE_PART("datalab.date-part", "{field} is not a date; only dates can be grouped by year or month."),

    /** Arguments: {@code column}, {@code allowed}. */
    UNKNOWN_COLUMN("datalab.unknown-column", "The answer has no column {column}; it has: {allowed}."),

    /** Arguments: {@code what} ({@code chart}, {@code figure}). */
    SOURCE_MISSING("datalab.source-missing", "The {what,select,figure{key figure}other{chart}} needs a source: a"
            + " builder question or an SQL query."),

    /** Arguments: {@code id}. */
    UNKNOWN_ITEM("datalab.unknown-item", "There is no chart or map {id} that you may see."),

    /** Arguments: {@code tables}. */
    NOT_PUBLIC_DATA("datalab.not-public-data", "It can be openbaar only when every dataset it reads is openbaar;"
            + " it reads {tables}, which is not."),

    /** Arguments: {@code position}, {@code kind}. */
    NOT_PUBLIC_ITEM("datalab.not-public-item", "A public dashboard may hold only openbaar items; item {position}"
            + " ({kind,select,chart{chart}map{map}figure{key figure}other{{kind}}}) is not openbaar."),

    DATA_UNAVAILABLE("datalab.data-unavailable", "You may not read the data this shows.");

    private final String key;
    private final String englishTemplate;

    DatalabCode(String key, String englishTemplate) {
        this.key = key;
        this.englishTemplate = englishTemplate;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishTemplate() {
        return englishTemplate;
    }
}
