// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.Map;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.lib.messages.MessageCode;

/**
 * One reason a {@link PublicationCheck} gives against publishing or sharing a dataset: what is wrong and what to do.
 * Both are coded messages, said from {@code issue.<code>} of the message bundles in the reader's language (their
 * English is the fallback); their arguments are facts, never personal values.
 *
 * @param code   the stable key of the reason, e.g. {@code privacy.gate.findings}; the code of {@code reason}
 * @param reason what stands in the way
 * @param action what to do about it
 */
public record GateReason(String code, Message reason, Message action) {

    /** A reason from two message codes with the same arguments. */
    public static GateReason of(MessageCode reason, MessageCode action, Map<String, ?> arguments) {
        return new GateReason(reason.key(), Message.of(reason, arguments), Message.of(action, arguments));
    }
}
