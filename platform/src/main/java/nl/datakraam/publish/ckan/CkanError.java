// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error answered as CKAN's Action API answers it ({@code ckan/views/api.py}): the envelope
 * {@code {"help": ..., "success": false, "error": {...}}} with CKAN's {@code __type} and status, or, for a request
 * CKAN cannot even route (unknown action, unreadable body), a bare JSON string {@code "Bad request - ..."} with 400.
 */
final class CkanError extends RuntimeException {

    private final HttpStatus status;
    private final Object error;
    private final boolean bare;

    private CkanError(HttpStatus status, String message, Object error, boolean bare) {
        super(message);
        this.status = status;
        this.error = error;
        this.bare = bare;
    }

    /**
     * 404 {@code {"__type": "Not Found Error", "message": "Not found: <what>"}} — also for something the caller may
     * not read (c28).
     */
    static CkanError notFound(String what) {
        String message = "Not found: " + what;
        return new CkanError(HttpStatus.NOT_FOUND, message, typed("Not Found Error", Map.of("message", message)),
                false);
    }

    /** 403 {@code {"__type": "Authorization Error", "message": "Access denied: <why>"}}. */
    static CkanError notAuthorized(String why) {
        String message = "Access denied: " + why;
        return new CkanError(HttpStatus.FORBIDDEN, message,
                typed("Authorization Error", Map.of("message", message)), false);
    }

    /** 409 {@code {"__type": "Validation Error", "<parameter>": ["<message>"]}}, CKAN's validator shape. */
    static CkanError invalid(String parameter, String message) {
        return new CkanError(HttpStatus.CONFLICT, parameter + ": " + message,
                typed("Validation Error", Map.of(parameter, List.of(message))), false);
    }

    /** 409 {@code {"__type": "Validation Error", "<parameter>": "Missing value"}}, as CKAN's {@code _get_or_bust}. */
    static CkanError missing(String parameter) {
        return new CkanError(HttpStatus.CONFLICT, parameter + ": Missing value",
                typed("Validation Error", Map.of(parameter, "Missing value")), false);
    }

    /** 400 {@code {"__type": "Search Query Error", "message": "Search Query is invalid: ..."}}, for a bad fq or q. */
    static CkanError searchQuery(String message) {
        String text = "Search Query is invalid: " + message;
        return new CkanError(HttpStatus.BAD_REQUEST, text, typed("Search Query Error", Map.of("message", text)),
                false);
    }

    /**
     * 409 {@code {"__type": "Search Error", "message": "Search error: ..."}}, what CKAN answers when Solr refuses a
     * field it does not know (in {@code fq} or {@code facet.field}).
     */
    static CkanError searchError(String message) {
        String text = "Search error: " + message;
        return new CkanError(HttpStatus.CONFLICT, text, typed("Search Error", Map.of("message", text)), false);
    }

    /** 400 with the bare JSON string {@code "Bad request - <message>"}, e.g. for an unknown action. */
    static CkanError badRequest(String message) {
        String text = "Bad request - " + message;
        return new CkanError(HttpStatus.BAD_REQUEST, text, text, true);
    }

    private static Map<String, Object> typed(String type, Map<String, Object> members) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", type);
        error.putAll(members);
        return error;
    }

    HttpStatus status() {
        return status;
    }

    /** The {@code error} member, or for a bare error the whole body. */
    Object error() {
        return error;
    }

    /** Whether the body is the bare message, without envelope. */
    boolean bare() {
        return bare;
    }
}
