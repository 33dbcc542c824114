// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import nl.datakraam.lib.messages.MessageCode;

/**
 * What the SQL sandbox ({@code POST /v1/query}, and the rows of a dataset) can refuse or fail with. {@code detail}
 * arguments are DuckDB's own words, in English, with the sandbox's file paths replaced by table names. The English
 * template is the default; the interface renders {@code issue.<key>} of the message bundles.
 */
public enum QueryCode implements MessageCode {

    SQL_MISSING("query.sql-missing", "The request has no member sql; send a JSON object whose member sql holds one"
            + " SELECT statement."),

    EMPTY("query.empty", "The query is empty; write one SELECT statement."),

    ONLY_SELECT("query.only-select", "Only a SELECT statement may be run here; data cannot be changed through the"
            + " query API."),

    /** Arguments: {@code detail}. */
    INVALID_SQL("query.invalid-sql", "The query is not valid SQL: {detail}"),

    /** Arguments: {@code statements} (how many the text holds). */
    ONE_STATEMENT("query.one-statement", "Send exactly one SELECT statement; this text holds {statements}."),

    /** Arguments: {@code detail}. */
    FAILED("query.failed", "The query could not run: {detail}"),

    /** Arguments: {@code timeoutSeconds}. */
    TIMEOUT("query.timeout", "The query ran longer than {timeoutSeconds} s and was stopped; narrow it down, for"
            + " example with WHERE or LIMIT, or ask for fewer columns."),

    /** Arguments: {@code maxMegabytes}. */
    TOO_LARGE("query.result-too-large", "The answer would be larger than {maxMegabytes} MB and was stopped; ask for"
            + " fewer rows or columns (WHERE, LIMIT), or shorter texts (left(column, 100)). Whole datasets are downloads."),

    /** Arguments: {@code slots}, {@code retryAfterSeconds}. */
    BUSY("query.busy", "All {slots} query slots are busy; try again in {retryAfterSeconds} s.");

    private final String key;
    private final String englishTemplate;

    QueryCode(String key, String englishTemplate) {
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
