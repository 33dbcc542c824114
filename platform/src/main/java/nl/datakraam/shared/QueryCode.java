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
    BUSY("query.busy", "All {slots} query slots are busy; try again in {retryAfterSeconds} s."),

    /** A path or URL where a table belongs, or a function that reads files. Arguments: {@code line}, {@code column}. */
    NO_FILES("query.no-files", "Files and URLs cannot be read here, only the datasets you may read, each by its table"
            + " name (see the list of tables)."),

    /** Arguments: {@code name} (as written, qualified), {@code line}, {@code column}. */
    NO_SCHEMAS("query.no-schemas", "{name} is outside the sandbox: there are no schemas or databases here, only the"
            + " tables of the datasets you may read, by their bare table name."),

    /**
     * A table that does not exist or that the caller may not read; the two are indistinguishable on purpose.
     * Arguments: {@code name}, {@code line}, {@code column}.
     */
    UNKNOWN_TABLE("query.unknown-table", "There is no table {name} that you may read. The tables you may read are"
            + " listed with their fields (GET /v1/query/tables)."),

    /** Arguments: {@code function}, {@code line}, {@code column}. */
    TABLE_FUNCTION_REFUSED("query.table-function-refused", "The table function {function} is not available here;"
            + " only range, generate_series, unnest, json_each, json_tree and repeat are."),

    /** Arguments: {@code function}, {@code line}, {@code column}. */
    FUNCTION_REFUSED("query.function-refused", "The function {function} is not available here: the sandbox's"
            + " configuration and environment are not readable."),

    /** SHOW TABLES and the like. Arguments: {@code line}, {@code column}. */
    NO_CATALOGUE("query.no-catalogue", "DuckDB's catalogue cannot be listed here; the tables you may read are listed"
            + " with their fields (GET /v1/query/tables). DESCRIBE of one table works."),

    /** Arguments: {@code detail} (the driver's words). */
    VALUE_UNREADABLE("query.value-unreadable", "A value of the answer could not be read: {detail}. Cast the column"
            + " to VARCHAR."),

    /** The caller cancelled the run. */
    CANCELLED("query.cancelled", "The query was cancelled."),

    /** Arguments: {@code runId}. */
    RUN_NOT_FOUND("query.run-not-found", "You have no query running with run id {runId}; it has finished, or it was"
            + " never started."),

    /** Arguments: {@code runId}. */
    RUN_ID_IN_USE("query.run-id-in-use", "You already have a query running with run id {runId}; choose a new UUID"
            + " for each run."),

    /** Arguments: {@code maxRows}. */
    EXPORT_TOO_LARGE("query.export-too-large", "The answer has more than {maxRows} rows, more than an export may"
            + " hold; narrow the query down with WHERE or LIMIT."),

    /** Arguments: {@code format}. */
    EXPORT_FORMAT("query.export-format", "An answer can be exported as csv, parquet or xlsx, not {format}."),

    /** Arguments: {@code parameter}, {@code min}, {@code max}. */
    PAGE_RANGE("query.page-range", "{parameter} must be from {min} to {max}."),

    /** The anonymous public has no query history. */
    HISTORY_SIGNED_IN("query.history-signed-in", "Only signed-in users have a query history; sign in, or send an API"
            + " key."),

    /** Arguments: {@code columns} (the names that occur more than once, comma-separated). */
    DUPLICATE_COLUMNS("query.duplicate-columns", "A dataset's columns need unique names, and this answer has more"
            + " than one column named {columns}; name them apart with AS, for example SELECT a.code AS code_a."),

    /** Arguments: {@code parameter}. */
    BUILDER_NOT_OBJECT("query.builder-not-object", "{parameter} must be a JSON object (the state of the query"
            + " builder); it is kept as it is and given back unchanged."),

    /** A derived dataset asked for by a caller without an account (the bootstrap token). Arguments: none. */
    DERIVE_NEEDS_ACCOUNT("query.derive-needs-account", "A derived dataset is refreshed as the account that made it,"
            + " and the bootstrap token is not an account, so it would never be refreshed. Make it as a named account"
            + " (a beheerder or data-eigenaar, or an API key of one)."),

    /** A refresh of a derived dataset whose owner is gone. Arguments: {@code owner}. */
    REFRESH_OWNER_GONE("query.refresh-owner-gone", "Not refreshed: the account {owner} that made this derived dataset"
            + " no longer exists, is disabled or is locked, and a derived dataset is only ever refreshed as the account"
            + " that made it. The previous version stays current. A data steward can make it anew from the saved"
            + " query."),

    /** A refresh whose owner may no longer read a source. Arguments: {@code owner}. */
    REFRESH_SOURCE_UNREADABLE("query.refresh-source-unreadable", "Not refreshed: the account {owner} that made this"
            + " derived dataset may no longer read one of its source datasets, so it cannot read the new data either."
            + " The previous version stays current. Restore the access, or make the dataset anew from a query the"
            + " owner may run."),

    /** A refresh whose sources now require a stricter level. Arguments: {@code required}, {@code level}. */
    REFRESH_LEVEL_TOO_OPEN("query.refresh-level-too-open", "Not refreshed: its sources now require access level"
            + " {required}, and this derived dataset is {level}; the new data would be more open than its sources."
            + " The previous version stays current. Change the access level to {required} (or stricter) and the next"
            + " new source version refreshes it."),

    /** Any other failure of a refresh. Arguments: {@code detail}. */
    REFRESH_FAILED("query.refresh-failed", "Not refreshed: {detail} The previous version stays current.");

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
