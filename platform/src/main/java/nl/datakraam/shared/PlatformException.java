// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import java.util.Map;

/**
 * A fault that reaches a client: rendered once, as an RFC 9457 problem detail with {@code code} and {@code details},
 * by the web module. Details carry facts (a field name, a line number, a limit in bytes), never personal values.
 */
public class PlatformException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    /**
     * @param code    the stable error key
     * @param message an English sentence for logs and API clients: what is wrong and what to do
     * @param details facts for the client; never personal data
     */
    public PlatformException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public PlatformException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
