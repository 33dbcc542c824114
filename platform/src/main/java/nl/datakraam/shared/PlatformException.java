// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.lib.messages.MessageCode;
import org.jspecify.annotations.Nullable;

/**
 * A fault that reaches a client: rendered once, as an RFC 9457 problem detail with {@code code} and {@code details},
 * by the web module. Details carry facts (a field name, a line number, a limit in bytes), never personal values.
 *
 * <p>A fault made from a coded message ({@link #PlatformException(ErrorCode, MessageCode, Map)}: a
 * {@link FetchCode}, {@link QueryCode} or {@link RequestCode}) is said from that message's templates in the reader's
 * language, {@code issue.<message code>} of the bundles; its details are the message's arguments.
 */
public class PlatformException extends RuntimeException {

    /**
     * The request attribute under which a filter that ends a request with {@code response.sendError} leaves the
     * fault, so that the error page renders it (code, localised text) instead of a generic one for the status.
     */
    public static final String REQUEST_ATTRIBUTE = PlatformException.class.getName();

    private final ErrorCode code;
    private final Map<String, Object> details;
    private final @Nullable Message message;
    private final List<Reason> reasons;

    /**
     * @param code    the stable error key
     * @param message an English sentence for logs and API clients: what is wrong and what to do
     * @param details facts for the client; never personal data
     */
    public PlatformException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
        this.message = null;
        this.reasons = List.of();
    }

    public PlatformException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    /**
     * A fault said by a coded message.
     *
     * @param code        the stable error key, which gives the HTTP status
     * @param messageCode what exactly is wrong, with its templates
     * @param arguments   the facts the templates name; also the problem's {@code details}
     */
    public PlatformException(ErrorCode code, MessageCode messageCode, Map<String, ?> arguments) {
        this(code, Message.of(messageCode, arguments));
    }

    /** A fault said by a coded message that has already been made (see {@link #PlatformException(ErrorCode,
     * MessageCode, Map)}). */
    public PlatformException(ErrorCode code, Message message) {
        this(code, message, List.of());
    }

    /**
     * A refusal for several reasons, all listed at once: said by {@code message}, with each reason rendered in the
     * problem's {@code reasons} (and on the page) in the reader's language.
     */
    public PlatformException(ErrorCode code, Message message, List<Reason> reasons) {
        super(message.english() + reasons.stream().map(r -> " " + r.message().english()
                + (r.action() == null ? "" : " " + r.action().english())).collect(Collectors.joining()));
        this.code = code;
        this.details = message.arguments();
        this.message = message;
        this.reasons = List.copyOf(reasons);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    /** The reasons of a refusal for several reasons; empty for other faults. */
    public List<Reason> reasons() {
        return reasons;
    }

    /** The coded message this fault is said by; null for a fault with a plain English sentence. */
    public @Nullable Message message() {
        return message;
    }
}
