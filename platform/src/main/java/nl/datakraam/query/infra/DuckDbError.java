// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.sql.SQLException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A DuckDB error as the sandbox reports it: {@code "<Type> Error: <first line of the message>"} (DuckDB's own words;
 * its further lines, such as "Did you mean …" suggestions from its catalogue, are left out) and the byte offset it
 * names in the text it ran, or -1. Reads both forms DuckDB gives: JSON ({@code errors_as_json}, as the sandbox sets
 * it; the JDBC driver may put {@code "Parser Error: "} before it) and plain text.
 */
record DuckDbError(String message, long position) {

    static DuckDbError of(SQLException e, JsonMapper json) {
        String text = String.valueOf(e.getMessage());
        int brace = text.indexOf('{');
        if (brace >= 0) {
            try {
                JsonNode error = json.readTree(text.substring(brace));
                if (error.has("exception_message")) {
                    String type = error.path("exception_type").asString("");
                    String message = firstLine(error.path("exception_message").asString(""));
                    long position = DuckDbSandbox.location(error.path("position"));
                    return new DuckDbError(type.isEmpty() ? message : type + " Error: " + message, position);
                }
            } catch (JacksonException ignored) {
                // not JSON after all: a plain message that holds a brace
            }
        }
        return new DuckDbError(firstLine(text), -1);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
